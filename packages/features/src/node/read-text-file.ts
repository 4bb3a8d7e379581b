import { readFile } from 'node:fs/promises';
import { EmocodeError } from '@emocode/core';

/** Reads a UTF-8 file; a missing file becomes EMOCODE_NOT_FOUND naming the path. */
export async function readTextFile(path: string, where: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new EmocodeError('EMOCODE_NOT_FOUND', `${where}: ${what} ${path} does not exist. Check the path.`, { cause: error });
    throw new EmocodeError('EMOCODE_INVALID_INPUT', `${where}: cannot read ${what} ${path} (${code ?? String(error)}).`, { cause: error });
  }
}
