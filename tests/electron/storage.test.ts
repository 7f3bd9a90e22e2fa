// Storage against real files: one file per meeting, atomic owner-only writes, schema
// versions, and damaged files moved aside instead of replaced.
import fs from 'node:fs';
import path from 'node:path';
import { CURRENT_VERSION } from '../../shared/domain/migrations';
import { describe, expect, it } from 'vitest';
import { DataStore } from '../../electron/storage/data-store';
import Conf from 'conf';
import { atomicJsonFile, confJsonFile } from '../../electron/storage/json-file';
import { defaultMeetingSetup, setupOf } from '../../shared/domain/meeting';
import { call, callError, makeDeps, tempDir } from './helpers';
import { itemAt, valueAt } from '../helpers/indexed';

const setup = (title: string, date = '2030-01-10') => ({ ...defaultMeetingSetup(date), title });

describe('meeting files', () => {
  it('saving one meeting leaves the other meetings files untouched (bytes and times)', async () => {
    const deps = makeDeps();
    const a = await call(deps, 'meetings/create', setup('Rapat A'));
    const b = await call(deps, 'meetings/create', setup('Rapat B'));
    const c = await call(deps, 'meetings/create', setup('Rapat C'));
    const dir = path.join(deps.store.dir, 'rapat');
    const snap = (id: string) => {
      const f = path.join(dir, `${id}.json`);
      return { bytes: fs.readFileSync(f, 'utf8'), mtime: fs.statSync(f).mtimeMs };
    };
    const beforeA = snap(a.id);
    const beforeC = snap(c.id);
    const indexBefore = fs.statSync(path.join(deps.store.dir, 'indeks-rapat.json')).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    deps.tick();
    await call(deps, 'attendance/set-cells', { id: b.id, cells: [{ unitCode: '3504', roleId: 'parmas', value: { status: 'hadir' } }] });
    expect(snap(a.id)).toEqual(beforeA);
    expect(snap(c.id)).toEqual(beforeC);
    // An attendance change does not touch the index either.
    expect(fs.statSync(path.join(deps.store.dir, 'indeks-rapat.json')).mtimeMs).toBe(indexBefore);
    expect(valueAt(valueAt((await call(deps, 'meetings/get', { id: b.id })).attendance, '3504').cells, 'parmas').status).toBe('hadir');
  });

  it('writes files readable by their owner only, with a schema version', async () => {
    const deps = makeDeps();
    const a = await call(deps, 'meetings/create', setup('Rapat A'));
    const file = path.join(deps.store.dir, 'rapat', `${a.id}.json`);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(deps.store.dir).mode & 0o777).toBe(0o700);
    const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(stored.schemaVersion).toBe(CURRENT_VERSION.meeting);
    expect(stored.meeting.title).toBe('Rapat A');
    await call(deps, 'settings/save', await call(deps, 'settings/get', {}));
    expect(JSON.parse(fs.readFileSync(path.join(deps.store.dir, 'pengaturan.json'), 'utf8')).schemaVersion).toBe(1);
  });

  it('a meeting survives reopening the data folder', async () => {
    const dir = tempDir();
    const deps = makeDeps(dir);
    const a = await call(deps, 'meetings/create', setup('Rapat A'));
    const again = makeDeps(dir);
    const list = await call(again, 'meetings/list', {});
    expect(list.meetings.map((m) => m.title)).toEqual(['Rapat A']);
    expect((await call(again, 'meetings/get', { id: a.id })).title).toBe('Rapat A');
  });

  it('moves a truncated meeting file aside at start, loads the rest and names it', async () => {
    const dir = tempDir();
    const deps = makeDeps(dir);
    const a = await call(deps, 'meetings/create', setup('Rapat Utuh'));
    const b = await call(deps, 'meetings/create', setup('Rapat Rusak'));
    const bFile = path.join(deps.store.dir, 'rapat', `${b.id}.json`);
    const damagedBytes = fs.readFileSync(bFile, 'utf8').slice(0, 100);
    fs.writeFileSync(bFile, damagedBytes);

    const reopened = makeDeps(dir);
    const list = await call(reopened, 'meetings/list', {});
    expect(list.meetings.map((m) => m.id)).toEqual([a.id]);
    expect(list.damaged).toHaveLength(1);
    expect(itemAt(list.damaged, 0).title).toBe('Rapat Rusak');
    expect(fs.existsSync(bFile)).toBe(false);
    expect(fs.readFileSync(itemAt(list.damaged, 0).movedTo, 'utf8')).toBe(damagedBytes);
  });

  it('moves a schema-violating meeting aside when opened and tells why', async () => {
    const dir = tempDir();
    const deps = makeDeps(dir);
    const b = await call(deps, 'meetings/create', setup('Rapat Aneh'));
    const bFile = path.join(deps.store.dir, 'rapat', `${b.id}.json`);
    const stored = JSON.parse(fs.readFileSync(bFile, 'utf8'));
    stored.meeting.date = 'kemarin';
    fs.writeFileSync(bFile, JSON.stringify(stored));
    const reopened = makeDeps(dir);
    const err = await callError(reopened, 'meetings/get', { id: b.id });
    expect(err.code).toBe('damaged');
    expect(err.message).toContain('Rapat "Rapat Aneh" rusak');
    expect(itemAt(reopened.store.damaged, 0).reason).toContain('date');
    expect(fs.readFileSync(itemAt(reopened.store.damaged, 0).movedTo, 'utf8')).toContain('kemarin');
    expect((await call(reopened, 'meetings/list', {})).meetings).toHaveLength(0);
  });

  it('rebuilds a damaged index from the meeting files', async () => {
    const dir = tempDir();
    const deps = makeDeps(dir);
    await call(deps, 'meetings/create', setup('Rapat A'));
    fs.writeFileSync(path.join(deps.store.dir, 'indeks-rapat.json'), '{"schemaVersion": 1, "meet');
    const reopened = makeDeps(dir);
    const list = await call(reopened, 'meetings/list', {});
    expect(list.meetings.map((m) => m.title)).toEqual(['Rapat A']);
    expect(list.damaged.map((d) => d.kind)).toEqual(['index']);
  });

  it('keeps settings that are damaged on disk and falls back to defaults', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'pengaturan.json'), 'not json');
    const deps = makeDeps(dir);
    const s = await call(deps, 'settings/get', {});
    expect(s.paper).toBe('A4');
    expect(itemAt(deps.store.damaged, 0).kind).toBe('settings');
    expect(fs.readFileSync(itemAt(deps.store.damaged, 0).movedTo, 'utf8')).toBe('not json');
  });

  it('migrates a file written before schema versions, and refuses one from a newer app without touching it', async () => {
    const dir = tempDir();
    const deps = makeDeps(dir);
    const a = await call(deps, 'meetings/create', setup('Rapat Lama'));
    const file = path.join(deps.store.dir, 'rapat', `${a.id}.json`);
    const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
    delete stored.schemaVersion;
    fs.writeFileSync(file, JSON.stringify(stored));
    const reopened = makeDeps(dir);
    expect((await call(reopened, 'meetings/get', { id: a.id })).title).toBe('Rapat Lama');
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).schemaVersion).toBe(CURRENT_VERSION.meeting);

    const newer = JSON.stringify({ ...stored, schemaVersion: 99 });
    fs.writeFileSync(file, newer);
    const err = await callError(makeDeps(dir), 'meetings/get', { id: a.id });
    expect(err.code).toBe('newer_schema');
    expect(fs.readFileSync(file, 'utf8')).toBe(newer);
  });

  it('uses the same file format as the store library reads back', () => {
    const dir = tempDir();
    const store = new DataStore(dir, confJsonFile, () => new Date()).open();
    store.saveSettings({ ...store.getSettings(), paper: 'F4' });
    const again = new DataStore(dir, confJsonFile, () => new Date()).open();
    expect(again.getSettings().paper).toBe('F4');
  });

  it('writes meeting files byte for byte as the store library would, and the library reads them', async () => {
    const deps = makeDeps();
    const m = await call(deps, 'meetings/create', setup('Rapat Format Berkas'));
    const file = path.join(deps.store.dir, 'rapat', `${m.id}.json`);
    const written = fs.readFileSync(file, 'utf8');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    // The same object written by conf into another folder gives the same bytes.
    const other = tempDir();
    const conf = new Conf<Record<string, unknown>>({
      cwd: other,
      configName: m.id,
      clearInvalidConfig: false,
      configFileMode: 0o600,
      accessPropertiesByDotNotation: false,
    });
    conf.store = JSON.parse(written) as Record<string, unknown>;
    expect(fs.readFileSync(path.join(other, `${m.id}.json`), 'utf8')).toBe(written);
    // And conf opening the meeting file itself reads the meeting.
    const reader = new Conf<Record<string, unknown>>({
      cwd: path.dirname(file),
      configName: m.id,
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
    });
    expect((reader.store.meeting as { title: string }).title).toBe('Rapat Format Berkas');
    // No temporary file is left beside it.
    expect(fs.readdirSync(path.dirname(file)).filter((f) => !f.endsWith('.json'))).toEqual([]);
  });

  it('keeps a meeting file as it was when the new value cannot be written', () => {
    const dir = tempDir();
    const f = atomicJsonFile(dir, 'rapat1');
    f.write({ schemaVersion: 1, meeting: { title: 'Lama' } });
    const before = fs.readFileSync(f.path, 'utf8');
    // A value JSON cannot write (a BigInt) fails before the file is touched.
    expect(() => f.write({ schemaVersion: 1, meeting: { big: BigInt(1) } })).toThrow();
    expect(fs.readFileSync(f.path, 'utf8')).toBe(before);
    expect(f.read()).toEqual({ schemaVersion: 1, meeting: { title: 'Lama' } });
  });
});

