// A meeting in words, as the letter, the minutes, the calendar files and the messages all
// say it: who attends, which units, where, the link, and who is sent the invitation.
import { describe, expect, it } from 'vitest';
import {
  absentUnitsInWords,
  agendaItems,
  agendaNumbered,
  invitedRolesInWords,
  invitedUnits,
  joinIndonesian,
  letterLabel,
  modeInWords,
  normalizeJoinUrl,
  onlineRows,
  organizerInWords,
  personInWords,
  placeInDocument,
  placeInWords,
  provinceName,
  roleCountsInWords,
  speakerTime,
  speakerWho,
  unitNameOf,
  unitsInWords,
} from '../../shared/domain/meeting-words';
import { inviteesOf, usableEmail } from '../../shared/invitations/invitees';
import { attendanceCounts } from '../../shared/domain/attendance';
import { defaultRoster } from '../../shared/domain/roster';
import { defaultSettings } from '../../shared/domain/settings';
import { JATIM_UNITS } from '../../shared/domain/units';
import { invitationRoster, seedMeeting } from './helpers/invitation-seed';

describe('invitedRolesInWords', () => {
  it('lists the three default roles, with semicolons because the Kasubag title holds a comma', () => {
    expect(invitedRolesInWords(seedMeeting(), defaultRoster())).toBe(
      'Anggota/Komisioner Divisi Sosdiklih Parmas; Kasubag Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat; dan Operator Media Sosial',
    );
  });

  it('follows the order chosen for the meeting and includes roles the user added', () => {
    const roster = defaultRoster();
    roster.roles.push({ id: 'hukum', label: 'Anggota Divisi Hukum', short: 'Divisi Hukum', keywords: [] });
    expect(invitedRolesInWords({ rolesInvited: ['medsos', 'parmas'] }, roster)).toBe('Operator Media Sosial dan Anggota/Komisioner Divisi Sosdiklih Parmas');
    expect(invitedRolesInWords({ rolesInvited: ['hukum', 'medsos', 'parmas'] }, roster)).toBe(
      'Anggota Divisi Hukum, Operator Media Sosial, dan Anggota/Komisioner Divisi Sosdiklih Parmas',
    );
    expect(invitedRolesInWords({ rolesInvited: ['tekmas', 'medsos'] }, roster)).toBe(
      'Kasubag Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat; dan Operator Media Sosial',
    );
    expect(invitedRolesInWords({ rolesInvited: ['medsos'] }, roster)).toBe('Operator Media Sosial');
  });

  it('joins lists the Indonesian way, with the comma before "dan" and semicolons around items that hold commas', () => {
    expect(joinIndonesian([])).toBe('');
    expect(joinIndonesian(['A', ' '])).toBe('A');
    expect(joinIndonesian(['A', 'B'])).toBe('A dan B');
    expect(joinIndonesian(['A', '', 'B', 'C'])).toBe('A, B, dan C');
    expect(joinIndonesian(['a, x', 'b', 'c'])).toBe('a, x; b; dan c');
    expect(joinIndonesian(['a, x', 'b'])).toBe('a, x; dan b');
  });
});

describe('unitsInWords', () => {
  const settings = defaultSettings();
  const roster = defaultRoster();

  it('says "se-Jawa Timur" when every unit, every kabupaten or every kota is invited', () => {
    expect(unitsInWords(seedMeeting(), roster, settings)).toBe('KPU Kabupaten/Kota se-Jawa Timur');
    const kota = JATIM_UNITS.filter((u) => u.kind === 'kota').map((u) => u.code);
    expect(unitsInWords({ unitsInvited: kota }, roster, settings)).toBe('KPU Kota se-Jawa Timur');
    const kab = JATIM_UNITS.filter((u) => u.kind === 'kabupaten').map((u) => u.code);
    expect(unitsInWords({ unitsInvited: kab }, roster, settings)).toBe('KPU Kabupaten se-Jawa Timur');
  });

  it('names picked units by their official names, in code order', () => {
    expect(unitsInWords({ unitsInvited: ['3572', '3505', '3504'] }, roster, settings)).toBe(
      'KPU Kabupaten Tulungagung, KPU Kabupaten Blitar, dan KPU Kota Blitar',
    );
  });

  it('reads the province from the letterhead, however it is capitalised', () => {
    const withSubtitle = (subtitle: string) => ({ organisation: { ...settings.organisation, subtitle } });
    expect(provinceName(settings)).toBe('Jawa Timur');
    expect(provinceName(withSubtitle('PROVINSI DKI JAKARTA'))).toBe('DKI Jakarta');
    expect(provinceName(withSubtitle('Provinsi DKI Jakarta'))).toBe('DKI Jakarta');
    expect(provinceName(withSubtitle('provinsi jawa timur'))).toBe('Jawa Timur');
    expect(provinceName(withSubtitle('PROVINSI  DI   YOGYAKARTA'))).toBe('DI Yogyakarta');
    expect(provinceName(withSubtitle(''))).toBe('');
    expect(organizerInWords({ ...settings, organizerName: '' })).toBe('KPU Provinsi Jawa Timur');
    expect(organizerInWords({ ...settings, organizerName: '\u0007' })).toBe('KPU Provinsi Jawa Timur');
    expect(organizerInWords({ organizerName: '', organisation: { ...settings.organisation, subtitle: '' } })).toBe('KOMISI PEMILIHAN UMUM');
  });

  it('keeps an invited code the roster does not know, under its code, in code order', () => {
    const units = invitedUnits({ unitsInvited: ['3579', '9999', '3504', '3504'] }, roster);
    expect(units.map((u) => u.code)).toEqual(['3504', '3579', '9999']);
    expect(unitNameOf(roster, '9999')).toBe('9999');
    expect(unitsInWords({ unitsInvited: ['9999', '3579'] }, roster, settings)).toBe('KPU Kota Batu dan 9999');
  });
});

