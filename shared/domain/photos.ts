// Documentation photos (foto dokumentasi) of a meeting, attached to its laporan kegiatan:
// screenshots of the online meeting, with captions. They are checked by their bytes, never by
// a file name or a label, and kept in a store file of their own beside the meeting's.
import { z } from 'zod';
import { logoImageType } from './settings';

/** Per photo; ten of them still fit one archive entry (base64 grows them by a third). */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;
export const PHOTO_MAX_COUNT = 10;
export const PHOTO_CAPTION_MAX = 300;

export const PhotoSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,60}$/),
  caption: z.string().max(PHOTO_CAPTION_MAX),
  type: z.enum(['image/png', 'image/jpeg']),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  addedAt: z.string().max(40),
  /** The image itself, base64. */
  base64: z.string().max(Math.ceil(PHOTO_MAX_BYTES / 3) * 4 + 4),
});
export type Photo = z.infer<typeof PhotoSchema>;
export const PhotoListSchema = z.array(PhotoSchema).max(PHOTO_MAX_COUNT);

/** What the screen lists: a photo without its bytes. */
export type PhotoInfo = Omit<Photo, 'base64'> & { bytes: number };

export function photoInfo(p: Photo): PhotoInfo {
  const { base64, ...rest } = p;
  const pad = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return { ...rest, bytes: (base64.length / 4) * 3 - pad };
}

function sizeInWords(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

/**
 * Why these bytes cannot be added as a photo, in the words the user reads; null when they can.
 * `size` is what the image's header says (null when it cannot be read: a broken file).
 */
export function photoProblem(bytes: Uint8Array, fileName: string, size: { width: number; height: number } | null, count: number): string | null {
  const name = fileName.trim() || 'berkas';
  if (count >= PHOTO_MAX_COUNT) return `Sudah ada ${PHOTO_MAX_COUNT} foto dokumentasi, batas untuk satu rapat. Hapus salah satu sebelum menambah "${name}".`;
  if (bytes.length === 0) return `"${name}" kosong. Pilih berkas gambar PNG atau JPEG.`;
  if (bytes.length > PHOTO_MAX_BYTES)
    return `Foto "${name}" berukuran ${sizeInWords(bytes.length)}; maksimal ${sizeInWords(PHOTO_MAX_BYTES)}. Perkecil atau potong gambarnya lalu tambahkan lagi.`;
  if (!logoImageType(bytes)) return `"${name}" bukan gambar PNG atau JPEG. Simpan tangkapan layar sebagai .png atau .jpg lalu tambahkan lagi.`;
  if (!size) return `Gambar "${name}" rusak atau tidak lengkap, ukurannya tidak dapat dibaca. Simpan ulang gambarnya lalu tambahkan lagi.`;
  return null;
}
