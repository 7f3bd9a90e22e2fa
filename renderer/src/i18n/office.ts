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
};
