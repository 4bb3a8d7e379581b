// Test helper: serves a folder over HTTP on the loopback address, as a web server would a bundle.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';

/** Serves `dir` on 127.0.0.1 (a free port); `base` ends with `/`. */
export async function serveFolder(dir: string): Promise<{ base: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    readFile(join(dir, request.url ?? '/')).then(
      (bytes) => response.end(bytes),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { base: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) };
}
