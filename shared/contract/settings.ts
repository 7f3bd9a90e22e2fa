// Contract methods of Settings beyond get/save: the letterhead logo, checked on the Node side
// (real PNG or JPEG bytes, at most 1 MB) before it is stored as a data URL.
import { z } from 'zod';
import { method, empty } from './define';
import { LOGO_MAX_BYTES, type Settings } from '../domain/settings';

export { LOGO_MAX_BYTES };

export const settingsContract = {
  'settings/set-logo': method<z.ZodObject<{ fileName: z.ZodString; base64: z.ZodString }>, Settings>(
    z.object({
      fileName: z.string().max(255),
      // 1 MB as base64, with room to give the size message rather than a schema error.
      base64: z.string().min(1, 'File logo kosong.').max(8_000_000, 'File logo terlalu besar (maks. 1 MB).'),
    }),
  ),
  'settings/remove-logo': method<typeof empty, Settings>(empty),
} as const;
