// Handlers of Settings beyond get/save: the letterhead logo. The bytes decide the type, not
// the file name, so a renamed file cannot end up in every letter; the rule is the one
// settings/save applies too (shared/domain/settings.ts).
import type { settingsContract } from '../../shared/contract/settings';
import { logoBytesProblem, logoImageType, LOGO_MAX_BYTES } from '../../shared/domain/settings';
import { AppError } from '../../shared/errors';
import type { HandlerMap } from './types';
import { decodeBase64, encodeBase64 } from '../../shared/text/base64';

type SettingsMethods = keyof typeof settingsContract;

export const settingsHandlers: HandlerMap<SettingsMethods> = {
  async 'settings/set-logo'(input, deps) {
    const bytes = decodeBase64(input.base64) ?? new Uint8Array();
    const problem = logoBytesProblem(bytes, input.fileName);
    const type = logoImageType(bytes);
    if (problem || !type) throw new AppError(bytes.length > LOGO_MAX_BYTES ? 'logo_too_big' : 'logo_type', problem ?? '');
    const current = deps.store.getSettings();
    const next = { ...current, organisation: { ...current.organisation, logoDataUrl: `data:${type};base64,${encodeBase64(bytes)}` } };
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
