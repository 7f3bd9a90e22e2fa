// What a key press in the per-unit report table means. Navigation, Enter, Delete, undo and the
// unit search are the attendance grid's (grid-model.ts); what differs is a typed character:
// on a choice column it picks an option (the n-th for a digit, else the next one starting with
// the letter), on a number or text column it starts editing with it.
import type { ReportItem, ReportValue } from '../../../../shared/domain/unit-reports';
import { keyAction, type GridAction, type KeyLike } from '../attendance/grid-model';
import { itemAt } from '../../../../shared/indexed';

export type ReportAction = Exclude<GridAction, { kind: 'status' }> | { kind: 'choose'; option: string } | { kind: 'noChoice'; typed: string };

/** Column 0 is the unit; column n is item n - 1. */
export function reportKeyAction(e: KeyLike, item: ReportItem | null, current: ReportValue | undefined): ReportAction | null {
  const plain = e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && e.key.trim() !== '';
  if (item && plain && item.type === 'pilihan' && e.key !== '/') {
    if (/^[1-9]$/.test(e.key)) {
      const option = item.options[Number(e.key) - 1];
      return option ? { kind: 'choose', option } : { kind: 'noChoice', typed: e.key };
    }
    const starting = item.options.filter((o) => o.toLocaleLowerCase('id').startsWith(e.key.toLocaleLowerCase('id')));
    if (!starting.length) return { kind: 'noChoice', typed: e.key };
    // The same letter again takes the next option with it ("d": draf, then ditandatangani).
    const at = typeof current === 'string' ? starting.indexOf(current) : -1;
    return { kind: 'choose', option: itemAt(starting, (at + 1) % starting.length) };
  }
  const action = keyAction(e, item ? 'note' : 'unit');
  if (!action) return null;
  if (action.kind === 'status') {
    // Letters that mark attendance there are text here: on an item, the start of an answer; on the unit, the search.
    return item ? { kind: 'edit', text: e.key } : { kind: 'typeFilter', text: e.key };
  }
  if (action.kind === 'clear') return { kind: 'clear', wholeUnit: !item };
  return action;
}
