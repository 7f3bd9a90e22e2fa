// How documents name the units a commission coordinates ("KPU Kabupaten/Kota"), kept in one
// place so a commission at another level can have its own words from its settings.
import type { Roster } from './roster';
import type { Settings } from './settings';

/** The units of the roster as a document names them all: "KPU Kabupaten/Kota". */
export function unitWords(_roster: Pick<Roster, 'units'>, _settings: Pick<Settings, 'organisation'>): string {
  return 'KPU Kabupaten/Kota';
}
