// The organisation's own words for screens that print them (the tagline, the host as a
// follow-up's assignee): read from the settings, so no screen names a province itself.
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { allUnitsInWords, unitsGroupName } from '../../../../shared/domain/org-words';

export interface OrganisationWords {
  /** "KPU Provinsi Jawa Tengah", "KPU RI"; empty until loaded. */
  organizerName: string;
  /** "KPU Kabupaten/Kota se-Jawa Tengah"; empty until loaded. */
  allUnits: string;
  /** "KPU Kabupaten/Kota", "KPU Provinsi", "PPK"; empty until loaded. */
  unitsWord: string;
}

export function useOrganisation(reloadKey?: unknown): OrganisationWords {
  const [words, setWords] = useState<OrganisationWords>({ organizerName: '', allUnits: '', unitsWord: '' });
  useEffect(() => {
    Promise.all([api.call('settings/get', {}), api.call('roster/get', {})]).then(
      ([s, r]) => {
        const listed = r.units.filter((u) => !u.unlisted);
        setWords({ organizerName: s.organizerName.trim(), allUnits: allUnitsInWords(listed, s), unitsWord: unitsGroupName(listed) });
      },
      () => setWords({ organizerName: '', allUnits: '', unitsWord: '' }),
    );
  }, [reloadKey]);
  return words;
}
