// Handlers of Settings beyond get/save: the letterhead logo. The bytes decide the type, not
// the file name, so a renamed file cannot end up in every letter.
import type { settingsContract } from '../../shared/contract/settings';
import { LOGO_MAX_BYTES } from '../../shared/contract/settings';
import { AppError } from '../../shared/errors';
import type { HandlerMap } from './types';

type SettingsMethods = keyof typeof settingsContract;

/** "image/png" or "image/jpeg" from the first bytes, or null. */
export function imageTypeOf(bytes: Uint8Array): 'image/png' | 'image/jpeg' | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

export const settingsHandlers: HandlerMap<SettingsMethods> = {
  async 'settings/set-logo'(input, deps) {
    const bytes = Buffer.from(input.base64, 'base64');
    if (bytes.length > LOGO_MAX_BYTES) {
      const mb = (bytes.length / (1024 * 1024)).toFixed(1).replace('.', ',');
      throw new AppError('logo_too_big', `Logo "${input.fileName}" berukuran ${mb} MB; maksimal 1 MB. Perkecil gambarnya lalu pilih lagi.`);
    }
    const type = imageTypeOf(bytes);
    if (!type) {
      throw new AppError('logo_type', `"${input.fileName}" bukan gambar PNG atau JPEG. Simpan logo sebagai .png atau .jpg lalu pilih lagi.`);
    }
    const current = deps.store.getSettings();
    const next = { ...current, organisation: { ...current.organisation, logoDataUrl: `data:${type};base64,${bytes.toString('base64')}` } };
    deps.store.saveSettings(next);
    return next;
  },
  async 'settings/remove-logo'(_input, deps) {
    const current = deps.store.getSettings();
    const next = { ...current, organisation: { ...current.organisation, logoDataUrl: '' } };
    deps.store.saveSettings(next);
    return next;
  },
};
