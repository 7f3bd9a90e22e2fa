// The store keeps each meeting as stored while its file is unchanged, and a start reads only
// the meeting files it does not know whole: against real files, changed behind its back.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataStore, listDataFiles } from '../../electron/storage/data-store';
import { confJsonFile } from '../../electron/storage/json-file';
import { defaultMeetingSetup } from '../../shared/domain/meeting';
import { defaultRoster } from '../../shared/domain/roster';
import { meetingProblems, newProblems } from '../../shared/domain/meeting-rules';
import { emptyCell } from '../../shared/domain/attendance-ops';
import { call, makeDeps, tempDir } from './helpers';
import { itemAt, valueAt } from '../helpers/indexed';

const setup = (title: string, date = '2030-01-10') => ({ ...defaultMeetingSetup(date), title });
const cell = (status: 'hadir' | 'izin') => [{ unitCode: '3504', roleId: 'parmas', value: { status } }];
const open = (dir: string) => new DataStore(dir, confJsonFile, () => new Date('2026-11-28T02:00:00Z')).open();

describe('the meeting as stored, kept while its file is unchanged', () => {
  it('reads a meeting again when its file was replaced by another program', async () => {
    const deps = makeDeps();
    const m = await call(deps, 'meetings/create', setup('Rapat A'));
    await call(deps, 'attendance/set-cells', { id: m.id, cells: cell('hadir') });
    expect(valueAt(valueAt(deps.store.getMeeting(m.id).attendance, '3504').cells, 'parmas').status).toBe('hadir');
    // A second store on the same folder (as a restore or a copy would) writes another version.
    const other = open(deps.store.root);
    other.saveMeeting({ ...other.getMeeting(m.id), title: 'Diubah di luar' });
    expect(deps.store.getMeeting(m.id).title).toBe('Diubah di luar');
    // An edit in place (same inode) is seen too.
    const file = path.join(deps.store.meetingsDir, `${m.id}.json`);
    const env = JSON.parse(fs.readFileSync(file, 'utf8'));
    env.meeting.title = 'Disunting';
    fs.writeFileSync(file, JSON.stringify(env, undefined, '\t'));
    expect(deps.store.getMeeting(m.id).title).toBe('Disunting');
    // And the next intent applies to that version, not to the one kept before.
    const after = await call(deps, 'attendance/set-cells', { id: m.id, cells: cell('izin') });
    expect(after.title).toBe('Disunting');
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).meeting.title).toBe('Disunting');
  });

  it('finds a file damaged behind its back instead of answering from memory', async () => {
    const deps = makeDeps();
    const m = await call(deps, 'meetings/create', setup('Rapat A'));
    deps.store.getMeeting(m.id);
    fs.writeFileSync(path.join(deps.store.meetingsDir, `${m.id}.json`), '{"schemaVersion": 2, "meeting": {');
    expect(() => deps.store.getMeeting(m.id)).toThrow(/rusak/);
    expect(deps.store.damaged.map((d) => d.title)).toEqual(['Rapat A']);
  });

  it('hands out frozen meetings: a caller cannot change the kept one (or the file) by mistake', async () => {
    const deps = makeDeps();
    const m = await call(deps, 'meetings/create', setup('Rapat A'));
    const kept = deps.store.getMeeting(m.id);
    expect(() => {
      (kept as { title: string }).title = 'x';
    }).toThrow(TypeError);
    expect(() => (kept.speakers as unknown[]).push({})).toThrow(TypeError);
    expect(deps.store.getMeeting(m.id).title).toBe('Rapat A');
  });

  it('reads the roster again when it changed on disk', async () => {
    const deps = makeDeps();
    const roster = defaultRoster();
    deps.store.saveRoster(roster);
    expect(deps.store.getRoster().units.length).toBe(roster.units.length);
    open(deps.store.root).saveRoster({ ...roster, units: roster.units.slice(0, 5) });
    expect(deps.store.getRoster().units.length).toBe(5);
  });
});

