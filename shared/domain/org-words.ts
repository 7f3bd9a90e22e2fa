// The organisation-level words every document uses, from the organisation's level and region
// and the kinds of its units: "KPU Kabupaten/Kota se-Jawa Tengah", "KPU Provinsi se-Indonesia",
// "PPK se-Kabupaten Tulungagung", the host's own markers in Zoom names, and the meeting time of
// a national rakor in all three zones. No province or level is written anywhere else.
import { formatTimeRange, type IndonesianZone } from './datetime';
import type { Role } from './roles';
import { DEFAULT_ROLES } from './roles';
import type { OrgRegion, Settings } from './settings';
import { PROVINCE_ALIASES, PROVINCE_CAPITALS, ACEH } from './regions';
import { baseKind, unitBody, type Unit } from './units';
import { itemAt } from '../indexed';

const REGION_ACRONYMS = new Set(['DKI', 'DI']);

/** "Jawa Timur" from a letterhead line "PROVINSI JAWA TIMUR" (DKI and DI stay acronyms); empty when not set. */
export function regionFromSubtitle(subtitle: string): string {
  return subtitle
    .trim()
    .replace(/^provinsi\s+/i, '')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (REGION_ACRONYMS.has(w.toUpperCase()) ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join(' ');
}

/** The organisation's level and region; an older data folder is the KPU Provinsi of its letterhead. */
export function orgRegion(settings: Pick<Settings, 'organisation' | 'region'>): OrgRegion {
  return settings.region ?? { level: 'provinsi', code: '', name: regionFromSubtitle(settings.organisation.subtitle) };
}

/** What follows "se-": "Jawa Tengah", "Indonesia", "Kabupaten Tulungagung"; empty when unknown. */
export function regionInWords(settings: Pick<Settings, 'organisation' | 'region'>): string {
  const region = orgRegion(settings);
  if (region.level === 'ri') return 'Indonesia';
  return region.name;
}

/**
 * What a group of units is called: "KPU Kabupaten/Kota", "KPU Kabupaten", "KPU Kota", "KIP
 * Kabupaten/Kota" (Aceh), "KPU/KIP Kabupaten/Kota" (all 514), "KPU Provinsi", "PPK".
 */
export function unitsGroupName(units: readonly Pick<Unit, 'kind' | 'body'>[]): string {
  const kinds = new Set(units.map((u) => baseKind(u.kind)));
  const bodies = [...new Set(units.map((u) => unitBody(u)))].sort((a, b) => (a === 'KPU' ? -1 : b === 'KPU' ? 1 : a.localeCompare(b)));
  if (kinds.size === 0) return 'KPU Kabupaten/Kota';
  if (kinds.size === 1 && kinds.has('kecamatan')) return 'PPK';
  // The KIP Aceh is one of the KPU Provinsi; a letter to all of them says "KPU Provinsi".
  if (kinds.size === 1 && kinds.has('provinsi')) return 'KPU Provinsi';
  const body = bodies.filter((b) => b !== 'PPK').join('/') || 'KPU';
  if (kinds.size === 1 && kinds.has('kabupaten')) return `${body} Kabupaten`;
  if (kinds.size === 1 && kinds.has('kota')) return `${body} Kota`;
  return `${body} Kabupaten/Kota`;
}

/**
 * What the organisation's units are called when only the settings are at hand (a table
 * heading, a count): "KPU Kabupaten/Kota", "KIP Kabupaten/Kota" (Aceh), "KPU Provinsi", "PPK".
 */
export function unitsWordOf(settings: Pick<Settings, 'organisation' | 'region'>): string {
  const region = orgRegion(settings);
  if (region.level === 'ri') return 'KPU Provinsi';
  if (region.level === 'kabkota') return 'PPK';
  return region.code === ACEH ? 'KIP Kabupaten/Kota' : 'KPU Kabupaten/Kota';
}

/** "KPU Kabupaten/Kota se-Jawa Tengah", "KPU Provinsi se-Indonesia", "PPK se-Kabupaten Tulungagung". */
export function allUnitsInWords(units: readonly Pick<Unit, 'kind' | 'body'>[], settings: Pick<Settings, 'organisation' | 'region'>): string {
  const region = regionInWords(settings);
  return `${unitsGroupName(units)}${region ? ` se-${region}` : ''}`;
}

/** Whether the organisation's units sit in more than one time zone (KPU RI): its times are given in all three. */
export function isNational(settings: Pick<Settings, 'organisation' | 'region'>): boolean {
  return orgRegion(settings).level === 'ri';
}

const ALL_ZONES: readonly IndonesianZone[] = ['WIB', 'WITA', 'WIT'];
const OFFSET: Record<IndonesianZone, number> = { WIB: 7, WITA: 8, WIT: 9 };

function shift(time: string, hours: number): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const total = (((h + hours) % 24) + 24) % 24;
  return `${String(total).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * The one text of a meeting's time: "09.00 WIB s.d. selesai" for a provincial rakor, and for a
 * national one every zone: "09.00 WIB / 10.00 WITA / 11.00 WIT s.d. selesai".
 */
export function meetingTimeInWords(start: string, end: string | undefined, zone: IndonesianZone, settings: Pick<Settings, 'organisation' | 'region'>): string {
  if (!isNational(settings)) return formatTimeRange(start, end, zone);
  const parts = ALL_ZONES.map((z) => {
    const d = OFFSET[z] - OFFSET[zone];
    const range = formatTimeRange(shift(start, d), end ? shift(end, d) : undefined, z);
    return end ? range : range.replace(/ s\.d\. selesai$/, '');
  });
  return end ? parts.join(' / ') : `${parts.join(' / ')} s.d. selesai`;
}

/** Words in a Zoom name or email that mark the host commission's own people. */
export function hostMarkers(settings: Pick<Settings, 'organisation' | 'region'>): string[] {
  const region = orgRegion(settings);
  const platform = ['host', 'co host', 'cohost', 'tuan rumah'];
  if (region.level === 'ri') return ['kpu ri', 'kpu pusat', 'ri', ...platform];
  if (region.level === 'kabkota') {
    const place = region.name.replace(/^(Kabupaten|Kota)\s+/, '');
    return [`kpu ${region.name.toLowerCase()}`, `kpu ${place.toLowerCase()}`, ...platform];
  }
  const name = region.name || 'Jawa Timur';
  const code = region.code || (name === 'Jawa Timur' ? '35' : '');
  const aliases = (PROVINCE_ALIASES[code] ?? []).map((a) => a.toLowerCase());
  const compact = aliases.map((a) => `${a}prov`);
  return [...aliases.map((a) => `kpu ${a}`), ...aliases, name.toLowerCase(), 'kpu provinsi', 'provinsi', 'prov', ...platform, ...compact];
}

/** The letterhead and organiser words of an organisation at a level and region. */
export function organisationWords(region: OrgRegion): { name: string; subtitle: string; organizerName: string; city: string; chair: string } {
  if (region.level === 'ri') {
    return { name: 'KOMISI PEMILIHAN UMUM', subtitle: 'REPUBLIK INDONESIA', organizerName: 'KPU RI', city: 'Jakarta', chair: 'Ketua KPU RI' };
  }
  if (region.level === 'provinsi') {
    const aceh = region.code === ACEH;
    const organizer = aceh ? `KIP ${region.name}` : /^DI /.test(region.name) ? `KPU Daerah Istimewa ${region.name.slice(3)}` : `KPU Provinsi ${region.name}`;
    return {
      name: aceh ? 'KOMISI INDEPENDEN PEMILIHAN' : 'KOMISI PEMILIHAN UMUM',
      subtitle: aceh ? region.name.toUpperCase() : `PROVINSI ${region.name.toUpperCase()}`,
      organizerName: organizer,
      city: PROVINCE_CAPITALS[region.code] ?? '',
      chair: `Ketua ${organizer}`,
    };
  }
  const aceh = region.code.startsWith(ACEH);
  const organizer = `${aceh ? 'KIP' : 'KPU'} ${region.name}`;
  return {
    name: aceh ? 'KOMISI INDEPENDEN PEMILIHAN' : 'KOMISI PEMILIHAN UMUM',
    subtitle: region.name.toUpperCase(),
    organizerName: organizer,
    // The seat of a kabupaten is often another town: a first guess, shown for editing.
    city: region.name.replace(/^(Kabupaten|Kota)\s+/, ''),
    chair: `Ketua ${organizer}`,
  };
}

/**
 * The roles invited from each unit by default, by level: for a province the three of a Parmas
 * rakor; for KPU RI their provincial counterparts; for a kabupaten/kota the PPK's members and
 * secretariat. Data like any role: editable in the roster.
 */
export function defaultRolesFor(level: OrgRegion['level']): Role[] {
  const copy = (roles: readonly Role[]) => roles.map((r) => ({ ...r, keywords: [...r.keywords] }));
  if (level === 'ri') {
    return copy([
      itemAt(DEFAULT_ROLES, 0),
      {
        id: 'kabag-teknis',
        label: 'Kepala Bagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat',
        short: 'Kabag Teknis',
        keywords: ['kabag', 'kepala bagian', 'teknis', 'parhumas'],
      },
      itemAt(DEFAULT_ROLES, 2),
    ]);
  }
  if (level === 'kabkota') {
    return [
      { id: 'ketua-ppk', label: 'Ketua PPK', short: 'Ketua PPK', keywords: ['ketua'] },
      { id: 'anggota-ppk', label: 'Anggota PPK', short: 'Anggota PPK', keywords: ['anggota'] },
      { id: 'sekretariat-ppk', label: 'Sekretariat PPK', short: 'Sekretariat', keywords: ['sekretariat', 'sekretaris', 'staf', 'admin'] },
    ];
  }
  return copy(DEFAULT_ROLES);
}
