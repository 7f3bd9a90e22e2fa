// The letter's print view in both forms, printed by Chromium's PDF printer with the options the
// desktop app passes to printToPDF (print-page.ts), and read back with pdfinfo and pdftotext:
// exact paper size, fonts embedded, text selectable, the same words and page breaks as the DOCX.
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { startHost, tempDataDir, type RunningHost } from './host';
import { playwrightPdfOptions } from '../../shared/domain/print-page';
import { setupOf } from '../../shared/domain/meeting';
import { firstItems, group, itemAt } from '../helpers/indexed';

const SHOTS = process.env.RAKOR_SCREENSHOTS === '1';

function pdfFacts(file: string) {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim());
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)!;
  const mm = (pts: string) => Math.round((Number(pts) * 25.4) / 72);
  return { text, pages: Number(/^Pages:\s+(\d+)/m.exec(info)![1]), width: mm(group(size, 1)), height: mm(group(size, 2)), fonts };
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

async function api(page: Page, host: RunningHost, method: string, data: unknown) {
  const res = await page.request.post(`${host.origin}/api/${method}`, { data, headers: { 'X-Rakor-Token': host.token } });
  return (await res.json()).value;
}

async function setUp(page: Page, host: RunningHost, paper: 'A4' | 'F4') {
  const settings = await api(page, host, 'settings/get', {});
  await api(page, host, 'settings/save', {
    ...settings,
    paper,
    organisation: {
      ...settings.organisation,
      address: 'Jl. Tenggilis Mejoyo Kav. 1-3, Surabaya 60292',
      phone: '(031) 8471885',
      email: 'sekretariat@kpu-jatim.test',
      website: 'jatim.kpu.go.id',
    },
  });
  return api(page, host, 'meetings/load-demo', {});
}

async function printView(page: Page, file: string, paper: 'A4' | 'F4') {
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, ...playwrightPdfOptions(paper) });
  await page.emulateMedia({ media: 'screen' });
  return pdfFacts(file);
}

test('the letter to all units prints on F4 with its attachment, "- 2 -" on the continuation page, fonts embedded', async ({ page }) => {
  const dataDir = tempDataDir();
  const host = await startHost(dataDir);
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    const demo = await setUp(page, host, 'F4');
    await page.goto(host.url);
    await page.evaluate((hash) => (window.location.hash = hash), `#/rapat/${demo.id}/undangan`);
    await page.getByRole('link', { name: 'Cetak / PDF surat (satu untuk semua)' }).click();
    await expect(page).toHaveURL(new RegExp(`#/rapat/${demo.id}/cetak-surat/all$`));
    await expect(page.getByRole('article', { name: 'Surat undangan', exact: true })).toContainText('Yth. Ketua KPU Kabupaten/Kota se-Jawa Timur');
    await expect(page.getByRole('button', { name: 'Cetak / Simpan PDF' })).toBeVisible();
    if (SHOTS) await page.screenshot({ path: 'docs/images/letter-print-view.png' });

    const pdf = await printView(page, path.join(dataDir, 'surat.pdf'), 'F4');
    if (SHOTS) execFileSync('pdftoppm', ['-png', '-r', '60', path.join(dataDir, 'surat.pdf'), 'docs/images/letter-print-pdf']);
    expect([pdf.width, pdf.height]).toEqual([215, 330]);
    expect(pdf.pages).toBe(2);
    // Every font is embedded (the "emb" column), and the text is there to select and search.
    expect(pdf.fonts.length).toBeGreaterThan(0);
    for (const f of pdf.fonts) expect(f, f).toMatch(/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
    const [first, second] = firstItems(pdf.text.split('\f'), 2);
    const one = flat(first);
    let at = 0;
    for (const needle of [
      'KOMISI PEMILIHAN UMUM',
      'PROVINSI JAWA TIMUR',
      'Telp. (031) 8471885',
      'Nomor :',
      'Sifat : Biasa',
      'Lampiran : 1 (satu) lembar',
      'Hal : Undangan Rapat Koordinasi',
      'Yth. Ketua KPU Kabupaten/Kota se-Jawa Timur',
      'Tempat',
      'kami mengundang Saudara untuk mengikuti',
      'Hari/Tanggal : Rabu, 25 Mei 2022',
      'Acara : 1.',
      'pada KPU Kabupaten/Kota masing-masing',
      'Ketua Komisi Pemilihan Umum',
      'Provinsi Jawa Timur,',
    ]) {
      const i = one.indexOf(needle, at);
      expect(i, `"${needle}" after ${at}`).toBeGreaterThanOrEqual(0);
      at = i + needle.length;
    }
    expect(one).not.toMatch(/^\s*-\s*1\s*-/);
    expect(one).not.toContain('Tembusan Yth');
    expect(itemAt(second.trimStart().split('\n'), 0).trim()).toMatch(/^-\s*2\s*-$/);
    expect(flat(second)).toContain('DAFTAR KPU KABUPATEN/KOTA SE-JAWA TIMUR');
    expect(flat(second)).toContain('38. KPU Kota Batu');
    expect(one).not.toContain('Kembali ke undangan');
  } finally {
    await host.stop();
  }
});

