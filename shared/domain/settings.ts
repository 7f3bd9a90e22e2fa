// Settings (Pengaturan): the organisation that hosts the meetings and the defaults its
// documents use.
import { z } from 'zod';
import { SignatorySchema, ZoneSchema } from './meeting';
import { group } from '../indexed';

export const SETTINGS_SCHEMA_VERSION = 1;

export const PaperSchema = z.enum(['A4', 'F4']);
export type Paper = z.infer<typeof PaperSchema>;

/** Page sizes in twips (1/1440 inch): A4 210 x 297 mm, F4 215 x 330 mm. */
export const PAPER_TWIPS: Record<Paper, { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  F4: { width: 12189, height: 18709 },
};

/** The letterhead logo: PNG or JPEG, at most 1 MB. */
export const LOGO_MAX_BYTES = 1024 * 1024;

export type LogoType = 'image/png' | 'image/jpeg';

/** "image/png" or "image/jpeg" from the first bytes (the bytes decide, not a name or a label), or null. */
export function logoImageType(bytes: Uint8Array): LogoType | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

/** Why these bytes cannot be the logo, in the words the user reads; null when they can. */
export function logoBytesProblem(bytes: Uint8Array, fileName: string): string | null {
  if (bytes.length > LOGO_MAX_BYTES) {
    const mb = (bytes.length / (1024 * 1024)).toFixed(1).replace('.', ',');
    return `Logo "${fileName}" berukuran ${mb} MB; maksimal 1 MB. Perkecil gambarnya lalu pilih lagi.`;
  }
  if (!logoImageType(bytes)) return `"${fileName}" bukan gambar PNG atau JPEG. Simpan logo sebagai .png atau .jpg lalu pilih lagi.`;
  return null;
}

const LOGO_DATA_URL = /^data:(image\/png|image\/jpeg);base64,([A-Za-z0-9+/]*={0,2})$/;

/**
 * The one rule for a stored logo, whichever way it arrives (settings/set-logo builds it from a
 * file, settings/save receives it whole): empty, or a data URL of PNG or JPEG bytes of at most
 * 1 MB whose bytes are what the URL says. An SVG (it can carry script), a remote https: or
 * file: address (fetched when a letter is opened) and a renamed file are all refused.
 */
export function logoDataUrlProblem(dataUrl: string): string | null {
  if (dataUrl === '') return null;
  const m = LOGO_DATA_URL.exec(dataUrl);
  const refused = 'Logo harus gambar PNG atau JPEG yang dipilih dari file (maks. 1 MB); alamat web, SVG dan jenis lain tidak diterima.';
  if (!m || group(m, 2).length % 4 !== 0) return refused;
  let bytes: Uint8Array;
  try {
    const bin = atob(group(m, 2));
    bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  } catch {
    return refused;
  }
  const problem = logoBytesProblem(bytes, 'logo');
  if (problem) return problem;
  return logoImageType(bytes) === m[1] ? null : refused;
}

export const OrganisationSchema = z.object({
  name: z.string().max(300),
  /** Second letterhead line, e.g. the province. */
  subtitle: z.string().max(300),
  address: z.string().max(1000),
  phone: z.string().max(100),
  email: z.string().max(200),
  website: z.string().max(300),
  city: z.string().max(100),
  /** Letterhead logo as a data URL (PNG or JPEG), or empty; see logoDataUrlProblem. */
  logoDataUrl: z
    .string()
    .max(3_000_000, 'Logo terlalu besar (maks. 1 MB).')
    .superRefine((value, ctx) => {
      const problem = logoDataUrlProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

/**
 * How letters and messages address the reader: "Saudara" (the tata naskah dinas's word in
 * official letters) or "Bapak/Ibu".
 */
export const FormOfAddressSchema = z.enum(['Saudara', 'Bapak/Ibu']);
export type FormOfAddress = z.infer<typeof FormOfAddressSchema>;
export const DEFAULT_FORM_OF_ADDRESS: FormOfAddress = 'Saudara';

/**
 * Who the organisation is: KPU RI (its units are the KPU Provinsi), a KPU Provinsi (its
 * KPU Kabupaten/Kota) or a KPU Kabupaten/Kota (its PPK). `code` is the area code ("33",
 * "3504"; empty for KPU RI), `name` the place as printed ("Jawa Tengah", "Kabupaten Tulungagung").
 */
export const OrgRegionSchema = z.object({
  level: z.enum(['ri', 'provinsi', 'kabkota']),
  code: z.string().max(10),
  name: z.string().max(200),
});
export type OrgRegion = z.infer<typeof OrgRegionSchema>;

export const SettingsSchema = z.object({
  organisation: OrganisationSchema,
  defaultSignatory: SignatorySchema,
  defaultTimeZone: ZoneSchema,
  paper: PaperSchema,
  organizerEmail: z.string().max(200),
  organizerName: z.string().max(200),
  /** User overrides of template wording, by template key; missing = the default. */
  templates: z.record(z.string().max(60), z.string().max(20000)),
  /** Absent in a settings file of an older Rakor: the default. */
  formOfAddress: FormOfAddressSchema.default(DEFAULT_FORM_OF_ADDRESS),
  /**
   * True on a new data folder until the first-start screen is saved or skipped; absent in a
   * settings file of an older Rakor, whose organisation was set up already.
   */
  setupPending: z.boolean().optional(),
  /** Absent in a data folder set up before regions existed: KPU Provinsi of the letterhead's province. */
  region: OrgRegionSchema.optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export function defaultSettings(): Settings {
  return {
    organisation: {
      name: 'KOMISI PEMILIHAN UMUM',
      subtitle: 'PROVINSI JAWA TIMUR',
      // No contacts are shipped: an invented phone or email would end up in real letters.
      // The first-start screen asks for them.
      address: '',
      phone: '',
      email: '',
      website: '',
      city: 'Surabaya',
      logoDataUrl: '',
    },
    defaultSignatory: { jabatan: 'Ketua', name: '' },
    defaultTimeZone: 'WIB',
    paper: 'A4',
    organizerEmail: '',
    organizerName: 'KPU Provinsi Jawa Timur',
    templates: {},
    formOfAddress: DEFAULT_FORM_OF_ADDRESS,
  };
}
