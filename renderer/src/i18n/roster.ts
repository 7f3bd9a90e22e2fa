// Words of the roster screens (Daftar Kontak): the list of units, a unit's page, roles, and
// the CSV import and export.
export const roster = {
  title: 'Roster',
  subtitle: 'Daftar kontak 38 KPU Kabupaten/Kota: siapa yang mengisi setiap peran.',
  summary: (complete: number, units: number, filled: number, total: number) =>
    `${complete} dari ${units} unit lengkap · ${filled} dari ${total} peran terisi`,
  search: 'Cari unit atau orang',
  searchPlaceholder: 'Kode, nama unit ("Kab. Malang", "Kota Batu"), nama orang, email atau nomor WA',
  searchHint: 'Enter membuka unit pertama yang cocok.',
  noMatch: (q: string) => `Tidak ada unit atau orang yang cocok dengan "${q}". Coba kata lain atau kosongkan pencarian.`,
  emptyTitle: 'Roster masih kosong',
  emptyBody:
    'Klik sebuah unit untuk mengisi nama, jabatan, email dan nomor WhatsApp per peran, atau impor daftar yang sudah ada dari Excel (CSV).',
  columns: { code: 'Kode', unit: 'Unit', complete: 'Kelengkapan', missing: 'Peran belum terisi' },
  completeAll: 'Lengkap',
  completeAria: (filled: number, total: number) => `${filled} dari ${total} peran terisi`,
  importCsv: 'Impor CSV / Excel',
  exportCsv: 'Ekspor CSV / Excel',
  exportXlsx: 'Excel (.xlsx)',
  exportComma: 'CSV (pemisah koma)',
  exportSemicolon: 'CSV untuk Excel Indonesia (pemisah titik koma)',
  exported: (where: string) => `Roster diekspor: ${where}`,
  manageRoles: 'Kelola peran',

  unit: {
    back: 'Semua unit',
    prev: 'Unit sebelumnya',
    next: 'Unit berikutnya',
    // Names of the ← 3503 / 3505 → links: they begin with what the link shows.
    prevLink: (code: string, name: string) => `${code}: unit sebelumnya, ${name}`,
    nextLink: (code: string, name: string) => `${code}: unit berikutnya, ${name}`,
    notFound: 'Unit ini tidak ada di roster.',
    hint: 'Ketik langsung di tabel. Tab pindah ke kolom berikutnya, Enter menyimpan dan turun ke baris berikutnya, Esc membatalkan isian yang belum disimpan.',
    role: 'Peran',
    empty: 'Belum diisi',
    addPerson: 'Tambah orang',
    addPersonFor: (role: string) => `Tambah orang untuk ${role}`,
    removePerson: (role: string, name: string) => `Hapus ${name || 'isian'} dari ${role}`,
    removed: 'Isian dihapus',
    undo: 'Urungkan',
  },
  fields: {
    name: 'Nama',
    jabatan: 'Jabatan',
    email: 'Email',
    phone: 'WhatsApp',
    notes: 'Catatan',
  } as Record<string, string>,
  placeholders: {
    name: 'Nama lengkap dan gelar',
    jabatan: 'Seperti tertulis di surat',
    email: 'nama@kpu.go.id',
    phone: '0812-3456-7890',
    notes: '',
  } as Record<string, string>,
  status: {
    saved: 'Semua perubahan tersimpan',
    pending: 'Menyimpan…',
    error: 'Belum tersimpan',
    retry: 'Simpan ulang',
  },

  roles: {
    title: 'Peran yang diundang dari setiap unit',
    body: 'Tiga peran bawaan rakor Parmas, dan peran lain (mis. Divisi Hukum, Sekretaris) yang dapat dipilih saat menyiapkan rapat.',
    label: 'Nama peran (seperti di surat)',
    short: 'Nama singkat (judul kolom)',
    keywords: 'Kata kunci di nama Zoom, pisahkan dengan koma',
    add: 'Tambah peran',
    added: (name: string) => `Peran "${name}" ditambahkan`,
    remove: (name: string) => `Hapus peran ${name}`,
    removed: (name: string) => `Peran "${name}" dihapus`,
    moveUp: (name: string) => `Naikkan ${name}`,
    moveDown: (name: string) => `Turunkan ${name}`,
    newTitle: 'Peran baru',
  },

  import: {
    title: 'Impor roster dari CSV atau Excel',
    file: 'File roster (.csv atau .xlsx)',
    filePlaceholder: 'Pilih file .csv atau .xlsx…',
    columnsHelp:
      'Baris pertama berisi judul kolom: kode_wilayah, unit, peran, nama, jabatan, email, whatsapp, catatan. Untuk .xlsx dibaca lembar pertama. Pemisah CSV koma atau titik koma; unit boleh ditulis dengan kode atau nama ("Kab. Malang", "Kota Malang").',
    reading: 'Membaca file…',
    readAs: (encoding: string, delimiter: string | null) => (delimiter ? `Terbaca sebagai ${encoding}, pemisah ${delimiter}.` : `Terbaca sebagai ${encoding}.`),
    delimiterName: { ',': 'koma', ';': 'titik koma', '\t': 'tab' } as Record<string, string>,
    counts: { baru: 'baru', ubah: 'diubah', sama: 'tidak berubah', salah: 'salah' } as Record<string, string>,
    columns: { line: 'Baris', status: 'Status', unit: 'Unit', role: 'Peran', name: 'Nama', detail: 'Perubahan / kesalahan' },
    badRowsNote: (n: number) =>
      `${n} baris salah tidak akan diimpor. Perbaiki di file lalu impor lagi; baris yang benar tetap dapat diterapkan sekarang.`,
    apply: (n: number) => `Terapkan ${n} baris`,
    nothingToApply: 'Tidak ada perubahan untuk diterapkan',
    applied: (added: number, updated: number, skipped: number) =>
      `${added} orang ditambahkan, ${updated} diubah${skipped ? `, ${skipped} baris salah dilewati` : ''}.`,
    rawRow: 'Isi baris',
    change: (field: string, from: string, to: string) => `${field}: ${from || '(kosong)'} → ${to || '(kosong)'}`,
  },
};
