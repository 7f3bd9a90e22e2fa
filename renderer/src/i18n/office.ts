// Words of the parts that fit Rakor to the office: Indonesian date and time fields, the
// first-start screen, e-mail drafts and WhatsApp links, and the laptop-screen layout.
export const office = {
  dates: {
    datePlaceholder: 'hh/bb/tttt',
    timePlaceholder: 'jj.mm',
    badDate: 'Tanggal tidak dikenali. Tulis hari/bulan/tahun, misalnya 25/05/2022.',
    badTime: 'Jam tidak dikenali. Tulis jam 24 jam dengan titik, misalnya 09.00 atau 13.30.',
    previousMonth: 'Bulan sebelumnya',
    nextMonth: 'Bulan berikutnya',
    clear: 'Bersihkan tanggal',
  },
  placeholders: {
    chair: { name: 'Nama yang memimpin rapat', jabatan: 'mis. Plh. Ketua KPU Provinsi Jawa Timur' },
    notetaker: { name: 'Nama staf yang mencatat', jabatan: 'mis. Staf Subbagian Teknis dan Hupmas' },
  },
  firstRun: {
    title: 'Selamat datang di Rakor: data organisasi untuk dokumen',
    intro:
      'Isian ini tercetak di kop surat undangan, daftar hadir, notulen dan undangan kalender. Isi sekarang atau lewati; semuanya dapat diubah kapan saja di Pengaturan. Rapat contoh tetap dapat dimuat di bawah.',
    addressHint: 'Alamat kantor, mis. nama jalan, nomor, kota dan kode pos',
    signatoryHint: 'Penanda tangan bawaan surat (jabatan lengkap)',
    organizerHint: 'Pengirim undangan kalender (.ics)',
    logoPick: 'Pilih logo (PNG/JPEG)…',
    logoChange: 'Ganti logo…',
    logoAlt: 'Logo kop surat',
    later: 'Semua isian dapat diubah nanti di Pengaturan.',
    skip: 'Lewati',
    save: 'Simpan data organisasi',
    saved: 'Data organisasi disimpan.',
    skipped: 'Dilewati. Data organisasi dapat diisi di Pengaturan.',
  },
  send: {
    wa: 'Kirim WhatsApp',
    waAria: (who: string, unit: string) => `Kirim undangan lewat WhatsApp ke ${who}, ${unit}`,
    emlTip: (unit: string) => `Draf email untuk ${unit} (.eml): dibuka Outlook atau Thunderbird siap dikirim, dengan surat dan kalender terlampir.`,
    emlAria: (unit: string) => `Unduh .eml (draf email) ${unit}`,
    mailto: 'email',
    mailtoAria: (unit: string) => `Buka program email untuk ${unit} (tanpa lampiran)`,
    askSent: (unit: string) => `Undangan untuk ${unit} sudah dikirim?`,
    markNow: 'Tandai terkirim',
  },
  refused: {
    badge: (n: number) => (n === 1 ? '1 isian ditolak, belum tersimpan' : `${n} isian ditolak, belum tersimpan`),
    explain: 'Isian berikut ditolak dan belum disimpan. Perbaiki di kolomnya (teksnya masih ada), atau tekan Esc di kolom itu untuk membatalkan.',
  },
};
