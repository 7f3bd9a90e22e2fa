// Pure roster edits: field checks, person rows, roles with their guards, completeness per unit,
// search, and applying parsed import rows.
import { describe, expect, it } from 'vitest';
import { defaultRoster, type Roster } from '../../shared/domain/roster';
import {
  addRole,
  applyRosterImport,
  checkPersonPatch,
  formatPhone,
  moveRole,
  removeRole,
  rosterCompleteness,
  savePerson,
  searchRoster,
  unitCompleteness,
  updateRole,
} from '../../shared/domain/roster-ops';
import { parseRosterCsv } from '../../shared/import/roster-csv';
import { appErrorOf } from './helpers/app-error';
import { itemAt } from '../helpers/indexed';

function withPeople(): Roster {
  let r = defaultRoster();
  const put = (id: string, unitCode: string, roleId: string, patch: Record<string, string>) => {
    r = savePerson(r, { id, unitCode, roleId, patch }).roster;
  };
  put('a', '3504', 'parmas', { name: 'Nurul Hidayati', phone: '0812-3456-7801' });
  put('b', '3504', 'tekmas', { name: 'Slamet Riyadi', email: 'slamet@kpu-tulungagung.example.id' });
  put('c', '3504', 'medsos', { name: 'Dian Puspita' });
  put('d', '3573', 'parmas', { name: 'Rizky Pratama' });
  put('e', '3507', 'medsos', { email: 'admin@kpu-kabmalang.example.id' });
  return r;
}

describe('checkPersonPatch', () => {
  it.each([
    ['08123456789', '+628123456789'],
    ['0812-3456-7890', '+6281234567890'],
    ['62 812 3456 7890', '+6281234567890'],
    ['+62 (0)812 3456 7890', '+6281234567890'],
    ['8123456789', '+628123456789'],
  ])('accepts the phone %s as %s', (raw, stored) => {
    expect(checkPersonPatch({ phone: raw })).toEqual({ clean: { phone: stored }, errors: {} });
  });

  it.each(['0812', '+1 202 555 0100', '0812-ABCD-999', '021'])('refuses the phone %s next to the field', (raw) => {
    const { clean, errors } = checkPersonPatch({ phone: raw });
    expect(clean).toEqual({});
    expect(errors.phone).toContain(`"${raw}" tidak valid`);
  });

  it('trims and collapses spaces, keeps line breaks in notes, and accepts empty contact fields', () => {
    const { clean, errors } = checkPersonPatch({ name: '  Budi   Santoso ', notes: ' baris 1\nbaris 2 ', email: '', phone: '' });
    expect(errors).toEqual({});
    expect(clean).toEqual({ name: 'Budi Santoso', notes: 'baris 1\nbaris 2', email: '', phone: '' });
  });

  it('refuses a malformed email and a name that is too long', () => {
    const { errors } = checkPersonPatch({ email: 'budi@kpu', name: 'x'.repeat(301) });
    expect(errors.email).toBe('Email "budi@kpu" tidak valid. Contoh: nama@kpu.go.id');
    expect(errors.name).toContain('maks. 300');
  });
});

describe('formatPhone', () => {
  it.each([
    ['+6281234567801', '+62 812-3456-7801'],
    ['+628123456789', '+62 812-3456-789'],
    ['+62341123456', '+62 341-1234-56'],
    ['', ''],
    ['+1 202 555', '+1 202 555'],
  ])('shows %s as %s, which reads back as the same number', (stored, shown) => {
    expect(formatPhone(stored)).toBe(shown);
    if (stored.startsWith('+62')) expect(checkPersonPatch({ phone: shown }).clean.phone).toBe(stored);
  });
});

describe('savePerson', () => {
  it('keeps other fields when one changes and refuses a person moved to another role', () => {
    const r = withPeople();
    const next = savePerson(r, { id: 'a', unitCode: '3504', roleId: 'parmas', patch: { jabatan: 'Anggota' } });
    expect(next.person).toMatchObject({ name: 'Nurul Hidayati', phone: '+6281234567801', jabatan: 'Anggota' });
    expect(r.people.find((p) => p.id === 'a')?.jabatan).toBe('');
    expect(appErrorOf(() => savePerson(r, { id: 'a', unitCode: '3504', roleId: 'tekmas', patch: { name: 'X' } })).message).toContain('berpindah');
  });

  it('does not create a person from an empty row', () => {
    const r = defaultRoster();
    const res = savePerson(r, { id: 'z', unitCode: '3501', roleId: 'parmas', patch: { name: '   ' } });
    expect(res.person).toBeNull();
    expect(res.roster.people).toEqual([]);
  });
});

