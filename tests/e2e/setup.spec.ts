// A meeting's complete set-up end to end in Chromium: every section of the form filled and
// stored, the next rakor of a series made by duplicating, and a delete that the bin undoes.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import { startHost, tempDataDir, type RunningHost } from './host';
import { dataFile } from './data-folder';
import { itemAt } from '../helpers/indexed';

const SHOTS = process.env.RAKOR_SCREENSHOTS === '1';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function api(request: APIRequestContext, host: RunningHost, method: string, data: unknown = {}): Promise<Json> {
  const res = await request.post(`${host.origin}/api/${method}`, { data, headers: { 'X-Rakor-Token': host.token } });
  const body = await res.json();
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.value;
}

async function onlyMeeting(request: APIRequestContext, host: RunningHost, title: string): Promise<Json> {
  const list = await api(request, host, 'meetings/list', { includeDeleted: true });
  const found = list.meetings.filter((m: Json) => m.title === title);
  expect(found).toHaveLength(1);
  return api(request, host, 'meetings/get', { id: found[0].id });
}

async function fillList(page: Page, itemLabel: string, addLabel: string, items: string[]) {
  for (let i = 0; i < items.length; i++) {
    if (i > 0) await page.getByRole('button', { name: addLabel }).click();
    await page.getByLabel(`${itemLabel} ${i + 1}`, { exact: true }).fill(itemAt(items, i));
  }
}

