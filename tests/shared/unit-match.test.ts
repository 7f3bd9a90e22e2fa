import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLES, type Role } from '../../shared/domain/roles';
import { JATIM_UNITS, officialUnitName, shortUnitName, type Unit } from '../../shared/domain/units';
import { containsPhrase, editDistance, recognizeRole, recognizeUnit, rolesMentioned } from '../../shared/domain/unit-match';

const SHARED_NAMES = ['Blitar', 'Kediri', 'Madiun', 'Malang', 'Mojokerto', 'Pasuruan', 'Probolinggo'];

const codeOf = (name: string, kind: 'kabupaten' | 'kota') => JATIM_UNITS.find((u) => u.name === name && u.kind === kind)!.code;

describe('recognizeUnit: all 38 units', () => {
  for (const unit of JATIM_UNITS) {
    const shared = SHARED_NAMES.includes(unit.name);
    it(`${unit.code} ${shortUnitName(unit)}`, () => {
      const want = { kind: 'unit', code: unit.code };
      const marker = unit.kind === 'kota' ? ['Kota', 'kota', 'KOTA', 'Kot.'] : ['Kabupaten', 'Kab.', 'Kab', 'kab', 'KAB.'];
      expect(recognizeUnit(unit.code, JATIM_UNITS)).toEqual(want);
      expect(recognizeUnit(officialUnitName(unit), JATIM_UNITS)).toEqual(want);
      expect(recognizeUnit(officialUnitName(unit).toUpperCase(), JATIM_UNITS)).toEqual(want);
      expect(recognizeUnit(shortUnitName(unit).toLowerCase(), JATIM_UNITS)).toEqual(want);
      for (const m of marker) {
        expect(recognizeUnit(`KPU ${m} ${unit.name}`, JATIM_UNITS)).toEqual(want);
        expect(recognizeUnit(`${m} ${unit.name.toLowerCase()}_Operator`, JATIM_UNITS)).toEqual(want);
      }
      // "KPU Malang Kota (Kasubag)": the marker after the name.
      expect(recognizeUnit(`KPU ${unit.name} ${unit.kind === 'kota' ? 'Kota' : 'Kab'} (Kasubag)`, JATIM_UNITS)).toEqual(want);
      const glued = `${unit.kind === 'kota' ? 'kota' : 'kab'}${unit.name.toLowerCase()}`;
      expect(recognizeUnit(`operator.kpu.${glued}@example.com`, JATIM_UNITS, { typos: false })).toEqual(want);
      if (!shared) {
        expect(recognizeUnit(unit.name, JATIM_UNITS)).toEqual(want);
        expect(recognizeUnit(`kpu ${unit.name.toUpperCase()} | Parmas`, JATIM_UNITS)).toEqual(want);
      }
    });
  }
});

describe('recognizeUnit: names shared by a kabupaten and a kota', () => {
  for (const name of SHARED_NAMES) {
    it(`${name} alone is ambiguous, with both candidates`, () => {
      const both = { kind: 'ambiguous', codes: [codeOf(name, 'kabupaten'), codeOf(name, 'kota')] };
      expect(recognizeUnit(name, JATIM_UNITS)).toEqual(both);
      expect(recognizeUnit(`KPU ${name}`, JATIM_UNITS)).toEqual(both);
      expect(recognizeUnit(`KPU ${name.toLowerCase()} - Kasubag Tekmas - Endah`, JATIM_UNITS)).toEqual(both);
      expect(recognizeUnit(`KPU Kab/Kota ${name}`, JATIM_UNITS)).toEqual(both);
      expect(recognizeUnit(`kpu.${name.toLowerCase()}@example.com`, JATIM_UNITS, { typos: false })).toEqual(both);
      expect(recognizeUnit(`Kabupaten ${name}`, JATIM_UNITS)).toEqual({ kind: 'unit', code: codeOf(name, 'kabupaten') });
      expect(recognizeUnit(`${name} Kota`, JATIM_UNITS)).toEqual({ kind: 'unit', code: codeOf(name, 'kota') });
      expect(recognizeUnit(`kpu-${name.toLowerCase()}kota.go.id`, JATIM_UNITS)).toEqual({
        kind: 'unit',
        code: codeOf(name, 'kota'),
      });
    });
  }

  it('a marked mention settles an unmarked one; two different units stay ambiguous', () => {
    expect(recognizeUnit('Malang - KPU Kota Malang', JATIM_UNITS)).toEqual({ kind: 'unit', code: '3573' });
    expect(recognizeUnit('KPU Kab Malang / Kota Batu', JATIM_UNITS)).toEqual({ kind: 'ambiguous', codes: ['3507', '3579'] });
    expect(recognizeUnit('Kab. Malang dan Kota Malang', JATIM_UNITS)).toEqual({ kind: 'ambiguous', codes: ['3507', '3573'] });
  });
});

