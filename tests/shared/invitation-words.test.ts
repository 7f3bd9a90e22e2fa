// The wording shared by every invitation: who attends, which units, where, and the link.
import { describe, expect, it } from 'vitest';
import {
  inviteesOf,
  invitedRolesInWords,
  joinInWords,
  normalizeJoinUrl,
  organizerInWords,
  placeInWords,
  provinceName,
  unitsInWords,
  usableEmail,
} from '../../shared/invitations/meeting-words';
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
    expect(invitedRolesInWords({ rolesInvited: ['medsos', 'parmas'] }, roster)).toBe(
      'Operator Media Sosial dan Anggota/Komisioner Divisi Sosdiklih Parmas',
    );
    expect(invitedRolesInWords({ rolesInvited: ['hukum', 'medsos', 'parmas'] }, roster)).toBe(
      'Anggota Divisi Hukum, Operator Media Sosial dan Anggota/Komisioner Divisi Sosdiklih Parmas',
    );
    expect(invitedRolesInWords({ rolesInvited: ['medsos'] }, roster)).toBe('Operator Media Sosial');
  });

  it('joins lists the Indonesian way', () => {
    expect(joinInWords([])).toBe('');
    expect(joinInWords(['A', 'B'])).toBe('A dan B');
    expect(joinInWords(['A', 'B', 'C'])).toBe('A, B dan C');
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
      'KPU Kabupaten Tulungagung, KPU Kabupaten Blitar dan KPU Kota Blitar',
    );
  });

  it('reads the province from the letterhead', () => {
    expect(provinceName(settings)).toBe('Jawa Timur');
    expect(provinceName({ ...settings, organisation: { ...settings.organisation, subtitle: 'PROVINSI DKI JAKARTA' } })).toBe('DKI Jakarta');
    expect(organizerInWords({ ...settings, organizerName: '' })).toBe('KPU Provinsi Jawa Timur');
  });
});

describe('place and link', () => {
  it('describes daring, luring and hybrid meetings', () => {
    expect(placeInWords({ mode: 'daring', platform: 'Zoom', location: '' })).toBe('Daring melalui Zoom');
    expect(placeInWords({ mode: 'daring', platform: '', location: '' })).toBe('Daring');
    expect(placeInWords({ mode: 'luring', platform: 'Zoom', location: 'Aula Lt. 2' })).toBe('Aula Lt. 2');
    expect(placeInWords({ mode: 'hybrid', platform: 'Zoom', location: 'Aula Lt. 2' })).toBe('Aula Lt. 2 dan daring melalui Zoom');
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
    expect(inviteesOf({ ...seedMeeting(), rolesInvited: ['medsos'] }, invitationRoster(), '3504').map((i) => i.displayName)).toEqual([
      'Fajar Nugroho',
    ]);
  });

  it('take an email only when a calendar can use it', () => {
    expect(usableEmail(' rina@kpu.go.id ')).toBe('rina@kpu.go.id');
    for (const bad of ['', 'rina', 'rina@', 'rina@kpu', 'ri na@kpu.go.id', 'a;b@kpu.go.id', 'a%b@kpu.go.id']) expect(usableEmail(bad)).toBeNull();
  });
});
