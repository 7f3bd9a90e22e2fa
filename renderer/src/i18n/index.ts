// The dictionary of the UI, Bahasa Indonesia. Each feature keeps its words in a file of its
// own here; this file joins them into the one object components read.
import { core } from './core';
import { attendance } from './attendance';
import { invitations, templateEditor } from './invitations';

export const t = {
  ...core,
  attendance,
  invitations,
  templateEditor,
};

export type Dictionary = typeof t;
