import { inflateRawSync } from 'node:zlib';
import { EmocodeError } from '@emocode/core';

/** One file of a zip archive; `data()` decompresses on demand. */
export interface ZipEntry {
  name: string;
  data(): Buffer;
}

const endSignature = 0x06054b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;

/**
 * Lists the files of a zip archive held in memory (stored and deflated entries; no zip64,
 * no encryption), reading the central directory as APPNOTE.TXT section 4.3 describes.
 * Directory entries are skipped.
 * @throws EmocodeError EMOCODE_PARSE_ERROR for a damaged or unsupported archive.
 */
export function readZip(zip: Buffer, source = '<zip>'): ZipEntry[] {
  const fail = (why: string) => new EmocodeError('EMOCODE_PARSE_ERROR', `readZip: ${source} ${why}. Delete it and download it again.`);
  // The end record sits in the last 22 + 65535 (max comment) bytes.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === endSignature) {
      end = i;
      break;
    }
  }
  if (end < 0) throw fail('must be a zip archive, got no end-of-central-directory record');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== centralSignature) throw fail(`has a damaged central directory at byte ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + skip;
    if (name.endsWith('/')) continue;
    if (method !== 0 && method !== 8) throw fail(`entry ${name} must be stored or deflated, got method ${method}`);
    entries.push({ name, data: () => entryData(zip, local, method, compressed, size, name, fail) });
  }
  return entries;
}

function entryData(
  zip: Buffer,
  local: number,
  method: number,
  compressed: number,
  size: number,
  name: string,
  fail: (why: string) => EmocodeError,
): Buffer {
  if (zip.readUInt32LE(local) !== localSignature) throw fail(`has a damaged local header for ${name}`);
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const raw = zip.subarray(start, start + compressed);
  const data = method === 0 ? raw : inflateRawSync(raw);
  if (data.length !== size) throw fail(`entry ${name} must hold ${size} bytes, got ${data.length}`);
  return data;
}
