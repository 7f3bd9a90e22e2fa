// The shipped area lists (idn-area-data) read as units, over the whole package: every province,
// every kabupaten/kota, every district.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  districtUnits,
  normaliseAreaCode,
  parseAreaCsv,
  placeNameCase,
  provinceUnits,
  PROVINCE_ALIASES,
  regencyKindAndName,
  regencyUnits,
  zoneOfArea,
  type AreaData,
} from '../../shared/domain/regions';
import { ambiguousUnitNames, JATIM_UNITS, officialUnitName } from '../../shared/domain/units';
import { itemAt } from '../helpers/indexed';

const dir = path.join(process.cwd(), 'node_modules', 'idn-area-data', 'data');
const read = (file: string) => parseAreaCsv(readFileSync(path.join(dir, file), 'utf8'));
const data: AreaData = { provinces: read('provinces.csv'), regencies: read('regencies.csv'), districts: read('districts.csv') };
const provinces = provinceUnits(data);
const regencies = regencyUnits(data);

describe('the package, normalised', () => {
  it('has 38 provinces and 514 kabupaten/kota with unique codes in Rakor form', () => {
    expect(provinces).toHaveLength(38);
    expect(regencies).toHaveLength(514);
    expect(new Set(provinces.map((p) => p.code)).size).toBe(38);
    expect(new Set(regencies.map((r) => r.code)).size).toBe(514);
    for (const p of provinces) expect(p.code).toMatch(/^\d{2}$/);
    for (const r of regencies) expect(r.code).toMatch(/^\d{4}$/);
    expect(normaliseAreaCode('35.04')).toBe('3504');
    expect(normaliseAreaCode('35.04.01')).toBe('350401');
  });

  it('gives every province its kabupaten/kota, and every kabupaten/kota its districts, with unique codes', () => {
    let total = 0;
    for (const p of provinces) {
      const units = regencyUnits(data, p.code);
      expect(units.length, p.name).toBeGreaterThan(0);
      for (const u of units) expect(u.code.startsWith(p.code)).toBe(true);
      total += units.length;
    }
    expect(total).toBe(514);
    const districtCodes = new Set<string>();
    for (const r of regencies) {
      const districts = districtUnits(data, r.code);
      expect(districts.length, officialUnitName(r)).toBeGreaterThan(0);
      for (const d of districts) {
        expect(d.code).toMatch(new RegExp(`^${r.code}\\d{2}$`));
        expect(districtCodes.has(d.code)).toBe(false);
        districtCodes.add(d.code);
      }
    }
    expect(districtCodes.size).toBe(data.districts.length);
  });

  it('reads the names from capitals into the form Indonesians write, over the whole list', () => {
    for (const row of [...data.provinces, ...data.regencies]) expect(placeNameCase(row.name.toUpperCase())).toBe(row.name);
    for (const row of data.districts) {
      const name = placeNameCase(row.name.toUpperCase());
      expect(name.toLowerCase()).toBe(row.name.toLowerCase());
      // Every word starts with a capital, except the usual lower-case words and numbers.
      for (const word of name.split(' ')) expect(word, row.name).toMatch(/^(dan|di|ke|dari|atas|x|[-\d]+|\(?[A-Z0-9].*)$/);
    }
    expect(regencyKindAndName('KABUPATEN TULUNGAGUNG')).toEqual({ kind: 'kabupaten', name: 'Tulungagung' });
    expect(regencyKindAndName('KOTA BATU')).toEqual({ kind: 'kota', name: 'Batu' });
    expect(regencyKindAndName('KOTA ADMINISTRASI JAKARTA PUSAT')).toEqual({ kind: 'kota-administrasi', name: 'Jakarta Pusat' });
    expect(regencyKindAndName('KABUPATEN ADMINISTRASI KEPULAUAN SERIBU')).toEqual({ kind: 'kabupaten-administrasi', name: 'Kepulauan Seribu' });
    expect(regencyKindAndName('KABUPATEN PANGKAJENE DAN KEPULAUAN')).toEqual({ kind: 'kabupaten', name: 'Pangkajene dan Kepulauan' });
    expect(placeNameCase('KOTO XI TARUSAN')).toBe('Koto XI Tarusan');
  });

  it('names the commissions as they are called: KIP in Aceh, KPU elsewhere', () => {
    const byCode = new Map([...provinces, ...regencies].map((u) => [u.code, u]));
    expect(officialUnitName(byCode.get('11')!)).toBe('KIP Aceh');
    expect(officialUnitName(byCode.get('1101')!)).toBe('KIP Kabupaten Aceh Selatan');
    expect(officialUnitName(byCode.get('31')!)).toBe('KPU Provinsi DKI Jakarta');
    expect(officialUnitName(byCode.get('34')!)).toBe('KPU Daerah Istimewa Yogyakarta');
    expect(officialUnitName(byCode.get('3171')!)).toBe('KPU Kota Administrasi Jakarta Pusat');
    expect(officialUnitName(byCode.get('33')!)).toBe('KPU Provinsi Jawa Tengah');
    expect(officialUnitName(itemAt(districtUnits(data, '3504'), 0))).toMatch(/^PPK Kecamatan [A-Z]/);
  });

  it('finds the names that are both a kabupaten and a kota in each province', () => {
    expect(ambiguousUnitNames(regencyUnits(data, '33')).sort()).toEqual(['magelang', 'pekalongan', 'semarang', 'tegal']);
    expect(ambiguousUnitNames(regencyUnits(data, '35')).sort()).toEqual(['blitar', 'kediri', 'madiun', 'malang', 'mojokerto', 'pasuruan', 'probolinggo']);
    expect(ambiguousUnitNames(regencyUnits(data, '32')).sort()).toEqual(['bandung', 'bekasi', 'bogor', 'cirebon', 'sukabumi', 'tasikmalaya']);
    // Jakarta's five cities and one kabupaten share no name.
    expect(ambiguousUnitNames(regencyUnits(data, '31'))).toEqual([]);
  });

  it('keeps East Java exactly as built in', () => {
    expect(regencyUnits(data, '35')).toEqual(JATIM_UNITS.map((u) => ({ ...u })));
  });

  it('knows every province, its abbreviations and its zone', () => {
    expect(Object.keys(PROVINCE_ALIASES).sort()).toEqual(provinces.map((p) => p.code).sort());
    expect(zoneOfArea('35')).toBe('WIB');
    expect(zoneOfArea('3504')).toBe('WIB');
    expect(zoneOfArea('73')).toBe('WITA');
    expect(zoneOfArea('51')).toBe('WITA');
    expect(zoneOfArea('95')).toBe('WIT');
    expect(zoneOfArea('8271')).toBe('WIT');
  });
});
