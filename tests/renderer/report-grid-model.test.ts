// What a key does in the per-unit report table: letters and digits choose on a choice column,
// start the editor on a number or text column, and the attendance grid's keys do the rest.
import { describe, expect, it } from 'vitest';
import { reportKeyAction } from '../../renderer/src/features/unit-reports/report-grid-model';
import type { ReportItem } from '../../shared/domain/unit-reports';

const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean }> = {}) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const choice: ReportItem = { id: 'p', name: 'Progres', type: 'pilihan', options: ['belum', 'draf', 'ditandatangani'], min: null, max: null };
const number: ReportItem = { id: 'n', name: 'Jumlah', type: 'angka', options: [], min: 0, max: null };

describe('keys of the report table', () => {
  it('on a choice: a letter takes the next option starting with it, a digit the n-th', () => {
    expect(reportKeyAction(key('d'), choice, undefined)).toEqual({ kind: 'choose', option: 'draf' });
    expect(reportKeyAction(key('D'), choice, 'draf')).toEqual({ kind: 'choose', option: 'ditandatangani' });
    expect(reportKeyAction(key('d'), choice, 'ditandatangani')).toEqual({ kind: 'choose', option: 'draf' });
    expect(reportKeyAction(key('3'), choice, undefined)).toEqual({ kind: 'choose', option: 'ditandatangani' });
    expect(reportKeyAction(key('4'), choice, undefined)).toEqual({ kind: 'noChoice', typed: '4' });
    expect(reportKeyAction(key('x'), choice, undefined)).toEqual({ kind: 'noChoice', typed: 'x' });
  });

  it('on a number or text: a character opens the editor with it, even the letters that mark attendance', () => {
    expect(reportKeyAction(key('1'), number, undefined)).toEqual({ kind: 'edit', text: '1' });
    expect(reportKeyAction(key('h'), number, undefined)).toEqual({ kind: 'edit', text: 'h' });
    expect(reportKeyAction(key('H', { shiftKey: true }), number, undefined)).toEqual({ kind: 'edit', text: 'H' });
    expect(reportKeyAction(key('-'), number, undefined)).toEqual({ kind: 'edit', text: '-' });
    expect(reportKeyAction(key('Enter'), choice, undefined)).toEqual({ kind: 'edit' });
  });

  it('everywhere: arrows, Delete, Ctrl+Z and the unit search as in the attendance grid', () => {
    expect(reportKeyAction(key('ArrowDown'), choice, undefined)).toEqual({ kind: 'move', dRow: 1, dCol: 0 });
    expect(reportKeyAction(key('Delete'), number, 3)).toEqual({ kind: 'clear', wholeUnit: false });
    expect(reportKeyAction(key('z', { ctrlKey: true }), choice, undefined)).toEqual({ kind: 'undo' });
    expect(reportKeyAction(key('/'), choice, undefined)).toEqual({ kind: 'focusFilter' });
    // On the unit column letters search, the attendance letters too.
    expect(reportKeyAction(key('h'), null, undefined)).toEqual({ kind: 'typeFilter', text: 'h' });
    expect(reportKeyAction(key('m'), null, undefined)).toEqual({ kind: 'typeFilter', text: 'm' });
    expect(reportKeyAction(key('Enter'), null, undefined)).toBeNull();
  });
});