describe('place and link', () => {
  it('describes daring, luring and hybrid meetings', () => {
    expect(placeInWords({ mode: 'daring', platform: 'Zoom', location: '' })).toBe('Daring melalui Zoom');
    expect(placeInWords({ mode: 'daring', platform: '', location: '' })).toBe('Daring');
    expect(placeInWords({ mode: 'luring', platform: 'Zoom', location: 'Aula Lt. 2' })).toBe('Aula Lt. 2');
    expect(placeInWords({ mode: 'hybrid', platform: 'Zoom', location: 'Aula Lt. 2' })).toBe('Aula Lt. 2 dan daring melalui Zoom');
  });

  it('writes the Tempat line of the letter and minutes with "aplikasi", never blank', () => {
    expect(placeInDocument({ mode: 'daring', platform: 'Zoom', location: '' })).toBe('Daring melalui aplikasi Zoom');
    expect(placeInDocument({ mode: 'daring', platform: 'Aplikasi Zoom Meeting', location: '' })).toBe('Daring melalui Aplikasi Zoom Meeting');
    expect(placeInDocument({ mode: 'daring', platform: ' ', location: 'Aula' })).toBe('Daring');
    expect(placeInDocument({ mode: 'hybrid', platform: 'Google Meet', location: 'Aula Lt. 2' })).toBe('Aula Lt. 2 dan daring melalui aplikasi Google Meet');
    expect(placeInDocument({ mode: 'hybrid', platform: 'Zoom', location: '' })).toBe('Daring melalui aplikasi Zoom');
    expect(placeInDocument({ mode: 'luring', platform: 'Zoom', location: '' })).toBe('-');
    expect(placeInWords({ mode: 'luring', platform: 'Zoom', location: '' })).toBe('');
    expect([modeInWords({ mode: 'daring' }), modeInWords({ mode: 'luring' }), modeInWords({ mode: 'hybrid' })]).toEqual([
      'daring',
      'luring',
      'daring dan luring',
    ]);
  });

  it('prints the link, meeting ID and passcode rows only for a meeting that is online', () => {
    const online = { mode: 'daring' as const, joinUrl: ' zoom.us/j/845 ', meetingId: '845 1234 5678', passcode: ' 2024 ' };
    expect(onlineRows(online)).toEqual([
      { label: 'Tautan', value: 'https://zoom.us/j/845' },
      { label: 'Meeting ID', value: '845 1234 5678' },
      { label: 'Passcode', value: '2024' },
    ]);
    expect(onlineRows({ ...online, joinUrl: 'menyusul', meetingId: '', passcode: '' })).toEqual([{ label: 'Tautan', value: 'menyusul' }]);
    expect(onlineRows({ ...online, mode: 'luring' })).toEqual([]);
  });

  it('accepts only http(s) links, adding https:// to a link pasted without it', () => {
    expect(normalizeJoinUrl('https://us02web.zoom.us/j/845?pwd=abc')).toBe('https://us02web.zoom.us/j/845?pwd=abc');
    expect(normalizeJoinUrl('  zoom.us/j/845  ')).toBe('https://zoom.us/j/845');
    expect(normalizeJoinUrl('meet.google.com/abc-defg-hij')).toBe('https://meet.google.com/abc-defg-hij');
    for (const bad of ['', 'javascript:alert(1)', 'file:///C:/a', 'ftp://x.id/a', 'menyusul', 'https://', 'https://zoom.us/j/1 2']) {
      expect(normalizeJoinUrl(bad)).toBeNull();
    }
  });
});

