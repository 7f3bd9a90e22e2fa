// Settings (Pengaturan): the organisation that hosts the meetings and the defaults its
// documents use.
import { z } from 'zod';
import { SignatorySchema, ZoneSchema } from './meeting';

export const SETTINGS_SCHEMA_VERSION = 1;

export const PaperSchema = z.enum(['A4', 'F4']);
export type Paper = z.infer<typeof PaperSchema>;

/** Page sizes in twips (1/1440 inch): A4 210 x 297 mm, F4 215 x 330 mm. */
export const PAPER_TWIPS: Record<Paper, { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  F4: { width: 12189, height: 18709 },
};

export const OrganisationSchema = z.object({
  name: z.string().max(300),
  /** Second letterhead line, e.g. the province. */
  subtitle: z.string().max(300),
  address: z.string().max(1000),
  phone: z.string().max(100),
  email: z.string().max(200),
  website: z.string().max(300),
  city: z.string().max(100),
  /** Letterhead logo as a data URL (PNG or JPEG), or empty. */
  logoDataUrl: z.string().max(3_000_000),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const SettingsSchema = z.object({
  organisation: OrganisationSchema,
  defaultSignatory: SignatorySchema,
  defaultTimeZone: ZoneSchema,
  paper: PaperSchema,
  organizerEmail: z.string().max(200),
  organizerName: z.string().max(200),
  /** User overrides of template wording, by template key; missing = the default. */
  templates: z.record(z.string().max(60), z.string().max(20000)),
});
export type Settings = z.infer<typeof SettingsSchema>;

export function defaultSettings(): Settings {
  return {
    organisation: {
      name: 'KOMISI PEMILIHAN UMUM',
      subtitle: 'PROVINSI JAWA TIMUR',
      address: 'Jl. Tenggilis Mejoyo Kav. 1-3, Surabaya 60292',
      phone: '(031) 8471885',
      email: 'kpuprov.jatim@example.go.id',
      website: 'jatim.kpu.go.id',
      city: 'Surabaya',
      logoDataUrl: '',
    },
    defaultSignatory: { jabatan: 'Ketua', name: '' },
    defaultTimeZone: 'WIB',
    paper: 'A4',
    organizerEmail: '',
    organizerName: 'KPU Provinsi Jawa Timur',
    templates: {},
  };
}
