// The demo meeting offered to a first-time user: the rakor of 25 May 2022 described in the
// news item of KPU Kabupaten Tulungagung, with its three speakers and Tulungagung present.
import { defaultMeetingSetup, newMeeting, type Meeting } from './meeting';
import { DEFAULT_ROLE_IDS } from './roles';
import type { Settings } from './settings';

export const DEMO_TITLE = 'Rapat Koordinasi Persiapan Sosialisasi dan Pendidikan Pemilih Pemilu Tahun 2024';

export function demoMeeting(id: string, now: string, settings?: Settings): Meeting {
  const setup = defaultMeetingSetup('2022-05-25', { timeZone: settings?.defaultTimeZone });
  const m = newMeeting(
    {
      ...setup,
      title: DEMO_TITLE,
      startTime: '09:00',
      endTime: '',
      platform: 'Zoom',
      joinUrl: 'https://zoom.us/j/84512345678',
      meetingId: '845 1234 5678',
      passcode: 'rakor24',
      agenda: [
        'Surat KPU RI Nomor 311 Tahun 2022 tentang Pelaksanaan Perjanjian Kerja Sama di Lingkungan KPU Provinsi Jawa Timur',
        'Persiapan sosialisasi dan pendidikan pemilih menjelang tahapan Pemilu 2024',
      ],
      references: ['Surat KPU RI Nomor 311 Tahun 2022 tentang Pelaksanaan Perjanjian Kerja Sama'],
      chair: { jabatan: 'Plh. Ketua KPU Provinsi Jawa Timur', name: 'Insan Qoriawan' },
      notetaker: { jabatan: 'Staf Subbagian Teknis dan Hubungan Partisipasi Masyarakat', name: '' },
      letter: {
        ...setup.letter,
        number: '123/PP.01-Und/35/2022',
        hal: 'Undangan Rapat Koordinasi',
        letterDate: '2022-05-23',
        signatory: { jabatan: 'Plh. Ketua', name: 'Insan Qoriawan' },
        tembusan: ['Ketua KPU Republik Indonesia'],
      },
    },
    id,
    now,
  );
  m.speakers = [
    {
      id: `${id}-s1`,
      name: 'Insan Qoriawan',
      jabatan: 'Plh. Ketua KPU Provinsi Jawa Timur dan Ketua Divisi Teknis',
      institution: 'provinsi',
      segment: 'pembukaan',
      points: [
        'Rakor membahas surat KPU RI Nomor 311 Tahun 2022 tentang Pelaksanaan Perjanjian Kerja Sama dan persiapan sosialisasi pendidikan pemilih.',
        'Tahapan sosialisasi adalah tahapan terpanjang Pemilu 2024, sejak 14 Juni 2022 hingga pengucapan sumpah/janji.',
        'Divisi Parmas agar menyampaikan informasi yang sebenarnya kepada seluruh lapisan masyarakat.',
      ],
      startedAt: '',
      endedAt: '',
      unitCode: '',
    },
    {
      id: `${id}-s2`,
      name: 'Rochani',
      jabatan: 'Ketua Divisi SDM dan Litbang KPU Provinsi Jawa Timur',
      institution: 'provinsi',
      segment: 'pengarahan',
      points: [
        'Tugas divisi Sosdiklih, Parmas dan SDM meliputi koordinasi, penyelenggaraan, pengendalian, supervisi dan evaluasi partisipasi masyarakat.',
        'Mulai sekarang bekerja sama dengan divisi hukum merumuskan draf naskah kerja sama dengan lembaga lain.',
      ],
      startedAt: '',
      endedAt: '',
      unitCode: '',
    },
    {
      id: `${id}-s3`,
      name: 'Gogot Cahyo Baskoro',
      jabatan: 'Komisioner Divisi Sosdiklih Parmas KPU Provinsi Jawa Timur',
      institution: 'provinsi',
      segment: 'penutup',
      points: [
        'Evaluasi penulisan berita website KPU Kabupaten/Kota.',
        'Evaluasi penggunaan akun TikTok.',
        'Ketentuan pelaksanaan surat KPU RI Nomor 311 Tahun 2022.',
      ],
      startedAt: '',
      endedAt: '',
      unitCode: '',
    },
  ];
  m.attendance = {
    '3504': {
      cells: Object.fromEntries(
        DEFAULT_ROLE_IDS.map((r) => [
          r,
          { status: 'hadir' as const, name: '', joinTime: '', durationMinutes: null, source: 'manual' as const, importKey: '', personId: '' },
        ]),
      ),
      note: '',
    },
  };
  m.minutes = {
    ...m.minutes,
    actualStart: '09:00',
    actualEnd: '11:35',
    conclusions: [
      'KPU Kabupaten/Kota menyiapkan draf naskah perjanjian kerja sama bersama divisi hukum.',
      'Berita website dan akun TikTok KPU Kabupaten/Kota dievaluasi secara berkala oleh Divisi Parmas.',
    ],
    followUps: [
      {
        id: `${id}-f1`,
        action: 'Menyusun draf naskah kerja sama dengan lembaga lain',
        responsible: 'Divisi Parmas KPU Kabupaten/Kota',
        assignees: ['semua'],
        dueDate: '2022-06-30',
        status: 'belum',
      },
    ],
  };
  return m;
}