describe('recognizeUnit: typos, emails and things that are not units', () => {
  it('accepts one or two wrong letters in longer names', () => {
    const cases: Array<[string, string]> = [
      ['KPU Kab Pamekasn', '3528'],
      ['KPU Bojonegor', '3522'],
      ['Tulungagun', '3504'],
      ['Banyuwagi', '3510'],
      ['Trengalek', '3503'],
      ['Tulung Agung', '3504'],
      ['Sumenp', '3529'],
      ['Lamogan', '3524'],
      ['Sidoarja', '3515'],
      ['Kota Probolingo', '3574'],
      ['Kabupatn Jember', '3509'],
      ['Bondowsoo', '3511'],
    ];
    for (const [text, code] of cases) expect(recognizeUnit(text, JATIM_UNITS), text).toEqual({ kind: 'unit', code });
    expect(recognizeUnit('Probolingo', JATIM_UNITS)).toEqual({ kind: 'ambiguous', codes: ['3513', '3574'] });
  });

  it('prefers a name spelt right over a near miss elsewhere in the text', () => {
    expect(recognizeUnit('Kab. Trenggalek - Tekmas - Lumajeng', JATIM_UNITS)).toEqual({ kind: 'unit', code: '3503' });
    expect(recognizeUnit('KPU Kediri Kab._Malangi', JATIM_UNITS)).toEqual({ kind: 'unit', code: '3506' });
    expect(recognizeUnit('Lumajeng', JATIM_UNITS)).toEqual({ kind: 'unit', code: '3508' });
  });

  it('requires short names to be exact and typos to be off for addresses', () => {
    expect(recognizeUnit('Tubn', JATIM_UNITS)).toEqual({ kind: 'none' });
    expect(recognizeUnit('Bata', JATIM_UNITS)).toEqual({ kind: 'none' });
    expect(recognizeUnit('Ngawu', JATIM_UNITS)).toEqual({ kind: 'none' });
    expect(recognizeUnit('kpu.pamekasn@example.com', JATIM_UNITS, { typos: false })).toEqual({ kind: 'none' });
  });

  it('reads address hints such as kabmalang, kotamalang, kpu-tulungagungkab', () => {
    expect(recognizeUnit('kpu.kabmalang@example.com', JATIM_UNITS)).toEqual({ kind: 'unit', code: '3507' });
    expect(recognizeUnit('medsos.kotamalang@gmail.com', JATIM_UNITS)).toEqual({ kind: 'unit', code: '3573' });
    expect(recognizeUnit('admin@kpu-tulungagungkab.go.id', JATIM_UNITS)).toEqual({ kind: 'unit', code: '3504' });
    expect(recognizeUnit('kpu_kabupatenkediri@yahoo.co.id', JATIM_UNITS)).toEqual({ kind: 'unit', code: '3506' });
  });

  it('does not see a unit in personal names, devices or the province', () => {
    const names = [
      'Maulana',
      'Hidayat',
      'Handayani',
      'Wulandari',
      'Setiawan',
      'Purnomo',
      'Santoso',
      'Kurniawan',
      'Susanti',
      'Prasetyo',
      'Syahputra',
      'Anggita',
      'Rahmat Anwar',
      'Kartika Wijaya',
      'Nugroho',
      'Lestari',
      'Saputra',
      'Firmansyah',
      'Ramadhan',
      'Gogot Cahyo Baskoro',
      'Insan Qoriawan',
      'Rochani',
      'Galaxy A52',
      'Redmi Note 10',
      'vivo 1904',
      'LAPTOP-KPU',
      'iPhone',
      'Zoom user',
      'KPU Provinsi Jawa Timur',
      'KPU Jatim',
      'Kota',
      'Kabupaten',
    ];
    for (const name of names) expect(recognizeUnit(name, JATIM_UNITS), name).toEqual({ kind: 'none' });
  });

  it("works with another province's list, including names of several words", () => {
    const units: Unit[] = [
      { code: '6302', name: 'Kotabaru', kind: 'kabupaten' },
      { code: '3172', name: 'Jakarta Utara', kind: 'kota' },
      { code: '3101', name: 'Kepulauan Seribu', kind: 'kabupaten' },
      { code: '6371', name: 'Banjarmasin', kind: 'kota' },
    ];
    expect(recognizeUnit('KPU Kab. Kotabaru', units)).toEqual({ kind: 'unit', code: '6302' });
    expect(recognizeUnit('Kota Jakarta Utara - Operator', units)).toEqual({ kind: 'unit', code: '3172' });
    expect(recognizeUnit('kpu.jakartautara@example.com', units)).toEqual({ kind: 'unit', code: '3172' });
    expect(recognizeUnit('KPU Kepulauan Seribu', units)).toEqual({ kind: 'unit', code: '3101' });
    expect(recognizeUnit('Banjarmasn', units)).toEqual({ kind: 'unit', code: '6371' });
    expect(recognizeUnit('KPU Kab. Malang', units)).toEqual({ kind: 'none' });
  });
});

