// Data the benchmark builds for itself: the seed meeting filled out, a national roster of
// 514 units x 3 roles, and synthetic attendance reports.
import { demoMeeting } from '../shared/domain/demo';
import type { AttendanceCell, Meeting } from '../shared/domain/meeting';
import { defaultRoster, type Roster } from '../shared/domain/roster';
import { DEFAULT_ROLE_IDS } from '../shared/domain/roles';
import { defaultSettings, type Settings } from '../shared/domain/settings';
import type { Unit } from '../shared/domain/units';
import { itemAt } from '../shared/indexed';

const cell = (status: AttendanceCell['status'], name = ''): AttendanceCell => ({
  status,
  name,
  personId: '',
  joinTime: '09:0' + (name.length % 10),
  durationMinutes: 150,
  source: 'manual',
  importKey: '',
});

export function settings(): Settings {
  return { ...defaultSettings(), organizerEmail: 'sosdiklih.jatim@example.go.id' };
}

/** A roster with a holder (name, email, phone) for every role of every unit. */
export function rosterFor(units: Unit[]): Roster {
  const roster = defaultRoster();
  roster.units = units;
  roster.people = units.flatMap((u) =>
    DEFAULT_ROLE_IDS.map((r, i) => ({
      id: `p-${u.code}-${r}`,
      unitCode: u.code,
      roleId: r,
      name: `Petugas ${r} ${u.name} ${i + 1}`,
      jabatan:
        r === 'parmas' ? `Anggota KPU ${u.kind === 'kota' ? 'Kota' : 'Kabupaten'} ${u.name}` : r === 'tekmas' ? 'Kasubag Tekmas' : 'Operator Media Sosial',
      email: `${r}.${u.code}@example.go.id`,
      phone: `+62812${u.code}${i}00`,
      notes: '',
    })),
  );
  return roster;
}

/** 514 units: East Java's 38 plus synthetic ones with codes of other provinces' form. */
export function nationalUnits(base: readonly Unit[]): Unit[] {
  const units = [...base];
  // Forty units per synthetic province in the official code shape: kabupaten 01-30, kota 71-80.
  for (let i = 0; units.length < 514; i++) {
    const prov = 11 + Math.floor(i / 40);
    const j = i % 40;
    const kind = j < 30 ? 'kabupaten' : 'kota';
    units.push({ code: `${prov}${String(kind === 'kota' ? 71 + (j - 30) : j + 1).padStart(2, '0')}`, name: `Daerah ${i + 1}`, kind });
  }
  // Codes must be unique; the synthetic scheme can collide with East Java's 35xx.
  const seen = new Set<string>();
  return units.filter((u) => (seen.has(u.code) ? false : (seen.add(u.code), true)));
}

/** The seed meeting filled out: every invited cell set, 20 speakers x 5 points, 10 follow-ups. */
export function fullMeeting(id: string, units: Unit[]): Meeting {
  const m = demoMeeting(id, '2022-05-20T02:00:00.000Z');
  m.unitsInvited = units.map((u) => u.code);
  m.attendance = Object.fromEntries(
    units.map((u, i) => [
      u.code,
      {
        cells: Object.fromEntries(DEFAULT_ROLE_IDS.map((r, j) => [r, cell((i + j) % 11 === 0 ? 'izin' : (i + j) % 7 === 0 ? 'terlambat' : 'hadir')])),
        note: i % 9 === 0 ? 'Bergabung lewat ponsel' : '',
      },
    ]),
  );
  m.speakers = Array.from({ length: 20 }, (_, i) => ({
    id: `${id}-s${i}`,
    name: `Pembicara ${i + 1}`,
    jabatan: 'Anggota KPU Provinsi Jawa Timur',
    institution: 'provinsi',
    segment: itemAt(['pembukaan', 'pengarahan', 'tanya_jawab', 'penutup', 'lainnya'] as const, i % 5),
    points: Array.from(
      { length: 5 },
      (_, j) =>
        `Butir ${j + 1} dari pembicara ${i + 1}: evaluasi penulisan berita website dan akun media sosial, tindak lanjut surat KPU RI Nomor 311 Tahun 2022.`,
    ),
    startedAt: '',
    endedAt: '',
    unitCode: '',
  }));
  m.minutes.followUps = Array.from({ length: 10 }, (_, i) => ({
    id: `${id}-f${i}`,
    action: `Tindak lanjut ${i + 1}: menyusun draf naskah kerja sama`,
    responsible: 'Divisi Parmas KPU Kabupaten/Kota',
    assignees: [],
    dueDate: '2022-06-30',
    status: 'belum' as const,
  }));
  return m;
}

/** A Zoom participant report of `rows` rows, built from the real fixture's names with variations. */
export function syntheticZoomReport(fixture: string, rows: number): Uint8Array {
  const lines = fixture
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .filter(Boolean);
  const header = lines[0];
  const body = lines.slice(1);
  const out = [header];
  for (let i = 0; out.length <= rows; i++) {
    const line = itemAt(body, i % body.length);
    const round = Math.floor(i / body.length);
    // Later rounds are new people (a suffix on the name), as in a national meeting.
    out.push(round === 0 ? line : line.replace(/^("?)([^,"]+)/, `$1$2 ${round}`));
  }
  return new TextEncoder().encode(`\ufeff${out.join('\r\n')}\r\n`);
}
