// Organisation-level words, matching in other provinces and for provinces, and changing the
// unit list with units still referenced.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAreaCsv, provinceUnits, regencyUnits, districtUnits, type AreaData } from '../../shared/domain/regions';
import { allUnitsInWords, hostMarkers, meetingTimeInWords, organisationWords, unitsGroupName } from '../../shared/domain/org-words';
import { recognizeUnit } from '../../shared/domain/unit-match';
import { parseUnitTable, unitListChange } from '../../shared/domain/roster-units';
import { defaultSettings, type Settings } from '../../shared/domain/settings';
import { DEFAULT_HOST_PATTERNS } from '../../shared/import/match-participants';
import { JATIM_UNITS, type Unit } from '../../shared/domain/units';
import { DEFAULT_ROLES } from '../../shared/domain/roles';
import { parseAttendanceReport } from '../../shared/import/attendance-report';
import { matchParticipants, matchQuality } from '../../shared/import/match-participants';

const dir = path.join(process.cwd(), 'node_modules', 'idn-area-data', 'data');
const read = (file: string) => parseAreaCsv(readFileSync(path.join(dir, file), 'utf8'));
const data: AreaData = { provinces: read('provinces.csv'), regencies: read('regencies.csv'), districts: read('districts.csv') };
const jateng = regencyUnits(data, '33');
const jabar = regencyUnits(data, '32');
const provinces = provinceUnits(data);

const withRegion = (region: Settings['region']): Settings => ({ ...defaultSettings(), region });

describe('words of the organisation', () => {
  it('addresses all units by level and region', () => {
    expect(allUnitsInWords(JATIM_UNITS, defaultSettings())).toBe('KPU Kabupaten/Kota se-Jawa Timur');
    expect(allUnitsInWords(jateng, withRegion({ level: 'provinsi', code: '33', name: 'Jawa Tengah' }))).toBe('KPU Kabupaten/Kota se-Jawa Tengah');
    expect(allUnitsInWords(provinces, withRegion({ level: 'ri', code: '', name: 'Indonesia' }))).toBe('KPU Provinsi se-Indonesia');
    expect(allUnitsInWords(districtUnits(data, '3504'), withRegion({ level: 'kabkota', code: '3504', name: 'Kabupaten Tulungagung' }))).toBe(
      'PPK se-Kabupaten Tulungagung',
    );
    expect(unitsGroupName(regencyUnits(data, '11'))).toBe('KIP Kabupaten/Kota');
    expect(unitsGroupName(regencyUnits(data))).toBe('KPU/KIP Kabupaten/Kota');
    expect(unitsGroupName(jateng.filter((u) => u.kind === 'kota'))).toBe('KPU Kota');
  });

  it('gives a national meeting its time in all three zones, a provincial one in its own', () => {
    const ri = withRegion({ level: 'ri', code: '', name: 'Indonesia' });
    expect(meetingTimeInWords('09:00', '', 'WIB', ri)).toBe('09.00 WIB / 10.00 WITA / 11.00 WIT s.d. selesai');
    expect(meetingTimeInWords('09:00', '11:30', 'WIB', ri)).toBe('09.00 s.d. 11.30 WIB / 10.00 s.d. 12.30 WITA / 11.00 s.d. 13.30 WIT');
    expect(meetingTimeInWords('10:00', '', 'WITA', ri)).toBe('09.00 WIB / 10.00 WITA / 11.00 WIT s.d. selesai');
    expect(meetingTimeInWords('09:00', '', 'WIB', defaultSettings())).toBe('09.00 WIB s.d. selesai');
  });

  it('marks the host by its own names: East Java as before, Jawa Tengah by its own', () => {
    expect(new Set(hostMarkers(defaultSettings()))).toEqual(new Set(DEFAULT_HOST_PATTERNS));
    const jt = hostMarkers(withRegion({ level: 'provinsi', code: '33', name: 'Jawa Tengah' }));
    expect(jt).toContain('kpu jateng');
    expect(jt).toContain('jawa tengah');
    expect(jt).not.toContain('jatim');
    // KPU RI's own people are not the provinces it invites.
    expect(hostMarkers(withRegion({ level: 'ri', code: '', name: 'Indonesia' }))).not.toContain('provinsi');
  });

  it('writes the letterhead of each level, with KIP for Aceh', () => {
    expect(organisationWords({ level: 'provinsi', code: '33', name: 'Jawa Tengah' })).toMatchObject({
      subtitle: 'PROVINSI JAWA TENGAH',
      organizerName: 'KPU Provinsi Jawa Tengah',
      city: 'Semarang',
    });
    expect(organisationWords({ level: 'provinsi', code: '11', name: 'Aceh' })).toMatchObject({
      name: 'KOMISI INDEPENDEN PEMILIHAN',
      organizerName: 'KIP Aceh',
    });
    expect(organisationWords({ level: 'ri', code: '', name: 'Indonesia' })).toMatchObject({ subtitle: 'REPUBLIK INDONESIA', organizerName: 'KPU RI' });
  });
});

