// The capped zip reader on real zip files: what the central directory declares is checked
// before anything is inflated, and what comes out while inflating is counted, so neither an
// honest bomb nor one that lies about its sizes is inflated beyond the caps.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readZipEntries, ZipRefusedError, ZIP_LIMITS, type ZipLimits } from '../../electron/storage/zip-reader';
import { makeZip } from './zip-fixtures';

async function refusal(bytes: Uint8Array, limits?: ZipLimits): Promise<{ err: ZipRefusedError; inflated: number }> {
  let inflated = 0;
  try {
    await readZipEntries(bytes, (_n, data) => void (inflated += data.length), limits);
  } catch (err) {
    if (err instanceof ZipRefusedError) return { err, inflated };
    throw err;
  }
  throw new Error('expected the zip to be refused');
}

const MB = 1024 * 1024;

describe('the capped zip reader', () => {
  it('reads every file of an ordinary zip (as JSZip writes it), skipping folders', async () => {
    const zip = new JSZip();
    zip.file('a.json', '{"a":1}');
    zip.folder('rapat')!.file('m1.json', 'é'.repeat(1000));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const seen: Record<string, string> = {};
    await readZipEntries(bytes, (name, data) => void (seen[name] = data.toString('utf8')));
    expect(seen).toEqual({ 'a.json': '{"a":1}', 'rapat/m1.json': 'é'.repeat(1000) });
  });

  it('refuses a 300 MB bomb that declares its size before inflating a byte', async () => {
    const bomb = await makeZip([{ name: 'rapat/bom.json', zeros: 300 * MB }]);
    expect(bomb.length).toBeLessThan(400 * 1024);
    const { err, inflated } = await refusal(bomb);
    expect(err.reason).toBe('entry_too_large');
    expect(err.message).toContain('terlalu besar');
    expect(inflated).toBe(0);
  });

  it('stops a bomb that lies about its size once the lie is exceeded', async () => {
    const bomb = await makeZip([{ name: 'rapat/bom.json', zeros: 300 * MB, declaredSize: 1000 }]);
    const before = process.memoryUsage().rss;
    const { err, inflated } = await refusal(bomb);
    expect(err.reason).toBe('bad_entry');
    expect(inflated).toBe(0);
    // Stopped at the first chunks, not after 300 MB.
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * MB);
  });

  it('honours the cap per entry it is given', async () => {
    const zip = await makeZip([{ name: 'a.bin', zeros: 3 * MB }]);
    const { err } = await refusal(zip, { ...ZIP_LIMITS, maxEntryBytes: 1 * MB });
    expect(err.reason).toBe('entry_too_large');
  });

  it('refuses when the entries together declare more than the total cap', async () => {
    const entries = Array.from({ length: 4 }, (_, i) => ({ name: `f${i}.bin`, zeros: 2 * MB }));
    const { err, inflated } = await refusal(await makeZip(entries), { maxEntries: 10, maxEntryBytes: 4 * MB, maxTotalBytes: 5 * MB });
    expect(err.reason).toBe('total_too_large');
    expect(inflated).toBe(0);
  });

  it('refuses too many entries, duplicate names, unsafe names and what is not a zip', async () => {
    const many = await makeZip(Array.from({ length: 30 }, (_, i) => ({ name: `f${i}.json`, data: Buffer.from('{}') })));
    expect((await refusal(many, { ...ZIP_LIMITS, maxEntries: 20 })).err.reason).toBe('too_many_entries');
    const dup = await makeZip([
      { name: 'a.json', data: Buffer.from('1') },
      { name: 'a.json', data: Buffer.from('2') },
    ]);
    expect((await refusal(dup)).err.reason).toBe('bad_entry');
    for (const name of ['../luar.json', '/etc/passwd', 'rapat\\x.json']) {
      expect((await refusal(await makeZip([{ name, data: Buffer.from('{}') }]))).err.reason).toBe('not_zip');
    }
    expect((await refusal(Buffer.from('bukan zip'))).err.reason).toBe('not_zip');
    expect((await refusal(new Uint8Array(0))).err.reason).toBe('not_zip');
  });
});
