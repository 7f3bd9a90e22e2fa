// The second round of the attendance import in Chromium against the real browser host: with
// the roster loaded, a report's proposals are pre-selected with their reason, "Terima semua
// usulan" accepts them again after the user changed one, the grid then holds exactly the true
// cells, and a second import of the same report has nothing new to write. A name placed by
// hand is learned and listed in the roster, where it can be forgotten. H during the meeting
// records the join time.
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { startHost, tempDataDir, type RunningHost } from './host';
import { defaultMeetingSetup } from '../../shared/domain/meeting';
import { dataFile } from './data-folder';
import { JATIM_UNITS, shortUnitName } from '../../shared/domain/units';
import { DEFAULT_ROLES } from '../../shared/domain/roles';

const DIR = path.resolve('tests/fixtures/attendance');
const REPORT = path.join(DIR, 'zoom-judul-roster.csv');
const SHOTS = process.env.RAKOR_SCREENSHOTS === '1';

async function api(page: Page, host: RunningHost, method: string, data: unknown) {
  const res = await page.request.post(`${host.origin}/api/${method}`, { data, headers: { 'X-Rakor-Token': host.token } });
  const body = await res.json();
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value;
}

/** The true cell of every report row, from the fixture's truth table. */
function trueCells(): Set<string> {
  const lines = fs.readFileSync(path.join(DIR, 'zoom-judul-roster.expected.csv'), 'utf8').trim().split('\n').slice(1);
  return new Set(
    lines
      .map((l) => l.split(','))
      .filter((c) => c.at(-2))
      .map((c) => `${c.at(-2)}|${c.at(-1)}`),
  );
}

const cell = (page: Page, unit: string, role: string) => page.getByRole('gridcell', { name: new RegExp(`^${unit.replace('.', '\\.')}, ${role}: `) });

test('proposals accepted in one click fill exactly the true cells; the same report again writes nothing; a hand pick is learned', async ({
  page,
}, testInfo) => {
  const host = await startHost(tempDataDir());
  try {
    await api(page, host, 'roster/import-apply', { base64: fs.readFileSync(path.join(DIR, 'roster-peserta.csv')).toString('base64') });
    const meeting = await api(page, host, 'meetings/create', { ...defaultMeetingSetup('2022-05-25'), title: 'Rakor Evaluasi Sosialisasi Pemilu 2024' });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(host.url);
    await page.evaluate((hash) => (window.location.hash = hash), `#/rapat/${meeting.id}/kehadiran`);
    await expect(page.getByTestId('summary-units')).toHaveText('0 dari 38 unit hadir');

    await page.locator('input[type=file]').setInputFiles(REPORT);
    const review = page.getByRole('dialog', { name: 'Tinjau impor: zoom-judul-roster.csv' });
    await expect(review.getByRole('tab', { name: /Perlu ditinjau/ })).toHaveAttribute('aria-selected', 'true');
    const proposals = review.getByTestId('import-proposals');
    await expect(proposals).toHaveText('7 dari 7 usulan dipilih.');
    // A roster name without unit or role, proposed with the roster as the reason.
    const imam = review.getByRole('radiogroup', { name: /^Imam H/ });
    await expect(imam).toHaveAccessibleDescription(/Usulan: Nama di Roster: Imam Harsono, S\.AP\./);
    await expect(imam.getByRole('radio', { name: 'Kota Surabaya — Kasubag Tekmas (usulan)' })).toBeChecked();
    // The user changes one, then takes all proposals again in one click.
    await imam.getByRole('radio', { name: 'Lewati' }).check();
    await expect(proposals).toHaveText('6 dari 7 usulan dipilih.');
    // A truly open choice stays unselected.
    await expect(review.getByRole('radiogroup', { name: 'Wati KPU Kab. Jember' }).getByRole('radio', { name: 'Lewati' })).toBeChecked();
    await review.getByRole('button', { name: 'Terima semua usulan (7)' }).click();
    await expect(proposals).toHaveText('7 dari 7 usulan dipilih.');
    await expect(imam.getByRole('radio', { name: 'Kota Surabaya — Kasubag Tekmas (usulan)' })).toBeChecked();
    await page.screenshot({ path: testInfo.outputPath('proposals.png') });
    if (SHOTS) await page.screenshot({ path: 'docs/images/attendance-import-proposals.png' });

    // Place "Galaxy A52" by hand in a cell whose person was absent: it is learned.
    const truth = trueCells();
    const free = JATIM_UNITS.flatMap((u) => DEFAULT_ROLES.map((r) => ({ unit: u, role: r }))).find((c) => !truth.has(`${c.unit.code}|${c.role.id}`))!;
    const freeLabel = `${shortUnitName(free.unit)} — ${free.role.short}`;
    await review.getByRole('tab', { name: /Tidak dikenali/ }).click();
    await review.getByRole('combobox', { name: 'Unit untuk Galaxy A52' }).fill(free.unit.code);
    await page.getByRole('option', { name: new RegExp(`\\(${free.unit.code}\\)`) }).click();
    await review.getByRole('combobox', { name: 'Peran untuk Galaxy A52' }).click();
    await page.getByRole('option', { name: free.role.short }).click();

    await review.getByRole('button', { name: 'Terapkan' }).click();
    await expect(review).toBeHidden();
    await expect(cell(page, 'Kota Surabaya', 'Kasubag Tekmas')).toHaveAccessibleName(/: Hadir, Imam H, bergabung \d\d\.\d\d, dari laporan$/);
    await expect(page.getByTestId('save-status')).toHaveText('Semua perubahan tersimpan');

    // The grid holds exactly the true cells (and the one placed by hand).
    const stored = JSON.parse(fs.readFileSync(dataFile(host.dataDir, 'rapat', `${meeting.id}.json`), 'utf8')).meeting;
    const cells = Object.entries(stored.attendance as Record<string, { cells: Record<string, unknown> }>).flatMap(([u, a]) =>
      Object.keys(a.cells).map((r) => `${u}|${r}`),
    );
    const wrong = cells.filter((c) => !truth.has(c) && c !== `${free.unit.code}|${free.role.id}`);
    expect(wrong).toEqual([]);
    // 91 automatic + 7 proposals of the 100 people who attended (bench: import quality) + the hand pick.
    expect(cells).toContain(`${free.unit.code}|${free.role.id}`);
    expect(cells.length).toBeGreaterThanOrEqual(99);

    // The same report again (after a reload, as another day would be): nothing new to write.
    await page.reload();
    await expect(cell(page, 'Kota Surabaya', 'Kasubag Tekmas')).toHaveAccessibleName(/: Hadir, Imam H/);
    await page.locator('input[type=file]').setInputFiles(REPORT);
    const again = page.getByRole('dialog', { name: 'Tinjau impor: zoom-judul-roster.csv' });
    await expect(again.getByTestId('import-plan')).toContainText('Tidak ada yang berubah: isi laporan ini sudah ada di tabel.');
    await expect(again.getByRole('button', { name: 'Terapkan' })).toBeDisabled();
    await again.getByRole('button', { name: 'Batal' }).click();

    // The roster lists what was learned, and forgets it on request.
    await page.evaluate(() => (window.location.hash = '#/roster'));
    await page.getByRole('button', { name: 'Nama yang dipelajari' }).click();
    const learned = page.getByRole('dialog', { name: 'Nama yang dipelajari dari impor kehadiran' });
    await expect(learned.getByRole('row', { name: /Galaxy A52/ })).toContainText(freeLabel);
    await expect(learned.getByRole('row', { name: /Galaxy A52/ })).toContainText('25 Mei 2022');
    if (SHOTS) {
      await expect(learned).toHaveCSS('opacity', '1');
      await expect(page.locator('.mantine-Modal-overlay')).toHaveCSS('opacity', '1');
      await page.screenshot({ path: 'docs/images/learned-names.png' });
    }
    await learned.getByRole('button', { name: 'Lupakan Galaxy A52' }).click();
    await expect(learned.getByRole('row', { name: /Galaxy A52/ })).toHaveCount(0);
    const file = JSON.parse(fs.readFileSync(dataFile(host.dataDir, 'nama-dikenal.json'), 'utf8'));
    expect(file.learned.entries.map((e: { name: string }) => e.name)).not.toContain('Galaxy A52');
  } finally {
    await host.stop();
  }
});