describe('handlers', () => {
  it('reject bad input with Indonesian messages and save nothing', async () => {
    const deps = makeDeps();
    const err = await callError(deps, 'meetings/create', { ...setup(''), date: '2030-02-30', startTime: '25:00' });
    expect(err.code).toBe('invalid_input');
    expect(err.message).toBe('Data yang dimasukkan belum benar.');
    expect(err.details!.join(' ')).toContain('Nama rapat wajib diisi.');
    expect(err.details!.join(' ')).toContain('Tanggal tidak valid');
    expect(err.details!.join(' ')).toContain('Waktu tidak valid');
    expect((await call(deps, 'meetings/list', {})).meetings).toHaveLength(0);
  });

  it('refuse ids that could name a path outside the data folder', async () => {
    const err = await callError(makeDeps(), 'meetings/get', { id: '../pengaturan' });
    expect(err.code).toBe('invalid_input');
  });

  it('refuse unknown methods', async () => {
    expect((await callError(makeDeps(), 'fs/read', {})).code).toBe('unknown_method');
  });

  it('duplicate copies the set-up to a new date, without attendance, speakers or minutes', async () => {
    const deps = makeDeps();
    const demo = await call(deps, 'meetings/load-demo', {});
    expect(demo.speakers).toHaveLength(3);
    const copy = await call(deps, 'meetings/duplicate', { id: demo.id, date: '2022-06-01' });
    expect(copy.id).not.toBe(demo.id);
    expect(copy.title).toBe(demo.title);
    expect(copy.date).toBe('2022-06-01');
    expect(copy.agenda).toEqual(demo.agenda);
    expect(copy.letter).toEqual(demo.letter);
    expect(copy.speakers).toEqual([]);
    expect(copy.attendance).toEqual({});
    expect(copy.minutes.conclusions).toEqual([]);
  });

  it('delete goes to the bin and restore brings the meeting back unchanged', async () => {
    const deps = makeDeps();
    const demo = await call(deps, 'meetings/load-demo', {});
    await call(deps, 'meetings/delete', { id: demo.id });
    expect((await call(deps, 'meetings/list', {})).meetings).toHaveLength(0);
    expect(itemAt((await call(deps, 'meetings/list', { includeDeleted: true })).meetings, 0).deletedAt).not.toBe('');
    const restored = await call(deps, 'meetings/restore', { id: demo.id });
    expect(restored.speakers).toEqual(demo.speakers);
    expect((await call(deps, 'meetings/list', {})).meetings).toHaveLength(1);
    expect((await callError(deps, 'meetings/purge', { id: demo.id })).code).toBe('invalid_input');
  });

  it('a final record is locked until it is explicitly unlocked', async () => {
    const deps = makeDeps();
    const demo = await call(deps, 'meetings/load-demo', {});
    const final = await call(deps, 'minutes/finalize', { id: demo.id });
    expect((await callError(deps, 'meetings/update-setup', { id: demo.id, setup: { ...setupOf(final), title: 'Diubah diam-diam' } })).code).toBe('locked');
    expect((await callError(deps, 'attendance/set-note', { id: demo.id, unitCode: '3504', note: 'diam-diam' })).code).toBe('locked');
    const unlocked = await call(deps, 'minutes/unlock', { id: demo.id });
    expect(unlocked.minutes.status).toBe('draft');
    expect(unlocked.title).toBe(demo.title);
  });

  it('open-link accepts only http(s) links', async () => {
    const deps = makeDeps();
    expect(await call(deps, 'app/open-link', { url: 'https://zoom.us/j/1' })).toEqual({ opened: false, openInBrowserTab: true });
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'zoommtg://x']) {
      expect((await callError(deps, 'app/open-link', { url })).code).toBe('invalid_input');
    }
  });
});

