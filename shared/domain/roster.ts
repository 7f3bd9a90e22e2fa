// The roster (Daftar Kontak): units, roles, and who holds each role in each unit.
import { z } from 'zod';
import { JATIM_UNITS, UNIT_KINDS, type Unit } from './units';
import { DEFAULT_ROLES, type Role } from './roles';

export const ROSTER_SCHEMA_VERSION = 1;

export const UnitSchema = z.object({
  code: z.string().min(1).max(10),
  name: z.string().min(1).max(200),
  kind: z.enum(UNIT_KINDS),
  body: z.string().max(20).optional(),
  unlisted: z.boolean().optional(),
});

export const RoleSchema = z.object({
  id: z.string().min(1).max(60),
  label: z.string().min(1, 'Nama peran wajib diisi.').max(300),
  short: z.string().min(1).max(100),
  keywords: z.array(z.string().max(100)).max(50),
});

export const PersonSchema = z.object({
  id: z.string().min(1).max(60),
  unitCode: z.string().min(1).max(10),
  roleId: z.string().min(1).max(60),
  name: z.string().max(300),
  jabatan: z.string().max(500),
  email: z.string().max(300),
  /** Stored as +62...; empty when unknown. */
  phone: z.string().max(40),
  notes: z.string().max(2000),
});
export type Person = z.infer<typeof PersonSchema>;

export const RosterSchema = z.object({
  units: z.array(UnitSchema).max(2000),
  roles: z.array(RoleSchema).max(100),
  people: z.array(PersonSchema).max(20000),
});
export type Roster = z.infer<typeof RosterSchema>;

export function defaultRoster(): Roster {
  return {
    units: JATIM_UNITS.map((u: Unit) => ({ ...u })),
    roles: DEFAULT_ROLES.map((r: Role) => ({ ...r, keywords: [...r.keywords] })),
    people: [],
  };
}

/** The person holding a role in a unit (the first one, if several were entered). */
export function holderOf(roster: Roster, unitCode: string, roleId: string): Person | undefined {
  return roster.people.find((p) => p.unitCode === unitCode && p.roleId === roleId);
}
