// Contract methods of the unit list: the official lists shipped with Rakor (provinces, and the
// kabupaten/kota of one province, sent only when a screen asks), and changing the roster's
// units in two steps: preview, then apply the same source.
import { z } from 'zod';
import { method, empty } from './define';
import type { Roster } from '../domain/roster';
import type { Role } from '../domain/roles';
import type { OrgRegion, Settings } from '../domain/settings';
import type { UnitListChange } from '../domain/roster-units';

/** An area as a chooser lists it: "33", "Jawa Tengah", "KPU Provinsi Jawa Tengah". */
export interface AreaChoice {
  code: string;
  name: string;
  official: string;
}

export interface ProvinceList {
  provinces: AreaChoice[];
  /** Where the lists come from and under which licence, for the about line. */
  attribution: string;
}

/** Where the new unit list comes from: an official list for a level and region, or a CSV/XLSX file. */
export const UnitSourceSchema = z.discriminatedUnion('source', [
  z.object({
    source: z.literal('region'),
    level: z.enum(['ri', 'provinsi', 'kabkota']),
    /** The province ("33") for a KPU Provinsi, the kabupaten/kota ("3504") for a KPU Kabupaten/Kota; empty for KPU RI. */
    code: z.string().max(10),
  }),
  z.object({
    source: z.literal('file'),
    base64: z.string().min(1, 'File kosong.').max(14_000_000, 'File terlalu besar (maks. 10 MB).'),
  }),
]);

export interface UnitsPreview {
  change: UnitListChange;
  /** For an official list: who the organisation becomes, its letterhead words and its default roles. */
  region: OrgRegion | null;
  organisation: { name: string; subtitle: string; organizerName: string; city: string; chair: string } | null;
  /** The roles that replace today's: only while nobody is entered in the roster yet. */
  roles: Role[] | null;
  /** Refused rows of a file; a file with any is not applied. */
  errors: string[];
}

export interface UnitsApplied extends UnitsPreview {
  roster: Roster;
  settings: Settings;
}

export const unitsContract = {
  'regions/provinces': method<typeof empty, ProvinceList>(empty),
  'regions/regencies': method<z.ZodObject<{ province: z.ZodString }>, AreaChoice[]>(z.object({ province: z.string().min(1).max(10) })),
  /** Says what the new list would add, rename, remove and keep; writes nothing. */
  'roster/preview-units': method<typeof UnitSourceSchema, UnitsPreview>(UnitSourceSchema),
  /** Reads the same source again and applies it. */
  'roster/apply-units': method<typeof UnitSourceSchema, UnitsApplied>(UnitSourceSchema),
} as const;
