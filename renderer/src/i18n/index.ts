// The dictionary of the UI, Bahasa Indonesia. Each feature keeps its words in a file of its
// own here; this file joins them into the one object components read.
import { core } from './core';
import { roster } from './roster';
import { settings } from './settings';
import { setup } from './setup';
import { speakers } from './speakers';
import { minutes } from './minutes';
import { attendance } from './attendance';
import { invitations, templateEditor } from './invitations';
import { backups } from './backups';
import { live } from './live';
import { transcript } from './transcript';
import { rekap } from './rekap';
import { followUps } from './follow-ups';
import { office } from './office';
import { reports } from './reports';
import { unitReports } from './unit-reports';
import { letter } from './letter';
import { units } from './units';

export const t = {
  ...core,
  roster,
  settings,
  setup,
  speakers,
  minutes,
  attendance,
  invitations,
  templateEditor,
  backups,
  live,
  transcript,
  rekap,
  followUps,
  office,
  reports,
  unitReports,
  letter,
  units,
};

export type Dictionary = typeof t;