describe('matching in other provinces', () => {
  const code = (units: Unit[], name: string, kind: string) => units.find((u) => u.name === name && u.kind === kind)!.code;
  it('Jawa Tengah: the four pairs are never guessed, a marker decides', () => {
    for (const name of ['Magelang', 'Pekalongan', 'Semarang', 'Tegal']) {
      expect(recognizeUnit(`KPU ${name}`, jateng).kind).toBe('ambiguous');
      expect(recognizeUnit(`Kab. ${name} - Parmas`, jateng)).toEqual({ kind: 'unit', code: code(jateng, name, 'kabupaten') });
      expect(recognizeUnit(`${name} Kota_Operator`, jateng)).toEqual({ kind: 'unit', code: code(jateng, name, 'kota') });
    }
    expect(recognizeUnit('Sukoharjo - Budi', jateng)).toEqual({ kind: 'unit', code: '3311' });
    expect(recognizeUnit('kpu.surakarta', jateng)).toEqual({ kind: 'unit', code: '3372' });
  });

  it('Jawa Barat: Bandung, Bogor, Bekasi, Cirebon, Sukabumi, Tasikmalaya', () => {
    for (const name of ['Bandung', 'Bogor', 'Bekasi', 'Cirebon', 'Sukabumi', 'Tasikmalaya']) {
      expect(recognizeUnit(`${name} (Ani)`, jabar).kind).toBe('ambiguous');
      expect(recognizeUnit(`KPU Kabupaten ${name}`, jabar)).toEqual({ kind: 'unit', code: code(jabar, name, 'kabupaten') });
      expect(recognizeUnit(`KPU Kota ${name}`, jabar)).toEqual({ kind: 'unit', code: code(jabar, name, 'kota') });
    }
    // "Bandung Barat" is its own kabupaten, not Bandung.
    expect(recognizeUnit('KPU Bandung Barat', jabar)).toEqual({ kind: 'unit', code: '3217' });
  });

  it('provinces by name and the usual abbreviations', () => {
    const cases: Array<[string, string]> = [
      ['KPU Jatim', '35'],
      ['Jawa Timur', '35'],
      ['Prov. Jatim', '35'],
      ['KPU Provinsi Jawa Tengah', '33'],
      ['Jateng_Parmas', '33'],
      ['KIP Aceh', '11'],
      ['KPU DIY', '34'],
      ['KPU DKI Jakarta', '31'],
      ['Sulsel - Andi', '73'],
      ['KPU NTB', '52'],
      ['KPU Papua', '91'],
      ['KPU Papua Barat', '92'],
      ['Papua Barat Daya', '96'],
      ['Kalimantan Utara', '65'],
    ];
    for (const [text, want] of cases) expect(recognizeUnit(text, provinces), text).toEqual({ kind: 'unit', code: want });
  });
});

