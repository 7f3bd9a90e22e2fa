// Typing into one speaker renders that speaker's card and the one field typed into, never the
// other speakers or their points; typing a conclusion renders neither the other conclusions
// nor the follow-up rows. Counted with the page's render probe (window.__rakorRenders, defined
// here before the app loads), including the render after the save's answer comes back: a
// stored meeting arrives as new objects and must not make every card render again.
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import { startHost, tempDataDir, type RunningHost } from './host';
import { dataFile } from './data-folder';

const SPEAKERS = 8;
const POINTS = 4;

async function longMeeting(host: RunningHost, page: Page): Promise<{ id: string; speakerIds: string[]; followUpIds: string[] }> {
  const headers = { 'X-Rakor-Token': host.token };
  const post = async (method: string, data: unknown) => {
    const res = await (await page.request.post(`${host.origin}/api/${method}`, { data, headers })).json();
    expect(res.ok, `${method}: ${JSON.stringify(res.error)}`).toBe(true);
    return res.value;
  };
  const demo = await post('meetings/load-demo', {});
  let m = demo;
  for (const s of demo.speakers) m = await post('speakers/remove', { id: m.id, speakerId: s.id, baseRevision: m.revision });
  const speakerIds: string[] = [];
  for (let i = 0; i < SPEAKERS; i++) {
    const speaker = {
      id: `uji-s${i}`,
      name: `Pembicara Uji ${i + 1}`,
      jabatan: 'Anggota KPU Provinsi Jawa Timur',
      institution: 'provinsi',
      segment: 'tanya_jawab',
      points: Array.from({ length: POINTS }, (_, j) => `Butir ${j + 1} pembicara ${i + 1}`),
      startedAt: '',
      endedAt: '',
      unitCode: '',
    };
    m = await post('speakers/add', { id: m.id, speaker, baseRevision: m.revision });
    speakerIds.push(speaker.id);
  }
  const followUps = [0, 1, 2].map((i) => ({
    id: `uji-f${i}`,
    action: `Tindak lanjut ${i + 1}`,
    responsible: 'Sekretariat',
    assignees: [],
    dueDate: '2022-06-30',
    status: 'belum',
  }));
  m = await post('minutes/update', {
    id: m.id,
    baseRevision: m.revision,
    patch: { conclusions: ['Kesimpulan pertama', 'Kesimpulan kedua', 'Kesimpulan ketiga'], followUps },
  });
  return { id: m.id, speakerIds, followUpIds: followUps.map((f) => f.id) };
}

const renders = (page: Page) => page.evaluate(() => ({ ...window.__rakorRenders!.renders }));
const resetRenders = (page: Page) =>
  page.evaluate(() => {
    window.__rakorRenders!.renders = {};
  });

/**
 * What the Notulen tab loads once it opens (the roster for the suggestions, the follow-ups'
 * progress): its answers render the rows once, before the typing that is counted.
 */
function notulenLoaded(page: Page): Promise<unknown> {
  const answer = (method: string) => page.waitForResponse((r) => decodeURIComponent(r.url()).endsWith(`/api/${method}`) && r.ok());
  return Promise.all([answer('roster/get'), answer('followups/list')]);
}

async function typeAndSave(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 30 });
  await expect(page.getByTestId('save-status')).toHaveText('Semua perubahan tersimpan');
}

