// The one rule for export file names: readable names with spaces, travelling names with dashes,
// and nothing in either that Windows refuses.
import { describe, expect, it } from 'vitest';
import { exportFileName, fileNameOf, slugPart } from '../../shared/text/file-name';

describe('fileNameOf', () => {
  it('joins the parts it is given, leaving out empty ones', () => {
    expect(fileNameOf(['Notulen', '2022-05-25', 'Rakor Parmas', '(draf)'], 'docx')).toBe('Notulen 2022-05-25 Rakor Parmas (draf).docx');
    expect(fileNameOf(['surat-undangan', '', 'rakor', '2022-05-25'], 'docx', '-')).toBe('surat-undangan-rakor-2022-05-25.docx');
    expect(fileNameOf(['undangan-rakor', '2022-05-25'], '', '-')).toBe('undangan-rakor-2022-05-25');
  });

  it('keeps out every character Windows refuses, and a dot or space at the end', () => {
    const name = fileNameOf(['Salinan', '2030-01-01', 'Rapat: "A/B" <C>|D?*\u0007 ...'], 'json');
    expect(name).toBe('Salinan 2030-01-01 Rapat A B C D.json');
    expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
    expect(fileNameOf(['Rakor cadangan', '2026-11-28'], 'zip', '-')).toBe('Rakor-cadangan-2026-11-28.zip');
  });

  it('makes dash parts of names in lower case, without accents', () => {
    expect(slugPart('Kabupaten Tulungagung')).toBe('kabupaten-tulungagung');
    expect(slugPart('Kota Batu ')).toBe('kota-batu');
    expect(slugPart('Peñajam Paser Utara')).toBe('penajam-paser-utara');
    expect(slugPart('///')).toBe('');
  });

  it('gives a meeting export its what, date and title, the title shortened at a word', () => {
    expect(exportFileName('Berita', '2022-05-25', '', 'txt', ' - KPU Kota Batu')).toBe('Berita 2022-05-25 - KPU Kota Batu.txt');
    const long = exportFileName('Notulen', '2022-05-25', 'Rapat '.repeat(40), 'docx');
    expect(long.length).toBeLessThan(150);
    expect(long).toMatch(/^Notulen 2022-05-25 Rapat( Rapat)+\.docx$/);
  });
});