describe('a Zoom report of a Jawa Tengah rakor against its truth table', () => {
  it('fills nothing wrongly and sends the Pekalongan without a marker to review', () => {
    const fixtures = path.join(process.cwd(), 'tests', 'fixtures', 'attendance');
    const report = parseAttendanceReport(new Uint8Array(readFileSync(path.join(fixtures, 'zoom-jateng.csv'))));
    const results = matchParticipants(report.rows, {
      units: jateng,
      roles: DEFAULT_ROLES,
      hostPatterns: hostMarkers(withRegion({ level: 'provinsi', code: '33', name: 'Jawa Tengah' })),
    });
    const q = matchQuality(results, readFileSync(path.join(fixtures, 'zoom-jateng.expected.csv'), 'utf8'));
    expect(q).toMatchObject({ wrong: 0, matchRows: 35, matchAuto: 35, ambiguousRows: 1, ambiguousToReview: 1, hostOrUnknownAssigned: 0 });
  });
});

describe('changing the unit list', () => {
  const list = (rows: string[][]) => parseUnitTable({ rows, lines: rows.map((_, i) => i + 1) });

  it('adds, renames, removes, and keeps a unit still referenced', () => {
    const current: Unit[] = [
      { code: '01', name: 'Satu', kind: 'kecamatan' },
      { code: '02', name: 'Dua', kind: 'kecamatan' },
      { code: '03', name: 'Tiga', kind: 'kecamatan' },
    ];
    const next: Unit[] = [
      { code: '01', name: 'Satu', kind: 'kecamatan' },
      { code: '02', name: 'Dua Baru', kind: 'kecamatan' },
      { code: '04', name: 'Empat', kind: 'kecamatan' },
    ];
    const change = unitListChange(current, next, new Set(['03']));
    expect(change.added.map((u) => u.code)).toEqual(['04']);
    expect(change.renamed).toEqual([{ code: '02', from: 'PPK Kecamatan Dua', to: 'PPK Kecamatan Dua Baru' }]);
    expect(change.kept).toEqual([{ code: '03', name: 'Tiga', kind: 'kecamatan', unlisted: true }]);
    expect(change.removed).toEqual([]);
    expect(change.units.map((u) => u.code)).toEqual(['01', '02', '03', '04']);
    expect(unitListChange(current, next, new Set()).removed.map((u) => u.code)).toEqual(['03']);
    // Listed again: the mark goes.
    const again = unitListChange(change.units, current, new Set());
    expect(again.units.find((u) => u.code === '03')).toEqual({ code: '03', name: 'Tiga', kind: 'kecamatan' });
  });

  it('reads a custom list (kode, nama, jenis) and says which rows are wrong', () => {
    const ok = list([
      ['Kode', 'Nama', 'Jenis'],
      ['33.01', 'CILACAP', 'Kabupaten'],
      ['3371', 'KPU Kota Magelang', ''],
      ['330101', 'Dayeuhluhur', 'PPK'],
    ]);
    expect(ok.errors).toEqual([]);
    expect(ok.units).toEqual([
      { code: '3301', name: 'Cilacap', kind: 'kabupaten' },
      { code: '330101', name: 'Dayeuhluhur', kind: 'kecamatan' },
      { code: '3371', name: 'Magelang', kind: 'kota' },
    ]);
    const bad = list([
      ['kode', 'nama', 'jenis'],
      ['3301', 'Cilacap', 'Kabupaten'],
      ['3301', 'Banyumas', 'Kabupaten'],
      ['', 'Purbalingga', 'Kab'],
      ['3304', 'Banjarnegara', 'Desa'],
    ]);
    expect(bad.errors).toEqual([
      'Baris 3: kode 3301 sudah dipakai pada baris 2.',
      'Baris 4: kode kosong.',
      'Baris 5: jenis "Desa" tidak dikenal (Kabupaten, Kota, Kota Administrasi, Provinsi atau Kecamatan).',
    ]);
    expect(() =>
      list([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toThrow(/kode.*nama.*jenis/);
  });
});