describe('a start reads only the meeting files it does not know whole', () => {
  it('finds a file damaged since the last start, and keeps every other meeting', async () => {
    const dir = tempDir();
    const deps = makeDeps(dir);
    const ids: string[] = [];
    for (const t of ['Rapat A', 'Rapat B', 'Rapat C']) ids.push((await call(deps, 'meetings/create', setup(t))).id);
    await call(deps, 'attendance/set-cells', { id: itemAt(ids, 0), cells: cell('hadir') });
    // Beside the index, the stamps of the files the store knows whole.
    const stamps = JSON.parse(fs.readFileSync(path.join(deps.store.dir, 'indeks-rapat-stempel.json'), 'utf8'));
    expect(Object.keys(stamps.checked).sort()).toEqual([...ids].sort());
    // A power cut's damage: the same size, other bytes, written in place.
    const file = path.join(deps.store.meetingsDir, `${ids[1]}.json`);
    const size = fs.statSync(file).size;
    fs.writeFileSync(file, '\0'.repeat(size));
    const again = open(dir);
    expect(again.damaged.map((d) => d.title)).toEqual(['Rapat B']);
    expect(
      again
        .listMeetings()
        .map((s) => s.title)
        .sort(),
    ).toEqual(['Rapat A', 'Rapat C']);
    expect(valueAt(valueAt(again.getMeeting(itemAt(ids, 0)).attendance, '3504').cells, 'parmas').status).toBe('hadir');
  });

  it('parses every file when the stamps are missing or damaged (a folder from an older Rakor, a restore)', async () => {
    const dir = tempDir();
    const deps = makeDeps(dir);
    const a = await call(deps, 'meetings/create', setup('Rapat A'));
    const b = await call(deps, 'meetings/create', setup('Rapat B'));
    fs.writeFileSync(path.join(deps.store.dir, 'indeks-rapat-stempel.json'), '{ rusak');
    fs.writeFileSync(path.join(deps.store.meetingsDir, `${b.id}.json`), 'bukan JSON');
    expect(open(dir).damaged.map((d) => d.title)).toEqual(['Rapat B']);
    fs.rmSync(path.join(deps.store.dir, 'indeks-rapat-stempel.json'));
    fs.writeFileSync(path.join(deps.store.meetingsDir, `${a.id}.json`), 'bukan JSON');
    const again = open(dir);
    expect(again.damaged.map((d) => d.title)).toEqual(['Rapat A']);
    expect(again.listMeetings()).toEqual([]);
    // Not a data file: backups and archives leave it out.
    expect(listDataFiles(deps.store.dir)).not.toContain('indeks-rapat-stempel.json');
    expect(fs.existsSync(path.join(deps.store.dir, 'indeks-rapat-stempel.json'))).toBe(true);
  });
});

describe('the schema check of a change looks at what it replaced', () => {
  it('gives the same problems as a parse of the whole record', async () => {
    const deps = makeDeps();
    const roster = deps.store.getRoster();
    const m = await call(deps, 'meetings/create', setup('Rapat A'));
    const stored = deps.store.getMeeting(m.id);
    const broken = [
      { ...stored, title: '' },
      { ...stored, date: '2030-02-31' },
      { ...stored, speakers: [{ nonsense: true }] },
      { ...stored, minutes: { ...stored.minutes, status: 'selesai' } },
      { ...stored, attendance: { ...stored.attendance, '3504': { cells: { parmas: { status: 'entah' } }, note: '' } } },
      // Of the attendance by unit only the entries a change added or replaced are parsed:
      // each of these is still found.
      { ...stored, attendance: { ...stored.attendance, '35041234567': { cells: {}, note: '' } } },
      { ...stored, attendance: { ...stored.attendance, '3505': { cells: { parmas: { status: 'hadir' } } } } },
      { ...stored, attendance: { ...stored.attendance, '3504': { cells: 'hadir', note: '' } } },
      { ...stored, attendance: [] },
    ] as unknown as (typeof stored)[];
    for (const next of broken) {
      const whole = meetingProblems(structuredClone(next), roster);
      expect(whole.length).toBeGreaterThan(0);
      expect(newProblems(stored, next, roster)).toEqual(whole);
    }
    // A change that keeps the schema brings no problem.
    expect(newProblems(stored, { ...stored, title: 'Rapat A (ralat)' }, roster)).toEqual([]);
    const cell = { ...stored, attendance: { ...stored.attendance, '3504': { cells: { parmas: { ...emptyCell(), status: 'hadir' as const } }, note: '' } } };
    expect(meetingProblems(structuredClone(cell), roster)).toEqual([]);
    expect(newProblems(stored, cell, roster)).toEqual([]);
  });

  it('looks at the parts of a record stored by an intent as of one read from disk', async () => {
    const deps = makeDeps();
    const roster = deps.store.getRoster();
    const m = await call(deps, 'meetings/create', setup('Rapat A'));
    for (const status of ['hadir', 'izin'] as const) {
      await call(deps, 'attendance/set-cells', { id: m.id, cells: [{ unitCode: '3504', roleId: 'parmas', value: { status } }] });
    }
    // The record the store keeps is the one the last intent stored, with its revision and time.
    const stored = deps.store.getMeeting(m.id);
    expect(stored.revision).toBe(2);
    const broken = [
      { ...stored, revision: -1 },
      { ...stored, updatedAt: 20260101 },
      { ...stored, attendance: { ...stored.attendance, '3504': { cells: { parmas: { status: 'entah' } }, note: '' } } },
    ] as unknown as (typeof stored)[];
    for (const next of broken) {
      const whole = meetingProblems(structuredClone(next), roster);
      expect(whole.length).toBeGreaterThan(0);
      expect(newProblems(stored, next, roster)).toEqual(whole);
    }
  });
});
