// The organisation's own words for screens that print them (the tagline, the host as a
// follow-up's assignee): read from the settings, so no screen names a province itself.
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { allUnitsInWords } from '../../../../shared/domain/org-words';

export interface OrganisationWords {
  /** "KPU Provinsi Jawa Tengah", "KPU RI"; empty until loaded. */
  organizerName: string;
  /** "KPU Kabupaten/Kota se-Jawa Tengah"; empty until loaded. */
  allUnits: string;
}

export function useOrganisation(reloadKey?: unknown): OrganisationWords {
  const [words, setWords] = useState<OrganisationWords>({ organizerName: '', allUnits: '' });
  useEffect(() => {
    Promise.all([api.call('settings/get', {}), api.call('roster/get', {})]).then(
      ([s, r]) => setWords({ organizerName: s.organizerName.trim(), allUnits: allUnitsInWords(r.units.filter((u) => !u.unlisted), s) }),
      () => setWords({ organizerName: '', allUnits: '' }),
    );
  }, [reloadKey]);
  return words;
}