describe('a meeting saved to a file when the data folder failed', () => {
  it('opens again from the file, beside the stored one, and a bad file changes nothing', async () => {
    const deps = makeDeps();
    const demo = await call(deps, 'meetings/load-demo', {});
    const edited = { ...demo, minutes: { ...demo.minutes, conclusions: ['Ditulis saat disk penuh'] } };
    const text = JSON.stringify({ schemaVersion: 1, meeting: edited });
    const copy = await call(deps, 'meetings/import-copy', { text });
    expect(copy.id).not.toBe(demo.id);
    expect(copy.minutes.conclusions).toEqual(['Ditulis saat disk penuh']);
    expect((await call(deps, 'meetings/get', { id: demo.id })).minutes.conclusions).toEqual(demo.minutes.conclusions);

    const other = makeDeps();
    expect((await call(other, 'meetings/import-copy', { text })).id).toBe(demo.id);

    for (const bad of ['bukan json', '{"schemaVersion":1,"meeting":{"id":"x"}}', '{"schemaVersion":99,"meeting":{}}', 'null']) {
      const err = await callError(other, 'meetings/import-copy', { text: bad });
      expect(err.message).toContain('bukan salinan rapat Rakor yang utuh');
    }
    expect((await call(other, 'meetings/list', {})).meetings).toHaveLength(1);
  });
});

