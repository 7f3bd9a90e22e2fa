// Every DOCX the app makes names the organisation from Settings as its author (what Explorer,
// Word and LibreOffice show under the document's properties), never the library's "Un-named".
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { buildInvitationLetterDocx } from '../../shared/documents/letter-docx';
import { buildAttendanceListDocx, buildMinutesDocx } from '../../shared/documents/minutes-docx';
import { buildNewsDocx, buildNewsDrafts } from '../../shared/documents/news';
import { buildRekapDocx } from '../../shared/documents/rekap-docx';
import { buildReportDocx } from '../../shared/documents/report-docx';
import { buildRekap, EMPTY_REKAP_FILTER } from '../../shared/domain/rekap';
import { defaultRoster } from '../../shared/domain/roster';
import { defaultSettings, type Settings } from '../../shared/domain/settings';
import { seedMeeting } from './helpers/seed-meeting';
import { rekapMeeting } from './helpers/rekap-meetings';

async function coreProperties(bytes: Uint8Array): Promise<{ creator: string; lastModifiedBy: string }> {
  const xml = await (await JSZip.loadAsync(bytes)).file('docProps/core.xml')!.async('string');
  const tag = (name: string) => new RegExp(`<(?:[a-z]+:)?${name}(?:\\s[^>]*)?>([^<]*)<`).exec(xml)?.[1] ?? '';
  return { creator: tag('creator'), lastModifiedBy: tag('lastModifiedBy') };
}

async function everyDocx(settings: Settings): Promise<Array<[string, Uint8Array]>> {
  const m = seedMeeting();
  const roster = defaultRoster();
  const rekap = buildRekap([rekapMeeting('r1', '2022-05-25', { '3504': ['parmas'] })], {
    units: roster.units,
    roles: roster.roles,
    now: new Date('2026-12-01T00:00:00Z'),
    filter: EMPTY_REKAP_FILTER,
  });
  const [news] = buildNewsDrafts(m, roster, settings);
  return [
    ['letter', await buildInvitationLetterDocx(m, roster, settings, 'all', '2022-05-20')],
    ['minutes', await buildMinutesDocx(m, roster, settings)],
    ['daftar hadir', await buildAttendanceListDocx(m, roster, settings)],
    ['news', await buildNewsDocx(news!, settings)],
    ['rekap', await buildRekapDocx(rekap, settings, { generatedAt: new Date('2026-12-01T03:00:00Z') })],
    ['laporan', await buildReportDocx(m, roster, settings, [], { exportDate: '2022-05-26' })],
  ];
}

describe('DOCX author', () => {
  it('is the organisation of Settings in every document', async () => {
    const settings = {
      ...defaultSettings(),
      organisation: { ...defaultSettings().organisation, name: 'KOMISI PEMILIHAN UMUM', subtitle: 'PROVINSI JAWA TENGAH' },
    };
    for (const [what, bytes] of await everyDocx(settings)) {
      const props = await coreProperties(bytes);
      expect(props, what).toEqual({ creator: 'KOMISI PEMILIHAN UMUM PROVINSI JAWA TENGAH', lastModifiedBy: 'KOMISI PEMILIHAN UMUM PROVINSI JAWA TENGAH' });
    }
  });

  it('falls back to the app, not "Un-named", while the organisation is not set', async () => {
    const settings = { ...defaultSettings(), organisation: { ...defaultSettings().organisation, name: '', subtitle: ' ' } };
    const [, bytes] = (await everyDocx(settings))[1]!;
    const xml = await (await JSZip.loadAsync(bytes)).file('docProps/core.xml')!.async('string');
    expect(xml).not.toContain('Un-named');
    expect(await coreProperties(bytes)).toEqual({ creator: 'Rakor', lastModifiedBy: 'Rakor' });
  });
});