describe('recognizeRole', () => {
  const role = (text: string) => recognizeRole(text, DEFAULT_ROLES);

  it('finds the three default roles by their keywords, as whole words in any case', () => {
    expect(role('KPU Kab. Banyuwangi - Kasubbag TP2H')).toEqual({ kind: 'role', id: 'tekmas' });
    expect(role('KASUBAG TEKMAS_KPU Kab Pacitan')).toEqual({ kind: 'role', id: 'tekmas' });
    expect(role('Kasubag Teknis & Hupmas')).toEqual({ kind: 'role', id: 'tekmas' });
    expect(role('Anggota Div. Sosdiklih Parmas')).toEqual({ kind: 'role', id: 'parmas' });
    expect(role('Kadiv Parmas_KPU Malang Kota')).toEqual({ kind: 'role', id: 'parmas' });
    expect(role('KPU Kota Probolinggo | OPS Media Sosial')).toEqual({ kind: 'role', id: 'medsos' });
    expect(role('Admin Medsos')).toEqual({ kind: 'role', id: 'medsos' });
    expect(role('Operator Sosmed KPU Kabupaten Jember')).toEqual({ kind: 'role', id: 'medsos' });
  });

  it('tolerates a typo in long keywords only', () => {
    expect(role('Komisoner KPU Kab Tuban')).toEqual({ kind: 'role', id: 'parmas' });
    expect(role('Oprator Medsos')).toEqual({ kind: 'role', id: 'medsos' });
    expect(role('Anggita Kab. Malang')).toEqual({ kind: 'none' });
    expect(role('Adm Kab. Malang')).toEqual({ kind: 'none' });
  });

  it('does not match keywords inside other words', () => {
    expect(role('Topsy Kab. Malang')).toEqual({ kind: 'none' });
    expect(role('Administrasi')).toEqual({ kind: 'none' });
  });

  it('reports two roles as ambiguous, in role order', () => {
    expect(role('Operator Parmas')).toEqual({ kind: 'ambiguous', ids: ['parmas', 'medsos'] });
    expect(role('Dian Nugroho KPU Kabupaten Lamongan')).toEqual({ kind: 'none' });
  });

  it('uses roles the user added, by label and keywords', () => {
    const roles: Role[] = [
      ...DEFAULT_ROLES,
      { id: 'divisi-hukum', label: 'Divisi Hukum dan Pengawasan', short: 'Divisi Hukum', keywords: ['hukum', 'kumwas'] },
      { id: 'sekretaris', label: 'Sekretaris', short: 'Sekretaris', keywords: [] },
    ];
    expect(recognizeRole('Kumwas KPU Kab Tuban', roles)).toEqual({ kind: 'role', id: 'divisi-hukum' });
    expect(recognizeRole('Sekretaris KPU Kota Batu', roles)).toEqual({ kind: 'role', id: 'sekretaris' });
    expect(rolesMentioned('Divisi Hukum', roles)).toEqual(['divisi-hukum']);
  });
});

describe('helpers', () => {
  it('editDistance counts a swap as one edit and stops early', () => {
    expect(editDistance('pamekasan', 'pamekasn', 2)).toBe(1);
    expect(editDistance('pamekasan', 'pamkeasan', 2)).toBe(1);
    expect(editDistance('malang', 'maulana', 1)).toBe(2);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
  });

  it('containsPhrase matches whole words across punctuation', () => {
    expect(containsPhrase('KPU Provinsi Jawa Timur (Co-Host)', 'co host')).toBe(true);
    expect(containsPhrase('Rochani - KPU Jatim', 'kpu jatim')).toBe(true);
    expect(containsPhrase('Ghost', 'host')).toBe(false);
  });
});
