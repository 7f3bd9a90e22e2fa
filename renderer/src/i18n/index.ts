// The dictionary of the UI, Bahasa Indonesia. Each feature keeps its words in a file of its
// own here; this file joins them into the one object components read.
import { core } from './core';
import { invitations, templateEditor } from './invitations';

export const t = {
  ...core,
  invitations,
  templateEditor,
};

export type Dictionary = typeof t;
