// The Undangan screen end to end in the browser host: the demo meeting loaded from the
// empty state, "Ekspor semua" as one .zip (read back with jszip and ical.js), the copy
// button, the sent record per unit, cancelling with its calendar file, and the template
// editor's message for a misspelt placeholder.
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import JSZip from 'jszip';
import ICAL from 'ical.js';
import { startHost, tempDataDir, type RunningHost } from './host';
import { itemAt, valueAt } from '../helpers/indexed';

const SHOTS = process.env.RAKOR_SCREENSHOTS === '1';

async function openDemoInvitations(page: Page, host: RunningHost) {
  await page.goto(host.url);
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await page.getByRole('button', { name: 'Muat rapat contoh' }).first().click();
  await expect(page.getByRole('tab', { name: 'Undangan' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('invitations')).toBeVisible();
}

function dtstart(ics: string): string {
  const line = ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .find((l) => l.startsWith('DTSTART'));
  return line ? line.slice(line.indexOf(':') + 1) : '';
}

test('exports everything for the seed meeting as one .zip and the files are what calendars and Word expect', async ({ page }) => {
  const host = await startHost(tempDataDir());
  try {
    await openDemoInvitations(page, host);
    // Fresh settings have no organiser email: the readiness check says so.
    await expect(page.getByTestId('readiness')).toContainText('Email penyelenggara belum diisi di Pengaturan');
    await expect(page.getByTestId('readiness')).toContainText('38 KPU belum lengkap kontaknya di Roster');

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ekspor semua (.zip)' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('undangan-rakor-2022-05-25.zip');
    await expect(page.getByTestId('export-result')).toContainText('79 berkas dikemas dalam undangan-rakor-2022-05-25.zip');
    await expect(page.getByTestId('export-progress')).toContainText('Selesai');
    await expect(page.getByRole('progressbar', { name: 'Kemajuan ekspor' })).toHaveAttribute('aria-valuenow', '100');

    const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
    const names = Object.keys(zip.files).filter((n) => !valueAt(zip.files, n).dir);

    const letters = names.filter((n) => n.endsWith('.docx'));
    expect(letters).toEqual(['undangan-rakor-2022-05-25/surat-undangan-rakor-2022-05-25.docx']);
    const letter = await JSZip.loadAsync(await zip.file(itemAt(letters, 0))!.async('uint8array'));
    const documentXml = await letter.file('word/document.xml')!.async('string');
    const letterText = [...documentXml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(letterText).toContain('123/PP.01-Und/35/2022');

    const calendars = names.filter((n) => n.endsWith('.ics'));
    expect(calendars).toHaveLength(39);
    expect(calendars).toContain('undangan-rakor-2022-05-25/kalender/rakor-2022-05-25-semua.ics');
    expect(calendars).toContain('undangan-rakor-2022-05-25/kalender/rakor-2022-05-25-kabupaten-tulungagung.ics');
    expect(calendars).toContain('undangan-rakor-2022-05-25/kalender/rakor-2022-05-25-kota-batu.ics');
    const summaries = new Set<string>();
    for (const name of calendars) {
      const text = await zip.file(name)!.async('string');
      const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
      expect(dtstart(text)).toBe('20220525T020000Z');
      expect((event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe('2022-05-25T02:00:00.000Z');
      summaries.add(String(event.getFirstPropertyValue('summary')));
    }
    expect([...summaries]).toEqual(['Rapat Koordinasi Persiapan Sosialisasi dan Pendidikan Pemilih Pemilu Tahun 2024']);

    const messages = names.filter((n) => n.endsWith('.txt'));
    expect(messages).toHaveLength(1);
    const message = await zip.file(itemAt(messages, 0))!.async('string');
    expect(message).toContain('Rabu, 25 Mei 2022');
    expect(message).toContain('https://zoom.us/j/84512345678');

    // The offer after the export marks every unit as sent.
    await page.getByRole('button', { name: 'Tandai semua KPU terkirim sekarang' }).click();
    await expect(page.getByTestId('sent-summary')).toHaveText('38 dari 38 KPU sudah dikirimi undangan.');
  } finally {
    await host.stop();
  }
});

test('the copy button puts the WhatsApp text on the clipboard', async ({ page, context }) => {
  const host = await startHost(tempDataDir());
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
    await openDemoInvitations(page, host);
    await expect(page.getByTestId('whatsapp-preview').locator('strong').first()).toHaveText('UNDANGAN RAPAT');
    await page.getByRole('button', { name: 'Salin pesan WhatsApp' }).click();
    await expect(page.getByRole('button', { name: 'Tersalin ✓' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('*UNDANGAN RAPAT*\n*Rapat Koordinasi Persiapan Sosialisasi')).toBe(true);
    expect(copied).toContain('*Hari/Tanggal:* Rabu, 25 Mei 2022\n*Waktu:* 09.00 WIB s.d. selesai');
    expect(copied).not.toMatch(/[{}]/);

    await page.getByRole('tab', { name: 'Email' }).click();
    await expect(page.getByTestId('email-subject')).toHaveText(
      'Undangan Rapat Koordinasi Persiapan Sosialisasi dan Pendidikan Pemilih Pemilu Tahun 2024 - Rabu, 25 Mei 2022',
    );
    await page.getByRole('button', { name: 'Salin isi email' }).click();
    const body = await page.evaluate(() => navigator.clipboard.readText());
    expect(body.startsWith('Yth. Ketua KPU Kabupaten/Kota se-Jawa Timur')).toBe(true);
    expect(body).not.toContain('*');
  } finally {
    await host.stop();
  }
});

test('marking units as sent shows the date and time, survives a reload, and a time change asks to resend an update', async ({ page }) => {
  const host = await startHost(tempDataDir());
  try {
    await openDemoInvitations(page, host);
    await expect(page.getByTestId('sent-summary')).toHaveText('0 dari 38 KPU sudah dikirimi undangan.');
    await page.getByRole('checkbox', { name: 'Pilih KPU Kabupaten Tulungagung' }).check();
    await page.getByRole('checkbox', { name: 'Pilih KPU Kota Surabaya' }).check();
    await page.getByRole('button', { name: 'Tandai terkirim (2)' }).click();
    await expect(page.getByTestId('sent-summary')).toHaveText('2 dari 38 KPU sudah dikirimi undangan.');
    // The Indonesian date and time of now, in the meeting's zone (WIB).
    const sentCell = page.getByTestId('sent-3504');
    await expect(sentCell).toHaveText(/^(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} \S+ \d{4} pukul \d{2}\.\d{2} WIB$/);
    const shown = await sentCell.innerText();
    const stored = await (await page.request.post(`${host.origin}/api/meetings/list`, { data: {}, headers: { 'X-Rakor-Token': host.token } })).json();
    const id = stored.value.meetings[0].id as string;
    const meeting = (await (await page.request.post(`${host.origin}/api/meetings/get`, { data: { id }, headers: { 'X-Rakor-Token': host.token } })).json())
      .value;
    expect(Object.keys(meeting.invitations.sentUnits).sort()).toEqual(['3504', '3578']);
    const expected = new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', hour: '2-digit', minute: '2-digit', hour12: false })
      .format(new Date(meeting.invitations.sentUnits['3504']))
      .replace(':', '.');
    expect(shown).toContain(`pukul ${expected} WIB`);
    await expect(page.getByTestId('sent-3501')).toHaveText('Belum');

    await page
      .locator('label')
      .filter({ hasText: /^Belum terkirim$/ })
      .click();
    await expect(page.getByRole('radio', { name: 'Belum terkirim' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Pilih KPU Kabupaten Tulungagung' })).toHaveCount(0);
    await page
      .locator('label')
      .filter({ hasText: /^Semua$/ })
      .click();
    await expect(page.getByRole('checkbox', { name: 'Pilih KPU Kabupaten Tulungagung' })).toBeVisible();

    await page.reload();
    await expect(page.getByTestId('sent-3504')).toHaveText(shown);

    // Moving the meeting to 13.00: the calendar files become an update to send again.
    await page.request.post(`${host.origin}/api/meetings/update-setup`, {
      data: {
        id,
        setup: Object.fromEntries(
          Object.entries({ ...meeting, startTime: '13:00' }).filter(
            ([k]) => !['id', 'status', 'createdAt', 'updatedAt', 'deletedAt', 'attendance', 'speakers', 'minutes', 'invitations'].includes(k),
          ),
        ),
      },
      headers: { 'X-Rakor-Token': host.token },
    });
    await page.reload();
    await expect(page.getByTestId('update-notice')).toContainText('PEMBARUAN (urutan ke-1)');
    await expect(page.getByTestId('sent-3504')).toContainText('perlu dikirim ulang');
    const ics = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh .ics KPU Kabupaten Tulungagung' }).click();
    const text = fs.readFileSync((await (await ics).path())!, 'utf8');
    expect(text).toContain('SEQUENCE:1');
    expect(dtstart(text)).toBe('20220525T060000Z');
  } finally {
    await host.stop();
  }
});

test('cancelling the meeting asks first, then offers the cancellation calendar file', async ({ page }) => {
  const host = await startHost(tempDataDir());
  try {
    await openDemoInvitations(page, host);
    await page.getByRole('button', { name: 'Batalkan rapat' }).click();
    const dialog = page.getByRole('dialog', { name: 'Batalkan rapat ini?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Kembali' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('cancelled-notice')).toHaveCount(0);

    await page.getByRole('button', { name: 'Batalkan rapat' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ya, batalkan rapat' }).click();
    await expect(page.getByTestId('cancelled-notice')).toContainText('Rapat ini dibatalkan');
    await expect(page.getByRole('button', { name: 'Ekspor semua (.zip)' })).toHaveCount(0);
    // The message now tells the units the meeting is off.
    await expect(page.getByRole('heading', { name: 'Pesan pembatalan' })).toBeVisible();
    await expect(page.getByTestId('whatsapp-preview')).toContainText('PEMBATALAN RAPAT');
    await expect(page.getByTestId('whatsapp-preview')).toContainText('Rabu, 25 Mei 2022');

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh pembatalan (.ics, semua KPU)' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('batal-rakor-2022-05-25-semua.ics');
    const text = fs.readFileSync((await download.path())!, 'utf8');
    const cal = new ICAL.Component(ICAL.parse(text));
    // The demo has no organiser email: the cancellation is announced (PUBLISH) rather than an iTIP CANCEL.
    expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(cal.getFirstSubcomponent('vevent')!.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(text).not.toContain('ORGANIZER');

    await page.goto(host.url);
    await expect(page.getByText('Dibatalkan').first()).toBeVisible();
  } finally {
    await host.stop();
  }
});

test('the template editor names a misspelt placeholder in Indonesian, the message leaves it out, and the default comes back', async ({ page }) => {
  const host = await startHost(tempDataDir());
  try {
    await openDemoInvitations(page, host);
    const meetingUrl = page.url();
    await page.getByRole('link', { name: 'Ubah kata-kata pesan di Pengaturan' }).click();
    const editor = page.getByTestId('template-settings');
    await expect(editor.getByLabel('Templat', { exact: true })).toHaveValue('Undangan: pesan WhatsApp');
    const area = editor.getByRole('textbox', { name: 'Teks templat' });
    await expect(area).toHaveValue(/^\*UNDANGAN RAPAT\*\n\*\{judul\}\*/);

    await area.fill('*Undangan* {judul}\nTanggal: {hari_tangal}\nWaktu: ');
    await area.press('End');
    await editor.getByRole('button', { name: 'Sisipkan {waktu}' }).click();
    await expect(area).toHaveValue('*Undangan* {judul}\nTanggal: {hari_tangal}\nWaktu: {waktu}');
    await expect(editor.getByTestId('template-problems')).toHaveText('Isian {hari_tangal} tidak dikenal. Maksud Anda {hari_tanggal}?');
    const preview = editor.getByTestId('template-preview');
    await expect(preview).toContainText('Waktu: 09.00 WIB s.d. selesai');
    await expect(preview).toContainText('Undangan Rapat Koordinasi Persiapan Sosialisasi');
    await expect(preview).not.toContainText('{');
    await expect(editor.getByTestId('template-save-status')).toHaveText('Tersimpan');
    if (SHOTS) {
      await page.mouse.move(0, 0);
      await expect(page.getByRole('tooltip')).toHaveCount(0);
      await editor.screenshot({ path: 'docs/images/invitations-templates.png' });
    }

    // The meeting's message uses the new wording and the tab repeats the warning.
    await page.goto(meetingUrl);
    await expect(page.getByTestId('template-problems')).toContainText('Isian {hari_tangal} tidak dikenal. Maksud Anda {hari_tanggal}?');
    await expect(page.getByTestId('whatsapp-preview')).toContainText('Waktu: 09.00 WIB s.d. selesai');
    await expect(page.getByTestId('whatsapp-preview')).not.toContainText('{');

    await page.getByRole('link', { name: 'Ubah kata-kata pesan di Pengaturan' }).click();
    await expect(area).toHaveValue('*Undangan* {judul}\nTanggal: {hari_tangal}\nWaktu: {waktu}');
    await editor.getByRole('button', { name: 'Kembalikan ke bawaan' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ya, kembalikan' }).click();
    await expect(area).toHaveValue(/^\*UNDANGAN RAPAT\*/);
    await expect(editor.getByText('Semua isian dikenal.')).toBeVisible();
    const settings = await (await page.request.post(`${host.origin}/api/settings/get`, { data: {}, headers: { 'X-Rakor-Token': host.token } })).json();
    expect(settings.value.templates).toEqual({});
  } finally {
    await host.stop();
  }
});

test('screenshots of the invitation screen for the README', async ({ page }) => {
  test.skip(!SHOTS, 'set RAKOR_SCREENSHOTS=1 to refresh docs/images');
  const host = await startHost(tempDataDir());
  const headers = { 'X-Rakor-Token': host.token };
  try {
    const post = async (method: string, data: unknown) => (await (await page.request.post(`${host.origin}/api/${method}`, { data, headers })).json()).value;
    const settings = await post('settings/get', {});
    await post('settings/save', { ...settings, organizerEmail: 'parmas@kpujatim.example.go.id' });
    const person = (unitCode: string, roleId: string, name: string, email: string, phone: string) => ({
      id: `${unitCode}-${roleId}`,
      unitCode,
      roleId,
      patch: { name, email, phone },
    });
    const people = [
      person('3501', 'parmas', 'Sri Wahyuni', 'sri.wahyuni@kpu-pacitan.example.go.id', '+6281234500101'),
      person('3501', 'tekmas', 'Agus Prasetyo', 'agus@kpu-pacitan.example.go.id', '+6281234500102'),
      person('3501', 'medsos', 'Dimas Saputra', '', '+6281234500103'),
      person('3502', 'parmas', 'Nur Hidayati', 'nur@kpu-ponorogo.example.go.id', '+6281234500201'),
      person('3502', 'tekmas', 'Bambang Irawan', 'bambang@kpu-ponorogo.example.go.id', ''),
      person('3502', 'medsos', 'Rina Lestari', 'rina@kpu-ponorogo.example.go.id', '+6281234500203'),
      person('3504', 'parmas', 'Dr. Anita Sari', 'anita@kpu-tulungagung.example.go.id', '+6281234500401'),
      person('3504', 'tekmas', 'Budi Santoso', 'budi@kpu-tulungagung.example.go.id', '+6281234500402'),
      person('3504', 'medsos', 'Fajar Nugroho', 'fajar@kpu-tulungagung.example.go.id', '+6281234500403'),
    ];
    for (const p of people) await post('roster/save-person', p);
    await openDemoInvitations(page, host);
    await page.getByRole('checkbox', { name: 'Pilih KPU Kabupaten Pacitan' }).check();
    await page.getByRole('checkbox', { name: 'Pilih KPU Kabupaten Tulungagung' }).check();
    await page.getByRole('button', { name: 'Tandai terkirim (2)' }).click();
    await expect(page.getByTestId('sent-summary')).toHaveText('2 dari 38 KPU sudah dikirimi undangan.');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ekspor semua (.zip)' }).click();
    await download;
    await expect(page.getByTestId('export-result')).toBeVisible();
    // Let the notifications close so they do not cover the page.
    await page.waitForTimeout(3500);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: 'docs/images/invitations.png' });
    await page.getByRole('heading', { name: 'Pengiriman per KPU' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -24));
    await page.screenshot({ path: 'docs/images/invitations-sent.png' });
  } finally {
    await host.stop();
  }
});
