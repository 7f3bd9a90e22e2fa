// Default wording of the news item (berita) each unit and the secretariat post on their
// websites after a rakor, and of the activity report (laporan kegiatan). A user may reword
// them in Settings; which paragraphs there are (lead, one per speaker, closing) stays fixed.
import type { TemplateDef } from './index';

const COMMON = {
  acara: 'Nama rapat',
  hari_tanggal: 'Hari dan tanggal rapat, mis. "Rabu, 25 Mei 2022"',
  penyelenggara: 'Penyelenggara rapat, mis. "KPU Provinsi Jawa Timur"',
  cara: 'Cara rapat diadakan, mis. "daring melalui aplikasi Zoom"',
  provinsi: 'Wilayah, mis. "Jawa Timur", "Indonesia" (KPU RI) atau "Kabupaten Tulungagung"',
  satuan: 'Sebutan satuan kerja menurut Pengaturan, mis. "KPU Kabupaten/Kota", "KPU Provinsi" atau "PPK"',
};

export const NEWS_TEMPLATES: TemplateDef[] = [
  {
    key: 'news.title.own',
    label: 'Berita: judul (penyelenggara)',
    text: '{penyelenggara} Gelar {acara}',
    placeholders: { ...COMMON },
  },
  {
    key: 'news.title.unit',
    label: 'Berita: judul (KPU Kabupaten/Kota)',
    text: '{unit} Ikuti {acara}',
    placeholders: { ...COMMON, unit: 'Nama KPU Kabupaten/Kota, mis. "KPU Kabupaten Tulungagung"' },
  },
  {
    key: 'news.dateline',
    label: 'Berita: awal berita (tempat dan laman)',
    text: '{kota}, {laman} -',
    placeholders: {
      kota: 'Kota penulis berita, mis. "Surabaya" (dari Pengaturan) atau nama kabupaten/kota',
      laman: 'Laman penulis berita, mis. "jatim.kpu.go.id"; kosong bila tidak diketahui',
    },
  },
  {
    key: 'news.lead.own',
    label: 'Berita: paragraf pembuka (penyelenggara)',
    text: '{awal} {penyelenggara} menyelenggarakan {acara} secara {cara} pada {hari_tanggal}. Rapat ini diikuti oleh {peserta} dari {unit_hadir} {satuan} se-{provinsi}. Rapat dibuka secara langsung oleh {pembuka}.',
    placeholders: {
      ...COMMON,
      awal: 'Awal berita (templat "Berita: awal berita"), mis. "Surabaya, jatim.kpu.go.id -"',
      peserta: 'Peran yang diikutsertakan, mis. "Divisi Parmas, Kasubag Tekmas, dan Operator Media Sosial"',
      unit_hadir: 'Jumlah KPU Kabupaten/Kota yang hadir, mis. "38"',
      pembuka: 'Pembuka rapat dengan jabatannya, mis. "Plh. Ketua KPU Provinsi Jawa Timur, Insan Qoriawan"',
    },
  },
  {
    key: 'news.lead.unit',
    label: 'Berita: paragraf pembuka (KPU Kabupaten/Kota)',
    text: '{awal} {hari_tanggal}, {peserta_unit} bersama dengan {satuan} se-{provinsi} mengikuti {acara} yang diselenggarakan oleh {penyelenggara} secara {cara}. Rapat dibuka secara langsung oleh {pembuka}.',
    placeholders: {
      ...COMMON,
      awal: 'Awal berita (templat "Berita: awal berita"), mis. "Tulungagung -"',
      unit: 'Nama KPU Kabupaten/Kota, mis. "KPU Kabupaten Tulungagung"',
      peserta_unit:
        'Yang hadir dari KPU Kabupaten/Kota itu, mis. "Divisi Parmas (Nama), Kasubag Tekmas (Nama), dan Operator Media Sosial (Nama) pada KPU Kabupaten Tulungagung"',
      pembuka: 'Pembuka rapat dengan jabatannya, mis. "Plh. Ketua KPU Provinsi Jawa Timur, Insan Qoriawan"',
    },
  },
  {
    key: 'news.speaker',
    label: 'Berita: paragraf tiap pembicara',
    text: 'Pada sesi {sesi}, {pembicara} menyampaikan {poin}.',
    placeholders: {
      ...COMMON,
      sesi: 'Bagian rapat, mis. "pembukaan", "pengarahan", "tanya jawab", "penutup"',
      pembicara: 'Nama dan jabatan pembicara, mis. "Rochani, Ketua Divisi SDM dan Litbang KPU Provinsi Jawa Timur"',
      nama: 'Nama pembicara saja',
      poin: 'Pokok-pokok yang disampaikan, digabung dalam satu kalimat',
    },
  },
  {
    key: 'news.speaker.no-points',
    label: 'Berita: paragraf pembicara tanpa catatan poin',
    text: 'Pada sesi {sesi}, {pembicara} turut memberikan arahan kepada peserta.',
    placeholders: {
      ...COMMON,
      sesi: 'Bagian rapat, mis. "pengarahan"',
      pembicara: 'Nama dan jabatan pembicara',
      nama: 'Nama pembicara saja',
    },
  },
  {
    key: 'news.closing',
    label: 'Berita: paragraf penutup',
    text: '{kesimpulan}Rapat koordinasi ditutup pukul {waktu_tutup}. Melalui rapat ini, jajaran {satuan} se-{provinsi} diharapkan semakin siap menjalankan tugasnya dan menyampaikan informasi yang benar kepada masyarakat.',
    placeholders: {
      ...COMMON,
      waktu_tutup: 'Jam selesai rapat, mis. "11.38 WIB"',
      kesimpulan: 'Kalimat kesimpulan rapat diikuti spasi, mis. "Rapat menyepakati ... . "; kosong bila tidak ada kesimpulan',
    },
  },
  {
    key: 'report.title',
    label: 'Laporan kegiatan: judul',
    text: 'LAPORAN KEGIATAN',
    placeholders: { acara: 'Nama rapat' },
  },
  {
    key: 'report.purpose',
    label: 'Laporan kegiatan: maksud dan tujuan',
    text: 'Kegiatan {acara} dimaksudkan sebagai sarana koordinasi antara {penyelenggara} dengan {unit_diundang}, dengan tujuan menyamakan pemahaman dan langkah dalam melaksanakan {agenda}.',
    placeholders: {
      ...COMMON,
      unit_diundang: 'KPU Kabupaten/Kota yang diundang, mis. "KPU Kabupaten/Kota se-Jawa Timur"',
      agenda: 'Acara rapat dalam satu kalimat',
    },
  },
  {
    key: 'report.closing',
    label: 'Laporan kegiatan: penutup',
    text: 'Demikian laporan kegiatan {acara} ini dibuat untuk dipergunakan sebagaimana mestinya.',
    placeholders: { ...COMMON },
  },
];
