// Who a daftar hadir names in a cell: the roster person, the display name cleaned, or a line.
import { describe, expect, it } from 'vitest';
import { attendeeOf, attendeeText, nameFromLabel, NAME_TO_FILL } from '../../shared/domain/attendee-name';
import { defaultRoster } from '../../shared/domain/roster';
import type { AttendanceCell } from '../../shared/domain/meeting';

const roster = defaultRoster();
roster.people = [
  { id: 'nur', unitCode: '3507', roleId: 'parmas', name: 'Hj. Nur Aini, S.Sos.', jabatan: '', email: 'nur@kpu.example.org', phone: '', notes: '' },
];

function cell(patch: Partial<AttendanceCell>): AttendanceCell {
  return { status: 'hadir', name: '', personId: '', joinTime: '', durationMinutes: null, source: 'import', importKey: 'k', ...patch };
}

describe('nameFromLabel', () => {
  it.each([
    ['Kab. Malang - Parmas - Nur Aini', 'Nur Aini'],
    ['KPU Pasuruan - Tekmas', ''],
    ['Operator Medsos KPU Jombang', ''],
    ['KPU Kab Madiun - KASUBAG TEKMAS - Citra Santoso', 'Citra Santoso'],
    ['Kab. Madiun Admin Medsos (Kartika Wijaya)', 'Kartika Wijaya'],
    ['Dr. H. Budi Santoso, M.Si. (KPU Kota Batu)', 'Dr. H. Budi Santoso M.Si.'],
    ["Budi's iPhone", 'Budi'],
    ['Galaxy A52', ''],
    ['iPhone 13 Pro Max', ''],
    ['Tulungagung_Sosdiklih_Rina', 'Rina'],
    ['Dian Nugroho KPU Kabupaten Lamongan', 'Dian Nugroho'],
    ['Admin', ''],
  ])('%s -> "%s"', (label, name) => {
    expect(nameFromLabel(label, roster)).toBe(name);
  });
});

describe('attendeeOf', () => {
  it('names the matched roster person, as recorded, without cleaning', () => {
    expect(attendeeOf(cell({ name: 'Hj. Nur Aini, S.Sos.', personId: 'nur' }), roster, '3507', 'parmas')).toEqual({
      kind: 'named',
      name: 'Hj. Nur Aini, S.Sos.',
    });
  });

  it('cleans a raw label stored by an earlier version, and leaves a line when nothing is left', () => {
    expect(attendeeOf(cell({ name: 'Kab. Malang - Parmas - Nur Aini' }), roster, '3507', 'parmas')).toEqual({ kind: 'named', name: 'Nur Aini' });
    const unknown = attendeeOf(cell({ name: 'KPU Pasuruan - Tekmas' }), roster, '3514', 'tekmas');
    expect(unknown).toEqual({ kind: 'unknown' });
    expect(attendeeText(unknown)).toBe(NAME_TO_FILL);
  });

  it('takes an empty name as the roster holder only for a cell marked by hand', () => {
    expect(attendeeOf(cell({ source: 'manual', importKey: '' }), roster, '3507', 'parmas')).toEqual({ kind: 'named', name: 'Hj. Nur Aini, S.Sos.' });
    expect(attendeeOf(cell({}), roster, '3507', 'parmas')).toEqual({ kind: 'unknown' });
  });

  it('names nobody on a cell with no status or Tidak hadir', () => {
    expect(attendeeOf(undefined, roster, '3507', 'parmas')).toEqual({ kind: 'none' });
    expect(attendeeOf(cell({ status: null, source: 'manual' }), roster, '3507', 'parmas')).toEqual({ kind: 'none' });
    expect(attendeeOf(cell({ status: 'tidak_hadir', source: 'manual' }), roster, '3507', 'parmas')).toEqual({ kind: 'none' });
    expect(attendeeText({ kind: 'none' })).toBe('');
  });
});
