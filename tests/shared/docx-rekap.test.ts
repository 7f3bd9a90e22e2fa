// The recap's DOCX as a reader sees it (LibreOffice to PDF, poppler's text): landscape, the
// summary and signature first, then the units x meetings table twelve meetings per page.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRekapDocx } from '../../shared/documents/rekap-docx';
import { buildRekap, EMPTY_REKAP_FILTER } from '../../shared/domain/rekap';
import { JATIM_UNITS } from '../../shared/domain/units';
import { DEFAULT_ROLES } from '../../shared/domain/roles';
import { defaultSettings } from '../../shared/domain/settings';
import { docxToPdf, haveLibreOffice, pageText, type PdfResult } from './helpers/libreoffice';
import { rekapMeeting } from './helpers/rekap-meetings';

beforeAll(() => {
  if (!haveLibreOffice()) throw new Error('These tests need LibreOffice and poppler-utils.');
});

describe('rekap DOCX of 30 meetings', () => {
  let pdf: PdfResult;
  beforeAll(async () => {
    const ms = Array.from({ length: 30 }, (_, i) =>
      rekapMeeting(
        `m${i}`,
        `2026-${String(1 + Math.floor(i / 3)).padStart(2, '0')}-1${i % 3}`,
        { '3501': ['parmas', 'tekmas', 'medsos'].slice(0, i % 4) },
        i === 29 ? { unitsInvited: ['3502'] } : {},
      ),
    );
    const rekap = buildRekap(ms, { units: JATIM_UNITS, roles: DEFAULT_ROLES, now: new Date('2026-12-01T00:00:00Z'), filter: EMPTY_REKAP_FILTER });
    const settings = { ...defaultSettings(), defaultSignatory: { jabatan: 'Ketua', name: 'Nama Penandatangan' } };
    pdf = docxToPdf(await buildRekapDocx(rekap, settings, { generatedAt: new Date('2026-12-01T03:00:00Z') }), 'rekap');
  }, 180_000);

  it('is landscape, signed after the summary, with the table split twelve meetings a page', () => {
    expect(pdf.pageMm.width).toBe(297);
    expect(pdf.pageMm.height).toBe(210);
    const flat = pdf.text.replace(/\s+/g, ' ');
    const sign = flat.indexOf('Nama Penandatangan');
    const table = flat.indexOf('Lampiran 2. Kehadiran per KPU Kabupaten/Kota (rapat 1–12 dari 30)');
    expect(sign).toBeGreaterThan(0);
    expect(table).toBeGreaterThan(sign);
    // The signature is on the first page, under the summary; the meetings follow as attachment.
    expect(pageText(pdf.text, 1)).toContain('Nama Penandatangan');
    expect(pageText(pdf.text, 2)).toContain('Lampiran 1. Rapat yang direkap');
    expect(flat).toContain('Surabaya, 1 Desember 2026');
    expect(flat).toContain('(rapat 13–24 dari 30)');
    expect(flat).toContain('(rapat 25–30 dari 30)');
    // Each part of the table starts on a page of its own.
    const pages = Array.from({ length: pdf.pages }, (_, i) => pageText(pdf.text, i + 1));
    const starts = pages.map((p, i) => (/Lampiran 2\. Kehadiran/.test(p) ? i : -1)).filter((i) => i >= 0);
    expect(starts).toHaveLength(3);
    expect(new Set(starts).size).toBe(3);
  });

  it('prints each unit row with its cells and rate; a unit not invited has an empty cell', () => {
    const last = pageText(pdf.text, pdf.pages).replace(/[ \t]+/g, ' ');
    // Meetings 25-30 for Pacitan: i % 4 roles present = 0,1,2,3,0 then not invited.
    expect(last).toMatch(/1\. Kab\. Pacitan 0\/3 1\/3 2\/3 3\/3 0\/3 \d+\/\d+ [\d,]+%/);
    expect(last).toMatch(/2\. Kab\. Ponorogo 0\/3 0\/3 0\/3 0\/3 0\/3 0\/3 0\/90 0%/);
  });
});