describe('two pages editing the same meeting', () => {
  it('an intent based on an older revision is refused and the stored record is kept', async () => {
    const deps = makeDeps();
    const demo = await call(deps, 'meetings/load-demo', {});
    expect(demo.revision).toBe(0);
    const first = await call(deps, 'attendance/set-note', { id: demo.id, unitCode: '3504', note: 'Dari tab pertama', baseRevision: 0 });
    expect(first.revision).toBe(1);
    const err = await callError(deps, 'attendance/set-note', { id: demo.id, unitCode: '3504', note: 'Dari tab kedua', baseRevision: 0 });
    expect(err.code).toBe('conflict');
    expect(err.message).toContain('sudah diubah di tab atau jendela lain');
    expect(valueAt((await call(deps, 'meetings/get', { id: demo.id })).attendance, '3504').note).toBe('Dari tab pertama');
    // The page that saved goes on from the revision it got back; so does a set-up edit.
    const again = await call(deps, 'attendance/set-note', { id: demo.id, unitCode: '3504', note: 'Lagi', baseRevision: first.revision });
    expect([valueAt(again.attendance, '3504').note, again.revision]).toEqual(['Lagi', 2]);
    expect((await callError(deps, 'meetings/update-setup', { id: demo.id, setup: setupOf(demo), baseRevision: 1 })).code).toBe('conflict');
  });
});
