// Words of the invitation letter's print view.
export const letter = {
  sheetAll: 'Surat undangan',
  sheet: (addressee: string) => `Surat undangan untuk ${addressee}`,
  attachment: 'Lampiran surat undangan',
  back: 'Kembali ke undangan',
  print: 'Cetak / Simpan PDF',
  printView: 'Cetak / PDF',
  printViewAll: 'Cetak / PDF surat (satu untuk semua)',
  printViewPerUnit: 'Cetak / PDF surat (per KPU)',
  /** Browser mode: the continuation numbers are @page margin boxes, which not every browser prints. */
  pageNumbersWeb: 'Nomor halaman "- 2 -" tercetak di Chrome atau Edge versi 131 ke atas (Margin: Default); browser lain mencetak tanpa nomor.',
  noUnits: (units: string) => `Belum ada ${units} yang diundang.`,
};
