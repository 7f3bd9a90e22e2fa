// Handlers of the foundation: app info, meetings, settings, roster storage, saving files.
import type { coreContract } from '../../shared/contract/core';
import { MeetingSchema, newMeeting, setupOf } from '../../shared/domain/meeting';
import { migrate } from '../../shared/domain/migrations';
import { demoMeeting } from '../../shared/domain/demo';
import { utcToZoned } from '../../shared/domain/datetime';
import { AppError, errors } from '../../shared/errors';
import type { HandlerDeps, HandlerMap } from './types';
import { isSafeExternalLink } from '../security/url-guard';
import { storageReason } from '../storage/data-store';
import { activeMeeting, commitMeeting, meetingToChange } from './meeting-write';
import { checkMeetingRules, normalizeSetup } from '../../shared/domain/meeting-rules';
import { saveAs } from './file-result';

type CoreMethods = keyof typeof coreContract;

function nowIso(deps: HandlerDeps): string {
  return deps.clock().toISOString();
}

export { activeMeeting };

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
    return commitMeeting(deps, null, newMeeting(normalizeSetup(input), deps.newId(), nowIso(deps)));
  },
  async 'meetings/update-setup'(input, deps) {
    const current = meetingToChange(deps, input.id, input.baseRevision);
    if (current.minutes.status === 'final') throw errors.locked();
    return commitMeeting(deps, current, { ...current, ...normalizeSetup(input.setup) });
  },
  async 'meetings/duplicate'(input, deps) {
    const source = deps.store.getMeeting(input.id);
    const series = input.series ?? source.series;
    const copy = newMeeting(normalizeSetup({ ...setupOf(source), date: input.date, series }), deps.newId(), nowIso(deps));
    // The next rakor asks the units the same report items (isian unit), so their answers line up; no answers are copied.
    return commitMeeting(deps, null, { ...copy, reportItems: structuredClone(source.reportItems ?? []) });
  },
  async 'meetings/delete'(input, deps) {
    const m = activeMeeting(deps, input.id);
    commitMeeting(deps, m, { ...m, deletedAt: nowIso(deps) });
    return { ok: true };
  },
  async 'meetings/restore'(input, deps) {
    const m = deps.store.getMeeting(input.id);
    return commitMeeting(deps, m, { ...m, deletedAt: '' });
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
    // The same rules as every other write, against this computer's roster.
    const problems = checkMeetingRules(result.data, deps.store.getRoster());
    if (problems.length) throw bad(problems.slice(0, 3).join(' '));
    // A copy never replaces what is stored: if the meeting is still there, it comes in beside it.
    const m = deps.store.hasMeeting(result.data.id) ? { ...result.data, id: deps.newId() } : result.data;
    return commitMeeting(deps, null, { ...m, deletedAt: '', revision: 0 });
  },
  async 'meetings/load-demo'(_input, deps) {
    return commitMeeting(deps, null, demoMeeting(deps.newId(), nowIso(deps), deps.store.getSettings()));
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

  async 'app/open-link'(input, deps) {
    if (!isSafeExternalLink(input.url)) {
      throw errors.invalidInput(['Tautan hanya dapat dibuka bila diawali http:// atau https://, atau berupa mailto: dengan alamat email yang benar.']);
    }
    if (!deps.openExternal) return { opened: false, openInBrowserTab: true };
    // security-reviewed: open-external-injected
    return { opened: await deps.openExternal(input.url), openInBrowserTab: false };
  },

  async 'files/save'(input, deps) {
    if (!deps.saveFileAs) throw new AppError('unsupported', 'Di browser, berkas diunduh langsung oleh halaman.');
    return { savedTo: await saveAs(deps.saveFileAs, input) };
  },
};
