// Default wording of the invitation letter (surat undangan). The layout (kop, Nomor/Hal
// block, signature) is fixed by the builder; these are the sentences a user may reword.
import type { TemplateDef } from './index';

const COMMON = {
  acara: 'Nama rapat, mis. "Rapat Koordinasi Persiapan Sosialisasi dan Pendidikan Pemilih Pemilu Tahun 2024"',
  tanggal: 'Tanggal rapat, mis. "25 Mei 2022"',
  hari_tanggal: 'Hari dan tanggal rapat, mis. "Rabu, 25 Mei 2022"',
  waktu: 'Waktu rapat, mis. "09.00 WIB s.d. selesai"',
  moda: '"daring", "luring" atau "daring dan luring"',
  penyelenggara: 'Nama penyelenggara dari Pengaturan, mis. "KPU Provinsi Jawa Timur"',
  provinsi: 'Wilayah dari Pengaturan, mis. "Jawa Timur", "Indonesia" (KPU RI) atau "Kabupaten Tulungagung"',
  satuan: 'Sebutan satuan kerja yang diundang, mis. "KPU Kabupaten/Kota", "KPU Provinsi" atau "PPK"',
  sapaan: 'Sapaan kepada penerima dari Pengaturan: "Saudara" atau "Bapak/Ibu"',
} satisfies Record<string, string>;

export const LETTER_TEMPLATES: TemplateDef[] = [
  {
    key: 'letter.addressee.all',
    label: 'Surat undangan: tujuan surat (satu surat untuk semua)',
    text: 'Ketua {satuan} se-{provinsi}',
    placeholders: { provinsi: COMMON.provinsi, satuan: COMMON.satuan },
  },
  {
    key: 'letter.addressee.unit',
    label: 'Surat undangan: tujuan surat (satu surat per satuan kerja)',
    text: 'Ketua {satuan_kerja}',
    placeholders: { satuan_kerja: 'Nama resmi KPU yang dituju, mis. "KPU Kabupaten Tulungagung"', provinsi: COMMON.provinsi },
  },
  {
    key: 'letter.opening',
    label: 'Surat undangan: kalimat pembuka',
    text:
      'Dalam rangka pelaksanaan {acara}{rujukan}, bersama ini kami mengundang {sapaan} untuk mengikuti rapat ' + 'yang akan dilaksanakan secara {moda} pada:',
    placeholders: {
      ...COMMON,
      rujukan: 'Dasar rapat bila ada, diawali spasi, mis. " serta menindaklanjuti surat KPU RI Nomor 311 Tahun 2022 tentang ..."; kosong bila tidak ada',
      dasar: 'Dasar rapat saja (tanpa kata penghubung), mis. "surat KPU RI Nomor 311 Tahun 2022 tentang ..."',
    },
  },
  {
    key: 'letter.attendees',
    label: 'Surat undangan: yang diminta hadir',
    text: 'Sehubungan dengan hal tersebut, kami mohon {sapaan} menugaskan {peserta} {satuan_kerja} untuk hadir tepat waktu.',
    placeholders: {
      ...COMMON,
      peserta: 'Peran yang diundang dalam kalimat, mis. "Anggota Divisi Parmas, Kasubag Tekmas, dan Operator Media Sosial"',
      satuan_kerja:
        '"pada KPU Kabupaten/Kota masing-masing" (sebutan satuan kerja menurut Pengaturan), atau "pada KPU Kabupaten Tulungagung" pada surat per satuan kerja',
    },
  },
  {
    key: 'letter.closing',
    label: 'Surat undangan: kalimat penutup',
    text: 'Demikian atas perhatian dan kehadiran {sapaan}, kami sampaikan terima kasih.',
    placeholders: { ...COMMON },
  },
  {
    key: 'letter.attachment-title',
    label: 'Surat undangan: judul lampiran daftar KPU yang diundang',
    text: 'DAFTAR {satuan_kapital} SE-{provinsi_kapital}',
    placeholders: {
      provinsi: COMMON.provinsi,
      provinsi_kapital: 'Wilayah dalam huruf kapital, mis. "JAWA TIMUR"',
      satuan: COMMON.satuan,
      satuan_kapital: 'Sebutan satuan kerja dalam huruf kapital, mis. "KPU KABUPATEN/KOTA"',
    },
  },
];
