// The rakor of 25 May 2022 as test data for the document builders: 38 units invited with the
// three default roles, 35 units and 97 people present, three speakers, a roster with holders.
import { defaultMeetingSetup, newMeeting, type AttendanceCell, type Meeting } from '../../../shared/domain/meeting';
import { defaultRoster, type Roster } from '../../../shared/domain/roster';
import { defaultSettings, type Settings } from '../../../shared/domain/settings';
import { DEFAULT_ROLE_IDS } from '../../../shared/domain/roles';
import { JATIM_UNITS } from '../../../shared/domain/units';
import { valueAt } from '../../helpers/indexed';

export const SEED_TITLE = 'Rapat Koordinasi Persiapan Sosialisasi dan Pendidikan Pemilih Pemilu Tahun 2024';
export const SEED_LETTER_NUMBER = '123/PP.01-Und/35/2022';

/** Units with nobody present, and cells left empty in units that did come (8 people missing). */
export const ABSENT_UNITS = ['3527', '3529', '3579'];
const MISSING_CELLS: Array<[string, string]> = [
  ['3501', 'medsos'],
  ['3506', 'tekmas'],
  ['3509', 'medsos'],
  ['3513', 'parmas'],
  ['3520', 'medsos'],
  ['3524', 'tekmas'],
  ['3573', 'medsos'],
  ['3577', 'tekmas'],
];
const LATE_CELLS: Array<[string, string]> = [
  ['3502', 'medsos'],
  ['3516', 'parmas'],
  ['3578', 'tekmas'],
];

function c(status: AttendanceCell['status'], name = ''): AttendanceCell {
  return { status, name, joinTime: '', durationMinutes: null, source: 'manual', importKey: '', personId: '' };
}

/** The shipped defaults carry no contacts; the seed's letterhead has the commission's own. */
export function seedSettings(paper: Settings['paper'] = 'A4'): Settings {
  const d = defaultSettings();
  return {
    ...d,
    organisation: {
      ...d.organisation,
      address: 'Jl. Tenggilis Mejoyo Kav. 1-3, Surabaya 60292',
      phone: '(031) 8471885',
      email: 'kpuprov.jatim@example.go.id',
      website: 'jatim.kpu.go.id',
    },
    paper,
  };
}

export function seedRoster(): Roster {
  const roster = defaultRoster();
  roster.people = [
    { id: 'p1', unitCode: '3504', roleId: 'parmas', name: 'Hendra Wicaksono', jabatan: 'Anggota KPU Kabupaten Tulungagung', email: '', phone: '', notes: '' },
    { id: 'p2', unitCode: '3504', roleId: 'tekmas', name: 'Ratna Puspitasari', jabatan: 'Kasubag Tekmas', email: '', phone: '', notes: '' },
    { id: 'p3', unitCode: '3504', roleId: 'medsos', name: 'Bagus Setiawan', jabatan: 'Operator Media Sosial', email: '', phone: '', notes: '' },
    { id: 'p4', unitCode: '3579', roleId: 'parmas', name: 'Yuliana Kartika', jabatan: 'Anggota KPU Kota Batu', email: '', phone: '', notes: '' },
  ];
  return roster;
}