describe('invitees', () => {
  it('are the roster holders of the invited roles, with usable emails only', () => {
    const invitees = inviteesOf(seedMeeting(), invitationRoster());
    expect(invitees.map((i) => [i.unitCode, i.roleId, i.displayName, i.email])).toEqual([
      ['3504', 'parmas', 'Rina Wulandari', 'rina.wulandari@example.org'],
      ['3504', 'tekmas', 'Bambang Setiawan', 'bambang.setiawan@example.org'],
      ['3504', 'medsos', 'Fajar Nugroho', 'fajar.nugroho@example.org'],
      ['3579', 'parmas', 'Sri Handayani', 'sri.handayani@example.org'],
      ['3579', 'medsos', 'Yoga Pratama', null],
    ]);
    expect(inviteesOf({ ...seedMeeting(), rolesInvited: ['medsos'] }, invitationRoster(), '3504').map((i) => i.displayName)).toEqual(['Fajar Nugroho']);
  });

  it('take an email only when a calendar can use it', () => {
    expect(usableEmail(' rina@kpu.go.id ')).toBe('rina@kpu.go.id');
    for (const bad of ['', 'rina', 'rina@', 'rina@kpu', 'ri na@kpu.go.id', 'a;b@kpu.go.id', 'a%b@kpu.go.id']) expect(usableEmail(bad)).toBeNull();
  });
});

describe('agenda and minutes', () => {
  it('numbers the agenda, and falls back to the title where Acara must not be blank', () => {
    const m = { title: 'Rakor', agenda: [' Pembukaan ', '', 'Paparan'] };
    expect(agendaItems(m)).toEqual(['Pembukaan', 'Paparan']);
    expect(agendaNumbered(m)).toBe('1. Pembukaan\n2. Paparan');
    expect(agendaItems({ title: 'Rakor', agenda: [' '] })).toEqual(['Rakor']);
    expect(agendaNumbered({ agenda: [' '] })).toBe('');
    expect([0, 1, 25, 26, 27, 701, 702].map(letterLabel)).toEqual(['a', 'b', 'z', 'aa', 'ab', 'zz', 'aaa']);
  });

  it('names people and speakers as the minutes print them', () => {
    const roster = defaultRoster();
    expect(personInWords({ name: ' Dewi ', jabatan: 'Staf' })).toBe('Dewi (Staf)');
    expect(personInWords({ name: '', jabatan: ' Staf ' })).toBe('Staf');
    expect(personInWords({ name: '', jabatan: '' })).toBe('—');
    expect(speakerWho({ jabatan: 'Operator', institution: '3504' }, roster)).toBe('Operator KPU Kabupaten Tulungagung');
    expect(speakerWho({ jabatan: 'Ketua KPU Kabupaten Tulungagung', institution: '3504' }, roster)).toBe('Ketua KPU Kabupaten Tulungagung');
    expect(speakerWho({ jabatan: 'Ketua Divisi', institution: 'provinsi' }, roster)).toBe('Ketua Divisi');
    expect(speakerTime({ startedAt: '2022-05-25T02:12:00.000Z', endedAt: '2022-05-25T02:30:00.000Z' }, 'WIB')).toBe('09.12–09.30 WIB');
    expect(speakerTime({ startedAt: '2022-05-25T02:12:00.000Z', endedAt: '' }, 'WITA')).toBe('pukul 10.12 WITA');
    expect(speakerTime({ startedAt: 'rusak', endedAt: '' }, 'WIB')).toBe('');
  });

  it('counts who came per role and names the absent units, up to fifteen', () => {
    const roster = defaultRoster();
    const m = seedMeeting();
    const counts = attendanceCounts(m);
    expect(roleCountsInWords(m, roster, counts)).toMatch(/^Divisi Parmas \d+ orang, Kasubag Tekmas \d+ orang, dan Operator Medsos \d+ orang$/);
    expect(roleCountsInWords({ rolesInvited: ['parmas'] }, roster, counts)).toBe('');
    const few = { ...counts, missingUnits: ['3527', '3529', '3579'] };
    expect(absentUnitsInWords(roster, few)).toBe('KPU Kabupaten Sampang, KPU Kabupaten Sumenep, dan KPU Kota Batu');
    expect(absentUnitsInWords(roster, { ...counts, missingUnits: [] })).toBe('');
    const many = { ...counts, missingUnits: JATIM_UNITS.slice(0, 16).map((u) => u.code) };
    expect(absentUnitsInWords(roster, many)).toBe('');
    expect(absentUnitsInWords(roster, { ...many, missingUnits: many.missingUnits.slice(0, 15) })).not.toBe('');
  });
});