test('every section of a meeting’s set-up is filled in the form and stored', async ({ page, request }) => {
  const host = await startHost(tempDataDir());
  try {
    await api(request, host, 'roster/add-role', { label: 'Divisi Hukum', short: '', keywords: ['hukum'] });
    await page.goto(host.url);
    await page.getByRole('link', { name: 'Rapat baru' }).first().click();

    await page.getByLabel('Nama rapat').fill('Rapat Koordinasi Evaluasi Sosialisasi Kota');
    await page.getByLabel('Tanggal').fill('2030-03-06');
    await page.getByLabel('Mulai').fill('13:30');
    await fillList(page, 'Butir acara', 'Tambah butir acara', ['Evaluasi berita website', 'Pembukaan']);
    await page.getByRole('button', { name: 'Naikkan butir acara nomor 2' }).click();
    await expect(page.getByLabel('Butir acara 1', { exact: true })).toHaveValue('Pembukaan');
    await fillList(page, 'Rujukan', 'Tambah rujukan', ['Surat KPU RI Nomor 311 Tahun 2022 tentang Pelaksanaan Perjanjian Kerja Sama']);

    await page.getByLabel('Jabatan pimpinan rapat').fill('Plh. Ketua KPU Provinsi Jawa Timur');
    await page.getByLabel('Nama pimpinan rapat').fill('Insan Qoriawan');
    await page.getByLabel('Jabatan notulis').fill('Staf Subbagian Teknis dan Hupmas');
    await page.getByLabel('Nama notulis').fill('Rina Wulandari');

    await page.getByLabel('Nomor surat').fill('123/PP.01-Und/35/2030');
    await page.getByRole('combobox', { name: 'Sifat' }).click();
    await page.getByRole('option', { name: 'Segera', exact: true }).click();
    await page.getByLabel('Lampiran').fill('1 (satu) lembar');
    await page.getByLabel('Hal', { exact: true }).fill('Undangan Rapat Koordinasi Evaluasi');
    await page.getByLabel('Tgl. surat').fill('2030-03-02');
    await page.getByLabel('Jabatan penanda tangan').fill('Plh. Ketua');
    await page.getByLabel('Nama penanda tangan').fill('Insan Qoriawan');
    await fillList(page, 'Tembusan', 'Tambah tembusan', ['Ketua KPU Republik Indonesia', 'Arsip']);

    // Units: only the cities, then a picked list; roles: a custom one instead of a default.
    await page.getByRole('radio', { name: 'Hanya kota' }).check();
    await expect(page.getByTestId('units-count')).toHaveText('9 dari 38 unit diundang');
    await page.getByRole('radio', { name: 'Pilih unit' }).check();
    await expect(page.getByRole('checkbox', { name: 'KPU Kota Batu' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'KPU Kabupaten Malang' })).not.toBeChecked();
    await page.getByRole('checkbox', { name: 'KPU Kota Batu' }).uncheck();
    await page.getByRole('checkbox', { name: 'KPU Kabupaten Tulungagung' }).check();
    await expect(page.getByTestId('units-count')).toHaveText('9 dari 38 unit diundang');
    await page.getByRole('checkbox', { name: 'Operator Medsos' }).uncheck();
    await page.getByRole('checkbox', { name: 'Divisi Hukum' }).check();
    await page.getByLabel('Pengingat kalender (menit sebelumnya)').fill('60');

    // With no role and no unit the form says so next to the fields, and creates nothing.
    await page.getByRole('checkbox', { name: 'Divisi Parmas' }).uncheck();
    await page.getByRole('checkbox', { name: 'Kasubag Tekmas' }).uncheck();
    await page.getByRole('checkbox', { name: 'Divisi Hukum' }).uncheck();
    await page.getByRole('button', { name: 'Kosongkan' }).click();
    await page.getByRole('button', { name: 'Buat rapat' }).click();
    await expect(page.getByText('Pilih minimal satu peran yang diundang.')).toBeVisible();
    await expect(page.getByText('Pilih minimal satu unit yang diundang.')).toBeVisible();
    expect((await api(request, host, 'meetings/list')).meetings).toHaveLength(0);
    await page.getByRole('checkbox', { name: 'Divisi Parmas' }).check();
    await page.getByRole('checkbox', { name: 'Kasubag Tekmas' }).check();
    await page.getByRole('checkbox', { name: 'Divisi Hukum' }).check();
    for (const name of ['KPU Kabupaten Tulungagung', 'KPU Kota Kediri', 'KPU Kota Malang', 'KPU Kota Surabaya']) {
      await page.getByRole('checkbox', { name }).check();
    }

    await page.getByRole('button', { name: 'Buat rapat' }).click();
    await expect(page.getByRole('heading', { name: 'Rapat Koordinasi Evaluasi Sosialisasi Kota' })).toBeVisible();

    const m = await onlyMeeting(request, host, 'Rapat Koordinasi Evaluasi Sosialisasi Kota');
    expect(m.agenda).toEqual(['Pembukaan', 'Evaluasi berita website']);
    expect(m.references).toEqual(['Surat KPU RI Nomor 311 Tahun 2022 tentang Pelaksanaan Perjanjian Kerja Sama']);
    expect(m.chair).toEqual({ jabatan: 'Plh. Ketua KPU Provinsi Jawa Timur', name: 'Insan Qoriawan' });
    expect(m.notetaker).toEqual({ jabatan: 'Staf Subbagian Teknis dan Hupmas', name: 'Rina Wulandari' });
    expect(m.letter).toEqual({
      number: '123/PP.01-Und/35/2030',
      sifat: 'Segera',
      lampiran: '1 (satu) lembar',
      hal: 'Undangan Rapat Koordinasi Evaluasi',
      letterDate: '2030-03-02',
      place: 'Surabaya',
      signatory: { jabatan: 'Plh. Ketua', name: 'Insan Qoriawan' },
      tembusan: ['Ketua KPU Republik Indonesia', 'Arsip'],
    });
    expect(m.unitsInvitedMode).toBe('picked');
    expect(m.unitsInvited).toEqual(['3504', '3571', '3573', '3578']);
    expect(m.rolesInvited).toEqual(['parmas', 'tekmas', 'divisi-hukum']);
    expect(m.reminderMinutes).toBe(60);

    // Editing shows everything as stored.
    await page.getByRole('link', { name: 'Ubah', exact: true }).click();
    await expect(page.getByLabel('Rujukan 1', { exact: true })).toHaveValue(m.references[0]);
    await expect(page.getByLabel('Tembusan 2', { exact: true })).toHaveValue('Arsip');
    await expect(page.getByRole('radio', { name: 'Pilih unit' })).toBeChecked();
    await expect(page.getByTestId('units-count')).toHaveText('4 dari 38 unit diundang');
    if (SHOTS) {
      await page.getByRole('heading', { name: 'Surat undangan' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: 'docs/images/setup-letter.png' });
      await page.getByTestId('units-count').scrollIntoViewIfNeeded();
      await page.screenshot({ path: 'docs/images/setup-invited.png' });
    }
    await page.getByRole('radio', { name: 'Semua unit' }).check();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByRole('heading', { name: 'Rapat Koordinasi Evaluasi Sosialisasi Kota' })).toBeVisible();
    const edited = await api(request, host, 'meetings/get', { id: m.id });
    expect(edited.unitsInvitedMode).toBe('all');
    expect(edited.unitsInvited).toHaveLength(38);
    expect(edited.letter).toEqual(m.letter);
  } finally {
    await host.stop();
  }
});

