// Contract methods of what follows a rakor: the news item (berita) for the host's and every
// unit's website, the activity report (laporan kegiatan) as DOCX, and its documentation photos.
import { z } from 'zod';
import { method, idInput, idString, type FileResult } from './define';
import type { PhotoInfo } from '../domain/photos';
import { PHOTO_CAPTION_MAX, PHOTO_MAX_BYTES } from '../domain/photos';

/** "" is the host's own item; otherwise an invited unit's code. */
const unitCodeInput = z.string().max(10);

export interface NewsDraftView {
  unitCode: string;
  author: string;
  title: string;
  /** The whole item as plain text, as the .txt holds it and the copy button copies it. */
  text: string;
}

export const reportsContract = {
  /** Every draft: the host's own first, then one per invited unit. */
  'news/drafts': method<typeof idInput, NewsDraftView[]>(idInput),
  /** One draft as .docx or .txt. */
  'news/export': method<z.ZodObject<{ id: typeof idString; unitCode: typeof unitCodeInput; format: z.ZodEnum<{ docx: 'docx'; txt: 'txt' }> }>, FileResult>(
    z.object({ id: idString, unitCode: unitCodeInput, format: z.enum(['docx', 'txt']) }).strict(),
  ),
  /** Every draft as .docx and .txt in one .zip. */
  'news/export-all': method<typeof idInput, FileResult>(idInput),
  /** The laporan kegiatan with its attachments, as DOCX. */
  'report/export-docx': method<typeof idInput, FileResult>(idInput),
  /** The documentation photos of a meeting, without their bytes. */
  'report/photos': method<typeof idInput, PhotoInfo[]>(idInput),
  /** Add a photo (PNG or JPEG by its bytes); returns the new list. */
  /** One photo's image, for its thumbnail on the screen. */
  'report/photo-image': method<z.ZodObject<{ id: typeof idString; photoId: typeof idString }>, { type: string; base64: string }>(
    z.object({ id: idString, photoId: idString }).strict(),
  ),
  'report/add-photo': method<z.ZodObject<{ id: typeof idString; fileName: z.ZodString; base64: z.ZodString; caption: z.ZodString }>, PhotoInfo[]>(
    z
      .object({
        id: idString,
        fileName: z.string().max(300),
        base64: z.string().max(Math.ceil((PHOTO_MAX_BYTES * 2) / 3) * 4, 'Foto terlalu besar (maks. 2 MB).'),
        caption: z.string().max(PHOTO_CAPTION_MAX, `Keterangan foto terlalu panjang (maks. ${PHOTO_CAPTION_MAX} karakter).`),
      })
      .strict(),
  ),
  'report/set-caption': method<z.ZodObject<{ id: typeof idString; photoId: typeof idString; caption: z.ZodString }>, PhotoInfo[]>(
    z
      .object({
        id: idString,
        photoId: idString,
        caption: z.string().max(PHOTO_CAPTION_MAX, `Keterangan foto terlalu panjang (maks. ${PHOTO_CAPTION_MAX} karakter).`),
      })
      .strict(),
  ),
  'report/remove-photo': method<z.ZodObject<{ id: typeof idString; photoId: typeof idString }>, PhotoInfo[]>(
    z.object({ id: idString, photoId: idString }).strict(),
  ),
} as const;
