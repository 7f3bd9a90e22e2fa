// Handlers of the unit list: the official lists by level and region, and changing the roster's
// units (preview, then apply the same source). Units still referenced are kept, marked as no
// longer in the list; choosing an official list also says who the organisation is.
import type { unitsContract, UnitsPreview } from '../../shared/contract/units';
import { z } from 'zod';
import { UnitSourceSchema } from '../../shared/contract/units';
import { districtUnits, provinceUnits, regencyUnits, zoneOfArea } from '../../shared/domain/regions';
import { defaultRolesFor, organisationWords } from '../../shared/domain/org-words';
import { parseUnitTable, rosterUnitReferences, unitListChange } from '../../shared/domain/roster-units';
import type { Roster } from '../../shared/domain/roster';
import type { OrgRegion, Settings } from '../../shared/domain/settings';
import { KIND_WORD, officialUnitName, type Unit } from '../../shared/domain/units';
import { AppError } from '../../shared/errors';
import { decodeText } from '../../shared/text/decode';
import { readCsv } from '../../shared/text/csv';
import { areaData, AREA_DATA_ATTRIBUTION } from '../storage/area-data';
import { loadXlsx, looksLikeZip, sheetAsTable } from '../storage/xlsx-reader';
import type { HandlerDeps, HandlerMap } from './types';

type UnitMethods = keyof typeof unitsContract;
type UnitSource = z.output<typeof UnitSourceSchema>;

/** Codes any meeting (also in the bin) still uses: invited, attendance, speakers. */
function meetingUnitReferences(deps: HandlerDeps): Set<string> {
  const codes = new Set<string>();
  for (const summary of deps.store.listMeetings()) {
    try {
      const m = deps.store.getMeeting(summary.id);
      for (const c of m.unitsInvited) codes.add(c);
      for (const c of Object.keys(m.attendance)) codes.add(c);
      for (const s of m.speakers) if (s.unitCode) codes.add(s.unitCode);
    } catch {
      // A damaged file was moved aside and is reported on the main screen.
    }
  }
  return codes;
}

interface Resolved {
  units: Unit[];
  region: OrgRegion | null;
  errors: string[];
}

async function fileUnits(base64: string): Promise<Resolved> {
  const bytes = Uint8Array.from(Buffer.from(base64, 'base64'));
  let table: { rows: string[][]; lines: number[] };
  if (looksLikeZip(bytes)) {
    table = sheetAsTable(await loadXlsx(bytes));
  } else {
    const text = decodeText(bytes).text.replace(/^\ufeff/, '');
    if (text.trim() === '') throw new AppError('units_empty', 'File daftar unit kosong.');
    table = readCsv(text, { unguard: true });
  }
  const { units, errors } = parseUnitTable(table);
  return { units, region: null, errors };
}

function regionUnits(source: Extract<UnitSource, { source: 'region' }>): Resolved {
  const data = areaData();
  if (source.level === 'ri') return { units: provinceUnits(data), region: { level: 'ri', code: '', name: 'Indonesia' }, errors: [] };
  if (source.level === 'provinsi') {
    const province = provinceUnits(data).find((p) => p.code === source.code);
    if (!province) throw new AppError('not_found', `Provinsi dengan kode "${source.code}" tidak ada di daftar wilayah.`);
    return { units: regencyUnits(data, province.code), region: { level: 'provinsi', code: province.code, name: province.name }, errors: [] };
  }
  const regency = regencyUnits(data).find((r) => r.code === source.code);
  if (!regency) throw new AppError('not_found', `Kabupaten/kota dengan kode "${source.code}" tidak ada di daftar wilayah.`);
  const units = districtUnits(data, regency.code);
  return { units, region: { level: 'kabkota', code: regency.code, name: `${KIND_WORD[regency.kind]} ${regency.name}` }, errors: [] };
}

async function preview(source: UnitSource, deps: HandlerDeps): Promise<UnitsPreview & { roster: Roster }> {
  const resolved = source.source === 'file' ? await fileUnits(source.base64) : regionUnits(source);
  const roster = deps.store.getRoster();
  const referenced = new Set([...rosterUnitReferences(roster), ...meetingUnitReferences(deps)]);
  const change = unitListChange(roster.units, resolved.units, referenced);
  const region = resolved.region;
  // Roles follow the level only while nobody holds one; after that they are the user's data.
  const roles = region && roster.people.length === 0 ? defaultRolesFor(region.level) : null;
  return { change, region, organisation: region ? organisationWords(region) : null, roles, errors: resolved.errors, roster };
}

export const unitHandlers: HandlerMap<UnitMethods> = {
  async 'regions/provinces'() {
    return {
      provinces: provinceUnits(areaData()).map((u) => ({ code: u.code, name: u.name, official: officialUnitName(u) })),
      attribution: AREA_DATA_ATTRIBUTION,
    };
  },
  async 'regions/regencies'(input) {
    return regencyUnits(areaData(), input.province).map((u) => ({ code: u.code, name: `${KIND_WORD[u.kind]} ${u.name}`, official: officialUnitName(u) }));
  },
  async 'roster/preview-units'(input, deps) {
    const { roster: _roster, ...rest } = await preview(input, deps);
    return rest;
  },
  async 'roster/apply-units'(input, deps) {
    const p = await preview(input, deps);
    if (p.errors.length > 0) {
      throw new AppError(
        'invalid_input',
        `Daftar unit belum diterapkan: ${p.errors.length} baris salah. Perbaiki filenya lalu coba lagi.`,
        p.errors.slice(0, 50),
      );
    }
    const roster: Roster = { ...p.roster, units: p.change.units, ...(p.roles ? { roles: p.roles } : {}) };
    deps.store.saveRoster(roster);
    let settings: Settings = deps.store.getSettings();
    if (p.region && p.organisation) {
      const o = p.organisation;
      settings = {
        ...settings,
        region: p.region,
        organisation: { ...settings.organisation, name: o.name, subtitle: o.subtitle, city: o.city || settings.organisation.city },
        organizerName: o.organizerName,
        defaultTimeZone: p.region.level === 'ri' ? 'WIB' : zoneOfArea(p.region.code),
      };
      deps.store.saveSettings(settings);
    }
    const { roster: _r, ...rest } = p;
    return { ...rest, roster, settings };
  },
};