test('the letters per unit print one A4 page per unit without a Lampiran line, and the minutes print with the same options', async ({ page }) => {
  const dataDir = tempDataDir();
  const host = await startHost(dataDir);
  try {
    const demo = await setUp(page, host, 'A4');
    await page.goto(host.url);
    await page.evaluate((hash) => (window.location.hash = hash), `#/rapat/${demo.id}/cetak-surat/per-unit`);
    await expect(page.getByRole('article', { name: 'Surat undangan untuk Ketua KPU Kota Batu' })).toBeVisible();
    const pdf = await printView(page, path.join(dataDir, 'surat-per-kpu.pdf'), 'A4');
    expect([pdf.width, pdf.height]).toEqual([210, 297]);
    const pages = pdf.text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBe(38);
    expect(pdf.pages).toBe(38);
    expect(flat(itemAt(pages, 3))).toContain('Yth. Ketua KPU Kabupaten Tulungagung');
    expect(flat(itemAt(pages, 3))).toContain('pada KPU Kabupaten Tulungagung untuk hadir');
    expect(flat(itemAt(pages, 37))).toContain('Yth. Ketua KPU Kota Batu');
    for (const p of pages) expect(flat(p)).not.toMatch(/Lampiran\s*:/);

    await page.evaluate((hash) => (window.location.hash = hash), `#/rapat/${demo.id}/cetak`);
    await expect(page.getByRole('article', { name: 'Notulen rapat', exact: true })).toContainText('NOTULEN RAPAT');
    const minutes = await printView(page, path.join(dataDir, 'notulen.pdf'), 'A4');
    if (SHOTS) execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path.join(dataDir, 'notulen.pdf'), 'docs/images/minutes-print-pdf']);
    expect([minutes.width, minutes.height]).toEqual([210, 297]);
    expect(minutes.pages).toBeGreaterThanOrEqual(2);
    expect(flat(minutes.text)).toContain('NOTULEN RAPAT');
    expect(flat(minutes.text)).toContain('DAFTAR HADIR');
    for (const f of minutes.fonts) expect(f, f).toMatch(/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
  } finally {
    await host.stop();
  }
});

test('each letter per unit counts its own pages: none on its page 1, "- 2 -" on its page 2', async ({ page }) => {
  const dataDir = tempDataDir();
  const host = await startHost(dataDir);
  try {
    const demo = await setUp(page, host, 'A4');
    const agenda = Array.from(
      { length: 12 },
      (_, i) =>
        `Butir acara ke-${i + 1}: pembahasan persiapan tahapan sosialisasi dan pendidikan pemilih di KPU Kabupaten/Kota dengan uraian yang cukup panjang sehingga memakai dua baris`,
    );
    const tembusan = [
      'Ketua KPU Republik Indonesia di Jakarta',
      'Sekretaris Jenderal KPU Republik Indonesia di Jakarta',
      'Anggota KPU Provinsi Jawa Timur',
      'Sekretaris KPU Provinsi Jawa Timur',
      'Arsip',
    ];
    await api(page, host, 'meetings/update-setup', { id: demo.id, setup: { ...setupOf(demo), agenda, letter: { ...demo.letter, tembusan } } });
    await page.goto(host.url);
    await page.evaluate((hash) => (window.location.hash = hash), `#/rapat/${demo.id}/cetak-surat/per-unit`);
    await expect(page.getByRole('article', { name: 'Surat undangan untuk Ketua KPU Kota Batu' })).toContainText('Butir acara ke-12');
    const file = path.join(dataDir, 'surat-per-kpu-panjang.pdf');
    const pdf = await printView(page, file, 'A4');
    if (SHOTS) execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, 'docs/images/letter-per-unit-pdf']);
    const pages = pdf.text.split('\f').filter((p) => p.trim());
    // Two pages per letter, 38 letters, each starting with its own kop and addressee.
    expect(pages.length).toBe(76);
    expect(pdf.pages).toBe(76);
    const heads = pages.map((p) => itemAt(p.trimStart().split('\n'), 0).trim());
    for (let i = 0; i < pages.length; i += 2) {
      expect(flat(itemAt(pages, i)), `page ${i + 1}`).toContain('KOMISI PEMILIHAN UMUM');
      expect(flat(itemAt(pages, i)), `page ${i + 1}`).toMatch(/Yth\. Ketua KPU (Kabupaten|Kota) /);
      expect(flat(itemAt(pages, i)), `page ${i + 1}`).not.toMatch(/-\s*\d+\s*-/);
      expect(heads[i + 1], `page ${i + 2}`).toMatch(/^-\s*2\s*-$/);
      expect(flat(itemAt(pages, i + 1)), `page ${i + 2}`).toContain('Tembusan:');
    }
    expect(flat(pdf.text)).not.toMatch(/-\s*3\s*-/);
    expect(flat(itemAt(pages, 74))).toContain('Yth. Ketua KPU Kota Batu');
  } finally {
    await host.stop();
  }
});
