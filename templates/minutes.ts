// Default wording of the minutes (notulen rapat): headings and the sentences around the
// recorded facts. A user may reword them in Settings; the structure stays fixed.
import type { TemplateDef } from './index';

export const MINUTES_TEMPLATES: TemplateDef[] = [
  {
    key: 'minutes.title',
    label: 'Notulen: judul',
    text: 'NOTULEN RAPAT',
    placeholders: { acara: 'Nama rapat' },
  },
  {
    key: 'minutes.participants',
    label: 'Notulen: baris Peserta',
    text: '{unit_hadir} dari {unit_diundang} {satuan} hadir ({orang_hadir} orang)',
    placeholders: {
      unit_hadir: 'Jumlah KPU Kabupaten/Kota yang hadir (minimal satu peran hadir atau terlambat)',
      unit_diundang: 'Jumlah KPU Kabupaten/Kota yang diundang',
      orang_hadir: 'Jumlah orang yang hadir dari KPU Kabupaten/Kota',
      peran: 'Peran yang diundang dalam kalimat',
      satuan: 'Sebutan satuan kerja menurut Pengaturan, mis. "KPU Kabupaten/Kota", "KPU Provinsi" atau "PPK"',
    },
  },
  {
    key: 'minutes.opening',
    label: 'Notulen: kalimat pembuka Jalannya Rapat',
    text: 'Rapat dibuka pukul {waktu_buka} oleh {pimpinan}.',
    placeholders: {
      waktu_buka: 'Jam mulai rapat, mis. "09.05 WIB"',
      pimpinan: 'Nama dan jabatan pimpinan rapat',
      acara: 'Nama rapat',
    },
  },
  {
    key: 'minutes.closing',
    label: 'Notulen: kalimat penutup',
    text: 'Rapat ditutup pukul {waktu_tutup}.',
    placeholders: { waktu_tutup: 'Jam selesai rapat, mis. "11.38 WIB"', acara: 'Nama rapat' },
  },
  {
    key: 'minutes.draft-mark',
    label: 'Notulen: tanda draf di kepala halaman',
    text: 'DRAF — belum final{dicetak}',
    placeholders: {
      dicetak: 'Waktu dokumen dibuat, diawali spasi, mis. " (dicetak Rabu, 25 Mei 2022 pukul 12.10 WIB)"; kosong bila tidak diketahui',
    },
  },
  {
    key: 'minutes.attendance-title',
    label: 'Notulen: judul lampiran daftar hadir',
    text: 'DAFTAR HADIR',
    placeholders: { acara: 'Nama rapat', hari_tanggal: 'Hari dan tanggal rapat, mis. "Rabu, 25 Mei 2022"' },
  },
];
