// Contacts and settings for the invitation tests, around the seed meeting of 25 May 2022:
// KPU Kabupaten Tulungagung complete with emails, KPU Kota Batu with an operator who has none.
import { defaultRoster, type Person, type Roster } from '../../../shared/domain/roster';
import { defaultSettings, type Settings } from '../../../shared/domain/settings';

export { seedMeeting, SEED_TITLE } from './seed-meeting';

export const ORGANIZER_EMAIL = 'parmas@kpujatim.example.org';

function person(id: string, unitCode: string, roleId: string, name: string, email: string): Person {
  return { id, unitCode, roleId, name, jabatan: '', email, phone: '', notes: '' };
}

export function invitationRoster(): Roster {
  const roster = defaultRoster();
  roster.people = [
    person('p-3504-parmas', '3504', 'parmas', 'Rina Wulandari', 'rina.wulandari@example.org'),
    person('p-3504-tekmas', '3504', 'tekmas', 'Bambang Setiawan', 'bambang.setiawan@example.org'),
    person('p-3504-medsos', '3504', 'medsos', 'Fajar Nugroho', 'fajar.nugroho@example.org'),
    person('p-3579-parmas', '3579', 'parmas', 'Sri Handayani', 'sri.handayani@example.org'),
    person('p-3579-medsos', '3579', 'medsos', 'Yoga Pratama', ''),
  ];
  return roster;
}

export function invitationSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), organizerEmail: ORGANIZER_EMAIL, ...overrides };
}