test('duplicating a meeting copies its set-up to the new date without attendance, speakers or minutes', async ({ page, request }) => {
  const host = await startHost(tempDataDir());
  try {
    const source = await api(request, host, 'meetings/load-demo');
    await api(request, host, 'attendance/set-cells', {
      id: source.id,
      cells: [{ unitCode: '3504', roleId: 'parmas', value: { status: 'hadir', joinTime: '09:02', durationMinutes: 120 } }],
    });
    await api(request, host, 'minutes/update', { id: source.id, patch: { conclusions: ['Website setiap unit memuat berita sosialisasi.'] } });
    expect(source.speakers.length).toBeGreaterThan(0);

    await page.goto(host.url);
    await page.getByRole('link', { name: source.title }).click();
    await page.getByRole('button', { name: 'Duplikat' }).click();
    const dialog = page.getByRole('dialog', { name: 'Duplikat rapat (rapat berikutnya dalam seri)' });
    await expect(dialog.getByLabel('Tanggal rapat baru')).toHaveValue('01/06/2022');
    await dialog.getByLabel('Tanggal rapat baru').fill('2022-06-08');
    await dialog.getByRole('button', { name: 'Duplikat' }).click();
    await expect(page.getByText('Rabu, 8 Juni 2022 · 09.00 WIB s.d. selesai')).toBeVisible();
    await expect(page.getByRole('heading', { name: source.title })).toBeVisible();

    const list = (await api(request, host, 'meetings/list')).meetings;
    expect(list.map((m: Json) => m.date)).toEqual(['2022-05-25', '2022-06-08']);
    const copy = await api(request, host, 'meetings/get', { id: list[1].id });
    expect(copy.id).not.toBe(source.id);
    const setupKeys = [
      'title',
      'startTime',
      'endTime',
      'timeZone',
      'mode',
      'platform',
      'joinUrl',
      'meetingId',
      'passcode',
      'agenda',
      'references',
      'chair',
      'notetaker',
      'letter',
      'unitsInvitedMode',
      'unitsInvited',
      'rolesInvited',
      'reminderMinutes',
    ];
    for (const k of setupKeys) expect(copy[k], k).toEqual(source[k]);
    expect(copy.attendance).toEqual({});
    expect(copy.speakers).toEqual([]);
    expect(copy.minutes).toMatchObject({ status: 'draft', conclusions: [], followUps: [] });
    expect(copy.invitations).toEqual({ sequence: 0, sentFingerprint: '', sentUnits: {} });
    // The source keeps its record.
    const again = await api(request, host, 'meetings/get', { id: source.id });
    expect(again.speakers).toHaveLength(source.speakers.length);
    expect(again.attendance['3504'].cells.parmas.status).toBe('hadir');
  } finally {
    await host.stop();
  }
});

test('a deleted meeting goes to the bin with its data and comes back with one click', async ({ page, request }) => {
  const host = await startHost(tempDataDir());
  try {
    const m = await api(request, host, 'meetings/load-demo');
    await page.goto(host.url);
    await page.getByRole('link', { name: m.title }).click();
    await page.getByRole('button', { name: 'Hapus', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Pindahkan ke Sampah?' });
    await dialog.getByRole('button', { name: 'Hapus', exact: true }).click();
    await expect(page.getByText('Rapat dipindahkan ke Sampah', { exact: true })).toBeVisible();
    await expect(page.getByTestId('meeting-row')).toHaveCount(0);
    // Nothing is lost: the file stays, marked as deleted.
    const onDisk = JSON.parse(fs.readFileSync(dataFile(host.dataDir, 'rapat', `${m.id}.json`), 'utf8'));
    expect(onDisk.meeting.deletedAt).not.toBe('');
    expect(onDisk.meeting.speakers).toHaveLength(m.speakers.length);

    await page.getByRole('link', { name: 'Sampah' }).click();
    const row = page.getByTestId('bin-row').filter({ hasText: m.title });
    await expect(row).toBeVisible();
    await row.getByRole('button', { name: 'Pulihkan' }).click();
    await expect(page.getByRole('heading', { name: m.title })).toBeVisible();
    const restored = await api(request, host, 'meetings/get', { id: m.id });
    expect(restored.deletedAt).toBe('');
    expect(restored.speakers).toEqual(m.speakers);
    await page.getByRole('link', { name: 'Sampah' }).click();
    await expect(page.getByText('Sampah kosong.')).toBeVisible();
  } finally {
    await host.stop();
  }
});