test('typing in one speaker renders only that card and that field, also after the save comes back', async ({ page }) => {
  const dataDir = tempDataDir();
  const host = await startHost(dataDir);
  try {
    const { id, speakerIds, followUpIds } = await longMeeting(host, page);
    await page.addInitScript(() => {
      window.__rakorRenders = { renders: {}, commits: [] };
    });
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/rapat/${id}/pembicara`);
    await expect(page.getByTestId('speaker-card')).toHaveCount(SPEAKERS);
    const field = page.getByLabel('Poin 1 — Pembicara 1', { exact: true });
    await field.click();
    await page.keyboard.press('Control+End');
    await resetRenders(page);
    await typeAndSave(page, ' tambahan');

    await expect(field).toHaveValue('Butir 1 pembicara 1 tambahan');
    const stored = JSON.parse(fs.readFileSync(dataFile(dataDir, 'rapat', `${id}.json`), 'utf8')).meeting;
    expect(stored.speakers[0].points[0]).toBe('Butir 1 pembicara 1 tambahan');

    const counts = await renders(page);
    // The probe sees the typed card and field render (so this test can fail) ...
    expect(counts[`speaker-card:${speakerIds[0]}`]).toBeGreaterThanOrEqual(1);
    expect(counts['quick-item:Poin 1 — Pembicara 1']).toBeGreaterThanOrEqual(1);
    // ... at most once per keystroke ...
    expect(counts[`speaker-card:${speakerIds[0]}`]).toBeLessThanOrEqual(' tambahan'.length);
    // ... and nothing of any other speaker, nor the other points of this one.
    const others = Object.entries(counts).filter(([k]) => k !== `speaker-card:${speakerIds[0]}` && k !== 'quick-item:Poin 1 — Pembicara 1');
    expect(others).toEqual([]);

    // The Notulen tab: one conclusion typed into, no other conclusion and no follow-up row rendered.
    const loaded = notulenLoaded(page);
    await page.getByRole('tab', { name: 'Notulen' }).click();
    await loaded;
    const conclusion = page.getByLabel('Kesimpulan 2', { exact: true });
    await conclusion.click();
    await page.keyboard.press('Control+End');
    await resetRenders(page);
    await typeAndSave(page, ' disepakati');
    await expect(conclusion).toHaveValue('Kesimpulan kedua disepakati');
    const afterMinutes = await renders(page);
    expect(afterMinutes['quick-item:Kesimpulan 2']).toBeGreaterThanOrEqual(1);
    expect(Object.keys(afterMinutes).filter((k) => k !== 'quick-item:Kesimpulan 2')).toEqual([]);
    for (const f of followUpIds) expect(afterMinutes[`follow-up:${f}`]).toBeUndefined();
    expect(JSON.parse(fs.readFileSync(dataFile(dataDir, 'rapat', `${id}.json`), 'utf8')).meeting.minutes.conclusions[1]).toBe('Kesimpulan kedua disepakati');
  } finally {
    await host.stop();
  }
});

test('typing on the Notulen tab renders only the field typed into: no follow-up row, person, time or other conclusion', async ({ page }) => {
  const dataDir = tempDataDir();
  const host = await startHost(dataDir);
  try {
    const { id, followUpIds } = await longMeeting(host, page);
    await page.addInitScript(() => {
      window.__rakorRenders = { renders: {}, commits: [] };
    });
    await page.goto(host.url);
    const loaded = notulenLoaded(page);
    await page.goto(`${host.origin}/#/rapat/${id}/notulen`);
    await loaded;
    await expect(page.getByTestId('follow-up-row')).toHaveCount(followUpIds.length);
    await expect(page.getByLabel('Kesimpulan 3', { exact: true })).toHaveValue('Kesimpulan ketiga');

    // The probe sees every part of the tab when it opens, so the counts below can fail.
    const opened = await renders(page);
    for (const f of followUpIds) expect(opened[`follow-up:${f}`], `follow-up:${f}`).toBeGreaterThanOrEqual(1);
    for (const k of [
      'person:Pimpinan Rapat',
      'person:Notulis',
      'time:Rapat dibuka pukul',
      'time:Rapat ditutup pukul',
      'quick-item:Kesimpulan 1',
      'quick-item:Kesimpulan 3',
    ]) {
      expect(opened[k], k).toBeGreaterThanOrEqual(1);
    }

    // A conclusion: that conclusion's field only, also after the save's answer.
    const conclusion = page.getByLabel('Kesimpulan 2', { exact: true });
    await conclusion.click();
    await page.keyboard.press('Control+End');
    await resetRenders(page);
    await typeAndSave(page, ' disepakati bersama');
    await expect(conclusion).toHaveValue('Kesimpulan kedua disepakati bersama');
    const typedConclusion = await renders(page);
    expect(typedConclusion['quick-item:Kesimpulan 2']).toBeGreaterThanOrEqual(1);
    expect(typedConclusion['quick-item:Kesimpulan 2']).toBeLessThanOrEqual(' disepakati bersama'.length);
    expect(Object.keys(typedConclusion).filter((k) => k !== 'quick-item:Kesimpulan 2')).toEqual([]);

    // A follow-up's text: that follow-up's row only, no other row and no conclusion.
    const action = page.getByLabel('Tindak lanjut 2', { exact: true });
    await action.click();
    await page.keyboard.press('Control+End');
    await resetRenders(page);
    await typeAndSave(page, ' segera');
    await expect(action).toHaveValue('Tindak lanjut 2 segera');
    const typedAction = await renders(page);
    expect(typedAction[`follow-up:${followUpIds[1]}`]).toBeGreaterThanOrEqual(1);
    expect(typedAction[`follow-up:${followUpIds[1]}`]).toBeLessThanOrEqual(' segera'.length);
    expect(Object.keys(typedAction).filter((k) => k !== `follow-up:${followUpIds[1]}`)).toEqual([]);

    const stored = JSON.parse(fs.readFileSync(dataFile(dataDir, 'rapat', `${id}.json`), 'utf8')).meeting;
    expect(stored.minutes.conclusions).toEqual(['Kesimpulan pertama', 'Kesimpulan kedua disepakati bersama', 'Kesimpulan ketiga']);
    expect(stored.minutes.followUps.map((f: { action: string }) => f.action)).toEqual(['Tindak lanjut 1', 'Tindak lanjut 2 segera', 'Tindak lanjut 3']);
  } finally {
    await host.stop();
  }
});