export function seedMeeting(): Meeting {
  const setup = defaultMeetingSetup('2022-05-25');
  const m = newMeeting(
    {
      ...setup,
      title: SEED_TITLE,
      platform: 'Zoom',
      joinUrl: 'https://zoom.us/j/84512345678?pwd=example',
      meetingId: '845 1234 5678',
      passcode: 'rakor24',
      agenda: [
        'Surat KPU RI Nomor 311 Tahun 2022 tentang Pelaksanaan Perjanjian Kerja Sama di Lingkungan KPU Provinsi Jawa Timur',
        'Persiapan sosialisasi dan pendidikan pemilih menjelang tahapan Pemilu Tahun 2024',
      ],
      references: ['Surat KPU RI Nomor 311 Tahun 2022 tentang Pelaksanaan Perjanjian Kerja Sama'],
      chair: { jabatan: 'Plh. Ketua KPU Provinsi Jawa Timur', name: 'Insan Qoriawan' },
      notetaker: { jabatan: 'Staf Subbagian Teknis dan Hubungan Partisipasi Masyarakat', name: 'Dewi Anggraini' },
      letter: {
        ...setup.letter,
        number: SEED_LETTER_NUMBER,
        letterDate: '2022-05-20',
        signatory: { jabatan: 'Plh. Ketua', name: 'Insan Qoriawan' },
        tembusan: ['Ketua KPU Republik Indonesia di Jakarta', 'Sekretaris KPU Provinsi Jawa Timur'],
      },
    },
    'seed-2022-05-25',
    '2022-05-20T02:00:00.000Z',
  );
  const speaker = (id: string, name: string, jabatan: string, segment: Meeting['speakers'][number]['segment'], points: string[]) => ({
    id,
    name,
    jabatan,
    institution: 'provinsi',
    segment,
    points,
    startedAt: '',
    endedAt: '',
    unitCode: '',
  });
  m.speakers = [
    speaker('s1', 'Insan Qoriawan', 'Plh. Ketua KPU Provinsi Jawa Timur dan Ketua Divisi Teknis', 'pembukaan', [
      'Rapat koordinasi secara khusus membahas surat KPU RI Nomor 311 Tahun 2022 tentang Pelaksanaan Perjanjian Kerja Sama dan persiapan sosialisasi pendidikan pemilih menjelang tahapan Pemilu 2024.',
      'Tahapan sosialisasi merupakan tahapan yang paling lama dibanding tahapan lainnya pada Pemilu serentak 2024.',
      'Divisi Parmas diharapkan menyampaikan informasi yang sebenarnya kepada seluruh lapisan masyarakat agar tidak terjadi miskomunikasi.',
    ]),
    speaker('s2', 'Rochani', 'Ketua Divisi SDM dan Litbang', 'pengarahan', [
      'Salah satu tugas divisi Sosdiklih, Parmas dan SDM adalah mengoordinasikan, menyelenggarakan, mengendalikan, memantau, menyupervisi dan mengevaluasi kegiatan partisipasi masyarakat dan pendidikan pemilih.',
      'KPU Kabupaten/Kota dapat mulai bekerja sama dengan divisi hukum merumuskan draf naskah kerja sama dengan lembaga lain.',
      'Kerja sama ke depan tidak hanya sebatas sosialisasi, tetapi juga badan adhoc dan pemutakhiran data pemilih.',
    ]),
    speaker('s3', 'Gogot Cahyo Baskoro', 'Komisioner Divisi Sosdiklih Parmas', 'pengarahan', [
      'Evaluasi penulisan berita pada website KPU Kabupaten/Kota.',
      'Evaluasi penggunaan akun TikTok KPU Kabupaten/Kota.',
    ]),
    speaker('s4', 'Gogot Cahyo Baskoro', 'Komisioner Divisi Sosdiklih Parmas', 'penutup', [
      'Ketentuan pelaksanaan surat KPU RI Nomor 311 Tahun 2022 tentang Pelaksanaan Perjanjian Kerja Sama di Lingkungan KPU Provinsi Jawa Timur agar dipedomani.',
    ]),
  ];
  const missing = new Set(MISSING_CELLS.map(([u, r]) => `${u}/${r}`));
  const late = new Set(LATE_CELLS.map(([u, r]) => `${u}/${r}`));
  for (const u of JATIM_UNITS) {
    if (u.code === '3579') continue;
    const cells: Record<string, AttendanceCell> = {};
    for (const r of DEFAULT_ROLE_IDS) {
      if (u.code === '3527') cells[r] = c('tidak_hadir');
      else if (u.code === '3529') cells[r] = c(r === 'parmas' ? 'izin' : null);
      else if (missing.has(`${u.code}/${r}`)) cells[r] = c(null);
      else cells[r] = c(late.has(`${u.code}/${r}`) ? 'terlambat' : 'hadir');
    }
    m.attendance[u.code] = { cells, note: '' };
  }
  valueAt(valueAt(m.attendance, '3507').cells, 'parmas').name = 'Siti Nurhaliza Rahmawati';
  m.minutes = {
    status: 'final',
    finalizedAt: '2022-05-25T05:00:00.000Z',
    actualStart: '09:05',
    actualEnd: '11:38',
    conclusions: [
      'KPU Kabupaten/Kota menyiapkan draf naskah perjanjian kerja sama bersama divisi hukum masing-masing.',
      'Penulisan berita website dan penggunaan akun TikTok KPU Kabupaten/Kota dievaluasi secara berkala oleh Divisi Parmas.',
      'Surat KPU RI Nomor 311 Tahun 2022 menjadi pedoman pelaksanaan perjanjian kerja sama.',
    ],
    followUps: [
      {
        id: 'f1',
        action: 'Menyusun draf naskah kerja sama dengan lembaga lain',
        responsible: 'Divisi Parmas KPU Kabupaten/Kota',
        assignees: [],
        dueDate: '2022-06-30',
        status: 'belum',
      },
      {
        id: 'f2',
        action: 'Menyampaikan laporan evaluasi akun TikTok dan website',
        responsible: 'Operator Media Sosial KPU Kabupaten/Kota',
        assignees: [],
        dueDate: '2022-06-10',
        status: 'proses',
      },
    ],
    followUpsAtFinal: {},
    carriedAtFinal: [],
  };
  return m;
}

