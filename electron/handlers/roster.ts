// Handlers of the roster: person and role edits through the pure roster operations, and the
// CSV import (preview, then apply after parsing the same bytes again) and export.
import type { rosterContract, RosterPreviewChange, RosterPreviewRow } from '../../shared/contract/roster';
import { MIME } from '../../shared/contract/define';
import { addRole, applyRosterImport, moveRole, PERSON_FIELDS, removePerson, removeRole, savePerson, updateRole } from '../../shared/domain/roster-ops';
import type { Roster } from '../../shared/domain/roster';
import { forgetPerson } from '../../shared/domain/learned-names';
import { shortUnitName } from '../../shared/domain/units';
import { utcToZoned } from '../../shared/domain/datetime';
import { parseRosterTable, rosterToCsv, type RosterCsvRow } from '../../shared/import/roster-csv';
import { AppError } from '../../shared/errors';
import { loadXlsx, looksLikeZip, sheetAsTable } from '../storage/xlsx-reader';
import { buildRosterXlsx } from '../documents/attendance-xlsx';
import { XLSX_MIME } from '../documents/xlsx-common';
import { decodeText, ENCODING_LABELS } from '../../shared/text/decode';
import { readCsv } from '../../shared/text/csv';
import { fileNameOf } from '../../shared/text/file-name';
import { fileResult } from './file-result';
import { decodeBase64 } from '../../shared/text/base64';
import type { HandlerDeps, HandlerMap } from './types';
import { itemAt } from '../../shared/indexed';
import { unitsGroupName } from '../../shared/domain/org-words';

type RosterMethods = keyof typeof rosterContract;

function bytesOf(base64: string): Uint8Array {
  const bytes = decodeBase64(base64);
  if (!bytes) throw new AppError('roster_unreadable', 'File daftar kontak tidak dapat dibaca. Pilih ulang filenya.');
  return bytes;
}

function commit(deps: HandlerDeps, roster: Roster): Roster {
  deps.store.saveRoster(roster);
  return roster;
}

/** Titles of the meetings (also those in the bin) that invite a role or recorded attendance for it. */
function meetingsUsingRole(deps: HandlerDeps, roleId: string): string[] {
  const titles: string[] = [];
  for (const summary of deps.store.listMeetings()) {
    try {
      const m = deps.store.getMeeting(summary.id);
      const inAttendance = Object.values(m.attendance).some((u) => roleId in u.cells);
      if (m.rolesInvited.includes(roleId) || inAttendance) titles.push(m.title);
    } catch {
      // A damaged file was moved aside and is reported on the main screen; it cannot use the role any more.
    }
  }
  return titles;
}

function previewRow(row: RosterCsvRow, roster: Roster, rawByLine: Map<number, string[]>): RosterPreviewRow {
  if (!row.ok) {
    const raw = (rawByLine.get(row.line) ?? [])
      .map((c) => c.trim())
      .filter(Boolean)
      .join(' · ');
    return {
      line: row.line,
      ok: false,
      change: 'salah',
      unitCode: '',
      unitLabel: '',
      roleLabel: '',
      name: '',
      email: '',
      phone: '',
      changes: [],
      errors: row.errors,
      raw: raw.length > 300 ? `${raw.slice(0, 300)}…` : raw,
    };
  }
  const p = row.person;
  const unit = roster.units.find((u) => u.code === p.unitCode);
  const role = roster.roles.find((r) => r.id === p.roleId);
  const changes: RosterPreviewChange[] = [];
  const before = row.existingId ? roster.people.find((x) => x.id === row.existingId) : undefined;
  if (before && row.change === 'ubah') {
    for (const field of PERSON_FIELDS) {
      if (before[field] !== p[field]) changes.push({ field, from: before[field], to: p[field] });
    }
  }
  return {
    line: row.line,
    ok: true,
    change: row.change,
    unitCode: p.unitCode,
    unitLabel: unit ? shortUnitName(unit) : p.unitCode,
    roleLabel: role?.short ?? p.roleId,
    name: p.name,
    email: p.email,
    phone: p.phone,
    changes,
    errors: [],
    raw: '',
  };
}

interface RosterFile {
  table: { rows: string[][]; lines: number[] };
  encoding: string;
  delimiter: ',' | ';' | '\t' | null;
}