test('H during the meeting records the join time, editable in the cell editor', async ({ page }) => {
  const host = await startHost(tempDataDir());
  try {
    const meeting = await api(page, host, 'meetings/create', { ...defaultMeetingSetup('2022-05-25'), title: 'Rakor' });
    // 09.07 WIB on the meeting's day.
    await page.clock.setFixedTime(new Date('2022-05-25T02:07:30Z'));
    await page.goto(host.url);
    await page.evaluate((hash) => (window.location.hash = hash), `#/rapat/${meeting.id}/kehadiran`);
    await cell(page, 'Kab. Pacitan', 'Divisi Parmas').click();
    await page.keyboard.press('h');
    await expect(cell(page, 'Kab. Pacitan', 'Divisi Parmas')).toHaveAccessibleName('Kab. Pacitan, Divisi Parmas: Hadir, bergabung 09.07');
    await page.keyboard.press('Enter');
    const editor = page.getByRole('dialog', { name: 'Kab. Pacitan — Divisi Parmas' });
    await expect(editor.getByLabel('Jam bergabung')).toHaveValue('09.07');
    await editor.getByLabel('Jam bergabung').fill('09.02');
    await editor.getByLabel('Jam bergabung').press('Enter');
    await expect(cell(page, 'Kab. Pacitan', 'Divisi Parmas')).toHaveAccessibleName('Kab. Pacitan, Divisi Parmas: Hadir, bergabung 09.02');
    // T afterwards keeps the time already there (once the closed editor gave the focus back).
    await expect(editor).toBeHidden();
    await expect(cell(page, 'Kab. Pacitan', 'Divisi Parmas')).toBeFocused();
    await page.keyboard.press('t');
    await expect(cell(page, 'Kab. Pacitan', 'Divisi Parmas')).toHaveAccessibleName('Kab. Pacitan, Divisi Parmas: Terlambat, bergabung 09.02');
  } finally {
    await host.stop();
  }
});
