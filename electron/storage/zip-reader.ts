// The one way the app reads a zip it did not just write itself (a restored archive; later an
// .xlsx, which is a zip too): yauzl, streaming, with caps on the number of entries, the size of
// each entry and the total inflated size. The central directory is checked first, so an archive
// that declares too much is refused before anything is inflated; while inflating, the bytes are
// counted again, so an archive that lies about its sizes is stopped at the cap, not at the lie.
import yauzl from 'yauzl';

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

const MB = 1024 * 1024;

/** Far above what a Rakor data folder or an attendance workbook holds, far below what hurts. */
export const ZIP_LIMITS: ZipLimits = { maxEntries: 20_000, maxEntryBytes: 32 * MB, maxTotalBytes: 256 * MB };

export type ZipRefusal = 'not_zip' | 'too_many_entries' | 'entry_too_large' | 'total_too_large' | 'bad_entry';

/** The zip was refused; `message` is the Indonesian sentence for the user. */
export class ZipRefusedError extends Error {
  constructor(
    readonly reason: ZipRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'ZipRefusedError';
  }
}

const shown = (name: string) => (name.length > 80 ? `${name.slice(0, 77)}...` : name);
const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`;

/**
 * Call `onEntry` with each file of the zip in turn (directories are skipped), its bytes fully
 * inflated and within the limits. Throws ZipRefusedError when the zip breaks a limit or is not
 * a readable zip; `onEntry` may throw to stop early.
 */
export async function readZipEntries(
  bytes: Uint8Array,
  onEntry: (name: string, data: Buffer) => void | Promise<void>,
  limits: ZipLimits = ZIP_LIMITS,
): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: true,
      strictFileNames: true,
      validateEntrySizes: true,
    });
  } catch {
    throw new ZipRefusedError('not_zip', 'Berkas ini bukan arsip zip yang utuh.');
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw new ZipRefusedError('too_many_entries', `Arsip berisi terlalu banyak berkas (lebih dari ${limits.maxEntries}).`);
    }
    // First pass: the central directory only, nothing inflated yet.
    const entries: yauzl.Entry[] = [];
    const names = new Set<string>();
    let declared = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        if (entry.fileName.endsWith('/')) continue;
        if (names.has(entry.fileName)) throw new ZipRefusedError('bad_entry', `Arsip memuat berkas "${shown(entry.fileName)}" dua kali.`);
        if (entry.isEncrypted()) throw new ZipRefusedError('bad_entry', `Berkas "${shown(entry.fileName)}" di dalam arsip terkunci sandi.`);
        if (entry.uncompressedSize > limits.maxEntryBytes) throw entryTooLarge(entry.fileName, limits);
        declared += entry.uncompressedSize;
        if (declared > limits.maxTotalBytes) throw totalTooLarge(limits);
        names.add(entry.fileName);
        entries.push(entry);
      }
    } catch (err) {
      if (err instanceof ZipRefusedError) throw err;
      // yauzl's own checks: a name with "..", an absolute path or a backslash; a damaged directory.
      throw new ZipRefusedError('not_zip', 'Berkas ini bukan arsip zip yang utuh.');
    }
    // Second pass: inflate one entry at a time, counting what actually comes out.
    let total = 0;
    for (const entry of entries) {
      const data = await inflate(
        zip,
        entry,
        limits,
        () => total,
        (n) => (total += n),
      );
      await onEntry(entry.fileName, data);
    }
  } finally {
    zip.close();
  }
}

function entryTooLarge(name: string, limits: ZipLimits) {
  return new ZipRefusedError(
    'entry_too_large',
    `Berkas "${shown(name)}" di dalam arsip terlalu besar (lebih dari ${mb(limits.maxEntryBytes)} setelah dibuka).`,
  );
}

function totalTooLarge(limits: ZipLimits) {
  return new ZipRefusedError('total_too_large', `Isi arsip terlalu besar (lebih dari ${mb(limits.maxTotalBytes)} setelah dibuka).`);
}

async function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry, limits: ZipLimits, total: () => number, add: (n: number) => void): Promise<Buffer> {
  let stream;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch {
    throw new ZipRefusedError('bad_entry', `Berkas "${shown(entry.fileName)}" di dalam arsip tidak dapat dibuka.`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      add(chunk.length);
      if (size > limits.maxEntryBytes) throw entryTooLarge(entry.fileName, limits);
      if (total() > limits.maxTotalBytes) throw totalTooLarge(limits);
      chunks.push(chunk);
    }
  } catch (err) {
    stream.destroy();
    if (err instanceof ZipRefusedError) throw err;
    // zlib could not inflate it, or yauzl found more or fewer bytes than the directory says.
    throw new ZipRefusedError('bad_entry', `Berkas "${shown(entry.fileName)}" di dalam arsip rusak atau ukurannya tidak sesuai catatan arsip.`);
  }
  return Buffer.concat(chunks, size);
}
