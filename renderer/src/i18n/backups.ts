// Words of the backup section in Pengaturan.
export const backups = {
  title: 'Cadangan data',
  intro:
    'Rakor menyalin seluruh folder data secara otomatis setiap kali dibuka (paling sering sekali sehari); 10 salinan terakhir disimpan. Untuk dibawa ke komputer lain atau disimpan di flashdisk, gunakan "Cadangkan ke file".',
  dataDir: 'Folder data',
  none: 'Belum ada cadangan. Cadangan pertama dibuat otomatis saat aplikasi dibuka berikutnya, atau buat sekarang.',
  createNow: 'Buat cadangan sekarang',
  created: 'Cadangan dibuat',
  toFile: 'Cadangkan ke file',
  fromFile: 'Pulihkan dari file…',
  restore: 'Pulihkan',
  restoreTitle: 'Pulihkan cadangan ini?',
  restoreBody:
    'Semua data saat ini (rapat, roster, pengaturan) diganti dengan isi cadangan. Keadaan sekarang lebih dulu disalin sebagai cadangan baru, jadi dapat dikembalikan.',
  restoreFileTitle: 'Pulihkan dari file cadangan?',
  restored: 'Data dipulihkan. Keadaan sebelumnya disimpan sebagai cadangan',
  files: 'berkas',
  reason: { otomatis: 'otomatis', manual: 'manual', sebelumpulih: 'sebelum pemulihan', arsip: 'arsip' } as Record<string, string>,
  when: 'Waktu',
  kind: 'Jenis',
  size: 'Ukuran',
  fileSaved: 'Arsip cadangan disimpan',
  tooBig: 'Berkas terlalu besar untuk arsip cadangan Rakor (maks. 60 MB).',
};
