// Handlers of the foundation: app info, meetings, settings, roster storage, saving files.
import type { coreContract } from '../../shared/contract/core';
import { MeetingSchema, newMeeting, setupOf, type Meeting } from '../../shared/domain/meeting';
import { migrate } from '../../shared/domain/migrations';
import { demoMeeting } from '../../shared/domain/demo';
import { utcToZoned } from '../../shared/domain/datetime';
import { AppError, errors } from '../../shared/errors';
import type { HandlerDeps, HandlerMap } from './types';
import { isSafeExternalUrl } from '../security/url-guard';
import { storageReason } from '../storage/data-store';

type CoreMethods = keyof typeof coreContract;

function nowIso(deps: HandlerDeps): string {
  return deps.clock().toISOString();
}

/** Load a meeting that is not in the bin. */
export function activeMeeting(deps: HandlerDeps, id: string): Meeting {
  const m = deps.store.getMeeting(id);
  if (m.deletedAt) throw errors.notFound('Rapat');
  return m;
}

export const coreHandlers: HandlerMap<CoreMethods> = {
  async 'app/info'(_input, deps) {
    return {
      version: deps.version,
      transport: deps.transport,
      dataDir: deps.store.root,
      today: utcToZoned(deps.clock(), deps.store.getSettings().defaultTimeZone).date,
      damaged: [...deps.store.damaged],
      readOnly: deps.store.readOnly ? storageReason(deps.store.readOnly) : null,
    };
  },
  async 'app/dismiss-damaged'(_input, deps) {
    deps.store.dismissDamaged();
    return { ok: true };
  },

  async 'meetings/list'(input, deps) {
    const all = deps.store.listMeetings();
    const meetings = input.includeDeleted ? all : all.filter((m) => !m.deletedAt);
    meetings.sort((a, b) => (a.date === b.date ? a.startTime.localeCompare(b.startTime) : a.date.localeCompare(b.date)));
    return { meetings, damaged: [...deps.store.damaged] };
  },
  async 'meetings/get'(input, deps) {
    return deps.store.getMeeting(input.id);
  },
  async 'meetings/create'(input, deps) {
    const m = newMeeting(input, deps.newId(), nowIso(deps));
    deps.store.saveMeeting(m);
    return m;
  },
  async 'meetings/update-setup'(input, deps) {
    const current = activeMeeting(deps, input.id);
    if (current.minutes.status === 'final') throw errors.locked();
    const next: Meeting = { ...current, ...input.setup, updatedAt: nowIso(deps) };
    deps.store.saveMeeting(next);
    return next;
  },
  async 'meetings/save'(input, deps) {
    const current = activeMeeting(deps, input.meeting.id);
    const incoming = input.meeting;
    // A final record changes only through an explicit unlock (status back to draft).
    if (current.minutes.status === 'final' && incoming.minutes.status === 'final') {
      const strip = (m: Meeting) => JSON.stringify({ ...m, updatedAt: '' });
      if (strip(current) !== strip(incoming)) throw errors.locked();
      return current;
    }
    if (input.baseUpdatedAt !== undefined && input.baseUpdatedAt !== current.updatedAt) throw errors.conflict();
    const next: Meeting = { ...incoming, createdAt: current.createdAt, deletedAt: current.deletedAt, updatedAt: nowIso(deps) };
    deps.store.saveMeeting(next);
    return next;
  },
  async 'meetings/duplicate'(input, deps) {
    const source = deps.store.getMeeting(input.id);
    const m = newMeeting({ ...setupOf(source), date: input.date }, deps.newId(), nowIso(deps));
    deps.store.saveMeeting(m);
    return m;
  },
  async 'meetings/delete'(input, deps) {
    const m = activeMeeting(deps, input.id);
    deps.store.saveMeeting({ ...m, deletedAt: nowIso(deps) });
    return { ok: true };
  },
  async 'meetings/restore'(input, deps) {
    const m = deps.store.getMeeting(input.id);
    const restored = { ...m, deletedAt: '' };
    deps.store.saveMeeting(restored);
    return restored;
  },
  async 'meetings/purge'(input, deps) {
    const m = deps.store.getMeeting(input.id);
    if (!m.deletedAt) throw errors.invalidInput(['Hanya rapat di Sampah yang dapat dihapus permanen.']);
    deps.store.purgeMeeting(input.id);
    return { ok: true };
  },
  async 'meetings/import-copy'(input, deps) {
    const bad = (why: string) => new AppError('bad_copy', `Berkas ini bukan salinan rapat Rakor yang utuh (${why}). Tidak ada yang diubah.`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(input.text);
    } catch {
      throw bad('bukan JSON');
    }
    if (!parsed || typeof parsed !== 'object') throw bad('isi kosong');
    let envelope: Record<string, unknown>;
    try {
      envelope = migrate('meeting', parsed as Record<string, unknown>).envelope;
    } catch {
      throw bad('versi tidak dikenal');
    }
    const result = MeetingSchema.safeParse(envelope.meeting);
    if (!result.success) throw bad(result.error.issues[0]?.path.join('.') || 'isi tidak sesuai');
    // A copy never replaces what is stored: if the meeting is still there, it comes in beside it.
    const m = deps.store.hasMeeting(result.data.id) ? { ...result.data, id: deps.newId() } : result.data;
    const saved = { ...m, deletedAt: '', updatedAt: nowIso(deps) };
    deps.store.saveMeeting(saved);
    return saved;
  },
  async 'meetings/load-demo'(_input, deps) {
    const m = demoMeeting(deps.newId(), nowIso(deps), deps.store.getSettings());
    deps.store.saveMeeting(m);
    return m;
  },

  async 'settings/get'(_input, deps) {
    return deps.store.getSettings();
  },
  async 'settings/save'(input, deps) {
    deps.store.saveSettings(input);
    return input;
  },

  async 'roster/get'(_input, deps) {
    return deps.store.getRoster();
  },
  async 'roster/save'(input, deps) {
    deps.store.saveRoster(input);
    return input;
  },

  async 'app/open-link'(input, deps) {
    if (!isSafeExternalUrl(input.url)) {
      throw errors.invalidInput(['Tautan hanya dapat dibuka bila diawali http:// atau https://.']);
    }
    if (!deps.openExternal) return { opened: false, openInBrowserTab: true };
    // security-reviewed: open-external-injected
    return { opened: await deps.openExternal(input.url), openInBrowserTab: false };
  },

  async 'files/save'(input, deps) {
    if (!deps.saveFileAs) return { savedTo: null, download: true };
    const bytes = Uint8Array.from(Buffer.from(input.base64, 'base64'));
    const savedTo = await deps.saveFileAs(input.fileName, bytes);
    return { savedTo, download: false };
  },
};
