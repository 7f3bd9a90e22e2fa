// The whole mission of a rakor by keyboard alone, in Chromium against the real browser host:
// create the meeting, fill the roster, invite, mark attendance, log the speakers, export the
// minutes and finalise them. No mouse: only Tab, arrows, Enter, Space and typing. At every
// focus stop the focused element must be on screen, uncovered, and ringed at 3:1 or more.
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import { startHost, tempDataDir } from './host';
import { expectFocusVisible, tabTo } from './a11y';
import { dataFile } from './data-folder';

const SHOTS = process.env.RAKOR_SCREENSHOTS === '1';
const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });

async function press(page: Page, key: string, step: string) {
  await page.keyboard.press(key);
  await expectFocusVisible(page, `${step} (${key})`);
}

test('the whole mission by keyboard alone, with the focus always in view and ringed', async ({ page }) => {
  test.setTimeout(360_000);
  // The smaller screen of an office computer.
  await page.setViewportSize({ width: 1366, height: 768 });
  const host = await startHost(tempDataDir());
  try {
    await page.goto(host.url);
    await expect(page.getByTestId('empty-state')).toBeVisible();
    // A new data folder: the first-start form comes in above the list a moment later, and the
    // keys start once it is there, as a user's would.
    await expect(page.getByTestId('first-run')).toBeVisible();

    // 1. Create the meeting.
    let step = 'Rapat baru';
    await tabTo(page, page.getByRole('link', { name: 'Rapat baru' }).first(), step);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Rapat baru' })).toBeVisible();
    await tabTo(page, page.getByLabel('Nama rapat'), step);
    await page.keyboard.type('Rapat Koordinasi Evaluasi Website');
    await tabTo(page, page.getByLabel('Tanggal'), step);
    // Day and month alike, so the typing is the same in a day-first and a month-first browser.
    await page.keyboard.type('04042030');
    await tabTo(page, page.getByLabel('Mulai'), step);
    await page.keyboard.type('1330');
    await tabTo(page, page.getByLabel('Butir acara 1'), step);
    await page.keyboard.type('Evaluasi berita website');
    await tabTo(page, page.getByRole('button', { name: 'Buat rapat' }), step);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Rapat Koordinasi Evaluasi Website' })).toBeVisible();
    await expect(page.getByText('Kamis, 4 April 2030 · 13.30 WIB s.d. selesai')).toBeVisible();
    const meetingHash = new URL(page.url()).hash;

    // 2. Fill the roster: the search has the focus, Enter opens the unit, typing fills the row.
    step = 'Roster';
    await tabTo(page, nav(page, 'Roster'), step, { max: 400 });
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Cari unit atau orang')).toBeFocused();
    await expectFocusVisible(page, step);
    await page.keyboard.type('tulungagung');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'KPU Kabupaten Tulungagung' })).toBeVisible();
    const firstName = page.getByTestId('role-row').first().getByRole('textbox').first();
    await tabTo(page, firstName, step);
    await page.keyboard.type('Dra. Siti Rahayu');
    await press(page, 'Tab', step);
    await page.keyboard.type('Anggota Divisi Parmas');
    await press(page, 'Tab', step);
    await page.keyboard.type('siti@kpu-tulungagung.go.id');
    await press(page, 'Enter', step);
    await expect(page.getByTestId('roster-save-status')).toHaveText('Semua perubahan tersimpan');

    // 3. Invite: back to the meeting, the combined calendar file, one unit marked as sent.
    step = 'Undangan';
    await tabTo(page, nav(page, 'Rapat'), step, { max: 200 });
    await page.keyboard.press('Enter');
    // As a user does, the next key waits for the page to be there: a Tab pressed while a page
    // is still loading can land on the loading state, which then goes with the focus.
    const meetingLink = page.getByRole('link', { name: 'Rapat Koordinasi Evaluasi Website' });
    await expect(meetingLink).toBeVisible();
    await tabTo(page, meetingLink, step);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe(meetingHash);
    await expect(page.getByRole('button', { name: 'Kalender gabungan (.ics)' })).toBeVisible();
    await tabTo(page, page.getByRole('button', { name: 'Kalender gabungan (.ics)' }), step);
    if (SHOTS) await page.screenshot({ path: 'docs/images/a11y-keyboard-focus.png' });
    const ics = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await ics).suggestedFilename()).toMatch(/\.ics$/);
    await tabTo(page, page.getByRole('checkbox', { name: 'Pilih KPU Kabupaten Tulungagung' }), step);
    await press(page, 'Space', step);
    await tabTo(page, page.getByRole('button', { name: 'Tandai terkirim (1)' }), step, { back: true, max: 200 });
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('sent-summary')).toHaveText('1 dari 38 KPU sudah dikirimi undangan.');
    await expect(page.getByTestId('sent-3504')).toHaveText(/pukul \d{2}\.\d{2} WIB$/);

    // 4. Attendance: the tabs move with the arrow keys; in the grid, letters set the status.
    step = 'Kehadiran';
    const tabs = page.getByRole('tablist').first();
    await tabTo(page, tabs.getByRole('tab', { name: 'Undangan' }), step, { back: true, max: 200 });
    await press(page, 'ArrowRight', step);
    await expect(tabs.getByRole('tab', { name: 'Kehadiran' })).toHaveAttribute('aria-selected', 'true');
    await tabTo(page, page.getByRole('grid'), step);
    await expectFocusVisible(page, step);
    await press(page, 'Home', step);
    await press(page, 'h', step);
    await press(page, 'ArrowRight', step);
    await press(page, 't', step);
    await press(page, 'ArrowDown', step);
    await press(page, 'Shift+H', step);
    for (let i = 0; i < 12; i++) await press(page, 'ArrowDown', step);
    await press(page, 'i', step);
    await expect(page.getByTestId('summary-units')).toHaveText('2 dari 38 unit hadir');
    if (SHOTS) await page.screenshot({ path: 'docs/images/a11y-keyboard-grid.png' });
    // Shift+Tab walks the cells back to the first one and then leaves the grid.
    for (let i = 0; i < 12; i++) await press(page, 'Shift+Tab', step);
    await press(page, 'Control+Home', step);

    // 5. Speakers: the first one, two points, Ctrl+Enter for the next.
    step = 'Pembicara';
    await tabTo(page, tabs.getByRole('tab', { name: 'Kehadiran' }), step, { back: true, max: 200 });
    await press(page, 'ArrowRight', step);
    await expect(tabs.getByRole('tab', { name: 'Pembicara' })).toHaveAttribute('aria-selected', 'true');
    await tabTo(page, page.getByRole('button', { name: 'Tambah pembicara pertama' }), step);
    await page.keyboard.press('Enter');
    const first = page.getByRole('region', { name: /^Pembicara 1/ });
    await expect(first.getByLabel('Nama', { exact: true })).toBeFocused();
    await expectFocusVisible(page, step);
    await page.keyboard.type('Insan Qoriawan');
    await tabTo(page, first.getByLabel('Poin 1 — Pembicara 1', { exact: true }), step);
    await page.keyboard.type('Membuka rapat koordinasi');
    await press(page, 'Enter', step);
    await page.keyboard.type('Meminta laporan kesiapan sosialisasi');
    await press(page, 'Control+Enter', step);
    const second = page.getByRole('region', { name: /^Pembicara 2/ });
    await expect(second.getByLabel('Nama', { exact: true })).toBeFocused();
    await expectFocusVisible(page, step);
    await page.keyboard.type('Gogot Cahyo Baskoro');
    await expect(page.getByTestId('save-status')).toHaveText('Semua perubahan tersimpan');

    // 6. Export the minutes, 7. finalise them.
    step = 'Notulen';
    await tabTo(page, tabs.getByRole('tab', { name: 'Pembicara' }), step, { back: true, max: 200 });
    await press(page, 'ArrowRight', step);
    await expect(tabs.getByRole('tab', { name: 'Notulen' })).toHaveAttribute('aria-selected', 'true');
    await tabTo(page, page.getByRole('button', { name: 'Unduh notulen (DOCX)' }), step);
    const docx = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await docx).suggestedFilename()).toMatch(/^Notulen 2030-04-04 .*\.docx$/);
    await tabTo(page, page.getByRole('button', { name: 'Finalkan notulen' }), step);
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog', { name: 'Finalkan notulen?' });
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole('button', { name: 'Finalkan notulen' })).toBeFocused();
    await expectFocusVisible(page, step);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('final-banner')).toBeVisible();
    await expect(page.getByTestId('minutes-status')).toHaveText('Final');
    // The record on disk is final too.
    const id = meetingHash.split('/')[2];
    const stored = JSON.parse(fs.readFileSync(dataFile(host.dataDir, 'rapat', `${id}.json`), 'utf8'));
    expect(stored.meeting?.minutes?.status ?? stored.minutes?.status).toBe('final');
  } finally {
    await host.stop();
  }
});