describe('completeness and search', () => {
  it('counts a role as filled once someone with a name holds it', () => {
    const r = withPeople();
    expect(unitCompleteness(r, '3504')).toEqual({ filled: 3, total: 3, missingRoleIds: [] });
    expect(unitCompleteness(r, '3573')).toEqual({ filled: 1, total: 3, missingRoleIds: ['tekmas', 'medsos'] });
    // Only an email: the role still lacks a person to address the letter to.
    expect(unitCompleteness(r, '3507')).toEqual({ filled: 0, total: 3, missingRoleIds: ['parmas', 'tekmas', 'medsos'] });
    expect(rosterCompleteness(r)).toEqual({ unitsComplete: 1, units: 38, filled: 4, total: 114 });
  });

  it('finds units by code, name in the usual spellings, and by their people', () => {
    const r = withPeople();
    expect(searchRoster(r, '')).toHaveLength(38);
    expect(searchRoster(r, 'malang')).toEqual(['3507', '3573']);
    expect(searchRoster(r, 'Kab. Malang')).toEqual(['3507']);
    expect(searchRoster(r, 'kabupaten malang')).toEqual(['3507']);
    expect(searchRoster(r, 'kota malang')).toEqual(['3573']);
    expect(searchRoster(r, '3504')).toEqual(['3504']);
    expect(searchRoster(r, 'tulung')).toEqual(['3504']);
    expect(searchRoster(r, 'rizky')).toEqual(['3573']);
    expect(searchRoster(r, '0812 3456')).toEqual(['3504']);
    expect(searchRoster(r, '+62812345')).toEqual(['3504']);
    expect(searchRoster(r, 'kab-malang')).toEqual(['3507']);
    expect(searchRoster(r, 'atlantis')).toEqual([]);
  });
});

describe('roles', () => {
  it('adds, renames and orders roles, refusing duplicates by words', () => {
    const r = defaultRoster();
    const { roster, role } = addRole(r, { label: 'Sekretaris', short: '', keywords: ['Sekre', 'sekretaris kpu'] });
    expect(role).toEqual({ id: 'sekretaris', label: 'Sekretaris', short: 'Sekretaris', keywords: ['sekre', 'sekretaris kpu'] });
    expect(appErrorOf(() => addRole(roster, { label: 'SEKRETARIS', short: '', keywords: [] })).message).toBe('Peran "Sekretaris" sudah ada.');
    expect(appErrorOf(() => addRole(roster, { label: 'Kasubag Tekmas', short: '', keywords: [] })).message).toBe('Peran "Kasubag Tekmas" sudah ada.');
    expect(appErrorOf(() => updateRole(roster, 'sekretaris', { label: 'Operator Medsos', short: '', keywords: [] })).message).toContain('sudah ada');
    expect(itemAt(updateRole(roster, 'sekretaris', { label: 'Sekretaris KPU', short: 'Sekretaris', keywords: [] }).roles, 3).label).toBe('Sekretaris KPU');
    expect(moveRole(roster, 'parmas', -1)).toBe(roster);
    expect(moveRole(roster, 'parmas', 1).roles.map((x) => x.id)).toEqual(['tekmas', 'parmas', 'medsos', 'sekretaris']);
  });

  it('removes a role only when no person and no meeting uses it, and never the last one', () => {
    const r = withPeople();
    expect(appErrorOf(() => removeRole(r, 'tekmas', [])).message).toContain('masih diisi 1 orang');
    const clean = defaultRoster();
    expect(appErrorOf(() => removeRole(clean, 'medsos', ['Rakor A', 'Rakor B', 'Rakor C', 'Rakor D'])).message).toBe(
      'Peran "Operator Medsos" dipakai oleh rapat "Rakor A", "Rakor B", "Rakor C" dan 1 rapat lain.',
    );
    let only = removeRole(clean, 'medsos', []);
    only = removeRole(only, 'tekmas', []);
    expect(appErrorOf(() => removeRole(only, 'parmas', [])).message).toBe('Roster harus memiliki minimal satu peran.');
  });
});

describe('applyRosterImport', () => {
  it('adds new rows with fresh ids, updates changed ones in place and skips bad ones', () => {
    const r = withPeople();
    const csv = [
      'kode_wilayah;peran;nama;whatsapp',
      '3504;parmas;Nurul Hidayati;0812 0000 1111',
      '3504;tekmas;Slamet Riyadi;',
      '3501;medsos;Yoga;0857 1111 2222',
      '3599;medsos;Nobody;',
    ].join('\n');
    const parsed = parseRosterCsv(new TextEncoder().encode(csv), r);
    let n = 0;
    const res = applyRosterImport(r, parsed.rows, () => `new-${++n}`);
    // The file has no email column: the stored email of the tekmas holder stays as it was.
    expect(res).toMatchObject({ added: 1, updated: 1, unchanged: 1, skipped: 1 });
    expect(res.roster.people.find((p) => p.id === 'b')?.email).toBe(r.people.find((p) => p.id === 'b')?.email);
    expect(r.people.find((p) => p.id === 'b')?.email).not.toBe('');
    expect(res.roster.people.find((p) => p.id === 'a')?.phone).toBe('+6281200001111');
    expect(res.roster.people.find((p) => p.id === 'new-1')).toMatchObject({ unitCode: '3501', roleId: 'medsos', name: 'Yoga' });
    expect(res.roster.people).toHaveLength(r.people.length + 1);
  });
});