/** A roster file as a table: an .xlsx (recognised by its bytes, not its name) or a CSV. */
async function readRosterFile(bytes: Uint8Array): Promise<RosterFile> {
  if (looksLikeZip(bytes)) {
    const table = sheetAsTable(await loadXlsx(bytes));
    if (!table.rows.some((r) => r.some((c) => c.trim() !== ''))) throw new AppError('roster_empty', 'File daftar kontak kosong.');
    return { table, encoding: 'Excel (.xlsx)', delimiter: null };
  }
  const decoded = decodeText(bytes);
  const text = decoded.text.replace(/^\ufeff/, '');
  if (text.trim() === '') throw new AppError('roster_empty', 'File daftar kontak kosong.');
  const table = readCsv(text, { unguard: true });
  return { table, encoding: ENCODING_LABELS[decoded.encoding], delimiter: table.delimiter };
}

/** "kpu-kabupaten-kota", "kpu-provinsi", "ppk": the export names what the roster's units are. */
function rosterFileWord(roster: Roster): string {
  return unitsGroupName(roster.units.filter((u) => !u.unlisted)).toLowerCase();
}

export const rosterHandlers: HandlerMap<RosterMethods> = {
  async 'roster/save-person'(input, deps) {
    const { roster, person } = savePerson(deps.store.getRoster(), input);
    return { roster: commit(deps, roster), person };
  },
  async 'roster/delete-person'(input, deps) {
    const before = deps.store.getRoster();
    const person = before.people.find((p) => p.id === input.id);
    const roster = commit(deps, removePerson(before, input.id));
    // What was learned about a person goes with them (UU PDP 27/2022).
    if (person) {
      const learned = deps.store.getLearnedNames();
      const kept = forgetPerson(learned, person);
      if (kept !== learned) deps.store.saveLearnedNames(kept);
    }
    return roster;
  },

  async 'roster/add-role'(input, deps) {
    const { roster, role } = addRole(deps.store.getRoster(), input);
    return { roster: commit(deps, roster), role };
  },
  async 'roster/update-role'(input, deps) {
    return commit(deps, updateRole(deps.store.getRoster(), input.id, input.role));
  },
  async 'roster/move-role'(input, deps) {
    return commit(deps, moveRole(deps.store.getRoster(), input.id, input.direction));
  },
  async 'roster/remove-role'(input, deps) {
    const roster = deps.store.getRoster();
    return commit(deps, removeRole(roster, input.id, meetingsUsingRole(deps, input.id)));
  },

  async 'roster/import-preview'(input, deps) {
    const roster = deps.store.getRoster();
    const file = await readRosterFile(bytesOf(input.base64));
    const parsed = parseRosterTable(file.table, roster);
    const rawByLine = new Map(file.table.lines.map((line, i) => [line, itemAt(file.table.rows, i)]));
    const rows = parsed.rows.map((r) => previewRow(r, roster, rawByLine));
    const counts = { baru: 0, ubah: 0, sama: 0, salah: 0 };
    for (const r of rows) counts[r.change]++;
    return { rows, counts, encoding: file.encoding, delimiter: file.delimiter };
  },
  async 'roster/import-apply'(input, deps) {
    // Parsed again here rather than trusting rows sent back by the page: what is written is
    // exactly what this file says against the roster as it is now.
    const roster = deps.store.getRoster();
    const file = await readRosterFile(bytesOf(input.base64));
    const parsed = parseRosterTable(file.table, roster);
    const applied = applyRosterImport(roster, parsed.rows, deps.newId);
    if (applied.added + applied.updated > 0) deps.store.saveRoster(applied.roster);
    return applied;
  },
  async 'roster/export-xlsx'(_input, deps) {
    const settings = deps.store.getSettings();
    const bytes = await buildRosterXlsx(deps.store.getRoster(), settings);
    const today = utcToZoned(deps.clock(), settings.defaultTimeZone).date;
    return fileResult(fileNameOf(['roster', rosterFileWord(deps.store.getRoster()), today], 'xlsx', '-'), XLSX_MIME, bytes);
  },
  async 'roster/export-csv'(input, deps) {
    const bytes = rosterToCsv(deps.store.getRoster(), { delimiter: input.delimiter ?? ',' });
    const today = utcToZoned(deps.clock(), deps.store.getSettings().defaultTimeZone).date;
    return fileResult(fileNameOf(['roster', rosterFileWord(deps.store.getRoster()), today], 'csv', '-'), MIME.csv, bytes);
  },
};
