// The dictionary of the UI, Bahasa Indonesia. Each feature keeps its words in a file of its
// own here; this file joins them into the one object components read.
import { core } from './core';

export const t = {
  ...core,
};

export type Dictionary = typeof t;
