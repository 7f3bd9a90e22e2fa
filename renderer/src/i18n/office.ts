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
  },
  placeholders: {
    chair: { name: 'Nama yang memimpin rapat', jabatan: 'mis. Plh. Ketua KPU Provinsi Jawa Timur' },
    notetaker: { name: 'Nama staf yang mencatat', jabatan: 'mis. Staf Subbagian Teknis dan Hupmas' },
  },
  refused: {
    badge: (n: number) => (n === 1 ? '1 isian ditolak, belum tersimpan' : `${n} isian ditolak, belum tersimpan`),
    explain: 'Isian berikut ditolak dan belum disimpan. Perbaiki di kolomnya (teksnya masih ada), atau tekan Esc di kolom itu untuk membatalkan.',
  },
};