/**
 * A meeting the size of a national rakor: `unitCount` units (codes 1001...), the default
 * roles, `speakerCount` speakers with `pointCount` points each and `followUpCount` follow-ups.
 */
export function largeMeeting(unitCount: number, speakerCount = 20, pointCount = 5, followUpCount = 10): { meeting: Meeting; roster: Roster } {
  const roster = defaultRoster();
  roster.units = Array.from({ length: unitCount }, (_, i) => ({
    code: String(1001 + i),
    name: `Wilayah ${i + 1}`,
    kind: i % 5 === 4 ? ('kota' as const) : ('kabupaten' as const),
  }));
  roster.people = roster.units.flatMap((u) =>
    DEFAULT_ROLE_IDS.map((r) => ({
      id: `${u.code}-${r}`,
      unitCode: u.code,
      roleId: r,
      name: `Petugas ${r} ${u.name}`,
      jabatan: '',
      email: '',
      phone: '',
      notes: '',
    })),
  );
  const m = seedMeeting();
  m.unitsInvited = roster.units.map((u) => u.code);
  m.attendance = {};
  roster.units.forEach((u, i) => {
    const cells: Record<string, AttendanceCell> = {};
    DEFAULT_ROLE_IDS.forEach((r, j) => {
      cells[r] = c((i + j) % 7 === 0 ? null : (i + j) % 11 === 0 ? 'terlambat' : 'hadir');
    });
    m.attendance[u.code] = { cells, note: '' };
  });
  m.speakers = Array.from({ length: speakerCount }, (_, i) => ({
    id: `s${i}`,
    name: `Pembicara ${i + 1}`,
    jabatan: 'Komisioner Divisi Sosdiklih Parmas',
    institution: 'provinsi',
    segment: i === 0 ? 'pembukaan' : i === speakerCount - 1 ? 'penutup' : 'pengarahan',
    points: Array.from(
      { length: pointCount },
      (_, j) => `Pokok bahasan ${j + 1} dari pembicara ${i + 1} tentang persiapan sosialisasi dan pendidikan pemilih.`,
    ),
    startedAt: '',
    endedAt: '',
    unitCode: '',
  }));
  m.minutes.followUps = Array.from({ length: followUpCount }, (_, i) => ({
    id: `f${i}`,
    action: `Tindak lanjut ${i + 1}`,
    responsible: 'Divisi Parmas',
    assignees: [],
    dueDate: '2022-06-30',
    status: 'belum' as const,
  }));
  return { meeting: m, roster };
}
