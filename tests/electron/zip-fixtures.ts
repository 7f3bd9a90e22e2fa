// Zip files written byte by byte, so a test controls what the central directory declares:
// honest sizes, sizes that lie, names an archiver would refuse to write. The data is deflated
// by zlib in chunks, so a 300 MB bomb is made without holding 300 MB.
import zlib from 'node:zlib';

export interface ZipEntrySpec {
  name: string;
  /** The bytes, or `zeros` bytes of 0 (a bomb). */
  data?: Buffer;
  zeros?: number;
  /** The uncompressed size written in the headers; the real size when absent. */
  declaredSize?: number;
}

/** Deflate `count` zero bytes, streaming, and return the compressed bytes and their CRC-32. */
export async function deflateZeros(count: number): Promise<{ deflated: Buffer; crc: number }> {
  const chunk = Buffer.alloc(1024 * 1024);
  const parts: Buffer[] = [];
  let crc = 0;
  const z = zlib.createDeflateRaw({ level: 9 });
  z.on('data', (d: Buffer) => parts.push(d));
  const done = new Promise<void>((resolve, reject) => {
    z.on('end', resolve);
    z.on('error', reject);
  });
  let left = count;
  while (left > 0) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = zlib.crc32(piece, crc);
    if (!z.write(piece)) await new Promise((r) => z.once('drain', r));
    left -= piece.length;
  }
  z.end();
  await done;
  return { deflated: Buffer.concat(parts), crc };
}

/** A zip archive of the given entries, every one deflated. */
export async function makeZip(entries: ZipEntrySpec[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    let deflated: Buffer;
    let crc: number;
    let size: number;
    if (e.zeros !== undefined) {
      ({ deflated, crc } = await deflateZeros(e.zeros));
      size = e.zeros;
    } else {
      const data = e.data ?? Buffer.alloc(0);
      deflated = zlib.deflateRawSync(data);
      crc = zlib.crc32(data);
      size = data.length;
    }
    const declared = e.declaredSize ?? size;
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, deflated);
    centrals.push(central, name);
    offset += local.length + name.length + deflated.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

export const MANIFEST_ENTRY: ZipEntrySpec = {
  name: 'rakor-cadangan.json',
  data: Buffer.from(JSON.stringify({ createdAt: '2026-11-28T02:00:00.000Z', reason: 'arsip', app: 'Rakor' })),
};
