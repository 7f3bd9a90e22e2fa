// Errors a handler raises on purpose, with the message the user reads (Bahasa Indonesia).

/** A broken rule of a record, by field, so a form can show the message next to the field. */
export interface FieldProblem {
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: string[] = [],
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const errors = {
  invalidInput: (details: string[]) => new AppError('invalid_input', 'Data yang dimasukkan belum benar.', details),
  /** A change that would break a rule of the meeting record; nothing was stored. */
  rules: (problems: FieldProblem[]) =>
    new AppError(
      'invalid_input',
      'Perubahan ditolak; tidak ada yang disimpan.',
      problems.map((p) => p.message),
      problems,
    ),
  unknownMethod: (name: string) => new AppError('unknown_method', `Perintah tidak dikenal: ${name}`),
  notFound: (what: string) => new AppError('not_found', `${what} tidak ditemukan.`),
  damaged: (what: string) => new AppError('damaged', `${what} rusak dan telah dipindahkan ke folder "rusak". Data lain tetap aman.`),
  storage: (detail: string) =>
    new AppError('storage', `Gagal menyimpan ke disk (${detail}). Perubahan masih ada di layar; simpan ulang setelah masalah diatasi.`),
  conflict: () =>
    new AppError(
      'conflict',
      'Rapat ini sudah diubah di tab atau jendela lain sejak dibuka di sini. Perubahan Anda masih ada di layar: simpan salinannya ke file, atau muat versi terbaru.',
    ),
  locked: () => new AppError('locked', 'Notulen sudah final dan terkunci. Buka kunci dahulu untuk mengubahnya.'),
  internal: () => new AppError('internal', 'Terjadi kesalahan di aplikasi. Data yang sudah tersimpan tetap aman.'),
};
