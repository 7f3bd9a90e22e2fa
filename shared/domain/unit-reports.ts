// Per-unit reports (isian unit): the questions every invited unit answers during a rakor
// ("Progres naskah kerja sama: belum / draf / ditandatangani", a number, a short text), the
// answers by unit and item, what a table of them sums up, and how one unit's answers moved
// from meeting to meeting. Pure: schemas, edits, checks and summaries.
import { z } from 'zod';
import { itemAt } from '../indexed';

export const REPORT_ITEM_TYPES = ['pilihan', 'angka', 'teks'] as const;
export const ReportItemTypeSchema = z.enum(REPORT_ITEM_TYPES);
export type ReportItemType = z.infer<typeof ReportItemTypeSchema>;

export const MAX_REPORT_ITEMS = 50;
export const MAX_OPTIONS = 30;
export const MAX_TEXT_ANSWER = 1000;

export const ReportItemSchema = z.object({
  id: z.string().min(1).max(60),
  name: z.string().max(300),
  type: ReportItemTypeSchema,
  /** The choices of a "pilihan" item, in the order they are offered (empty for the others). */
  options: z.array(z.string().max(200)).max(MAX_OPTIONS),
  /** Bounds of an "angka" item; null = none. */
  min: z.number().finite().nullable(),
  max: z.number().finite().nullable(),
});
export type ReportItem = z.infer<typeof ReportItemSchema>;

/** A choice's text, a number, or a short text. */
export const ReportValueSchema = z.union([z.string().max(MAX_TEXT_ANSWER), z.number().finite()]);
export type ReportValue = z.infer<typeof ReportValueSchema>;

/** unit code -> item id -> answer. A unit that answered nothing has no entry. */
export const ReportAnswersSchema = z.record(z.string().max(10), z.record(z.string().max(60), ReportValueSchema));
export type ReportAnswers = z.infer<typeof ReportAnswersSchema>;

export interface ReportTable {
  reportItems: ReportItem[];
  reportAnswers: ReportAnswers;
}

export const REPORT_MESSAGES = {
  itemNameEmpty: (n: number) => `Butir laporan ${n} belum diberi nama.`,
  itemNameTwice: (name: string) => `Butir laporan "${name}" tercatat dua kali; beri nama yang berbeda.`,
  itemIdTwice: (id: string) => `Butir laporan dengan id ${id} tercatat dua kali.`,
  tooFewOptions: (name: string) => `Butir "${name}" berjenis pilihan: isi minimal dua pilihan.`,
  optionEmpty: (name: string) => `Butir "${name}" memiliki pilihan yang kosong.`,
  optionTwice: (name: string, option: string) => `Pilihan "${option}" pada butir "${name}" tercatat dua kali.`,
  boundsReversed: (name: string) => `Butir "${name}": batas bawah lebih besar dari batas atas.`,
  unitNotInvited: (unit: string) => `${unit} tidak diundang ke rapat ini, jadi isiannya tidak dapat dicatat.`,
  unknownItem: (unit: string, id: string) => `Isian ${unit} menyebut butir laporan yang tidak ada (${id}).`,
  notAChoice: (unit: string, item: string, value: string) => `Isian ${unit} untuk "${item}" ("${value}") bukan salah satu pilihannya.`,
  notANumber: (unit: string, item: string) => `Isian ${unit} untuk "${item}" harus berupa angka.`,
  belowMin: (unit: string, item: string, min: string) => `Isian ${unit} untuk "${item}" tidak boleh kurang dari ${min}.`,
  aboveMax: (unit: string, item: string, max: string) => `Isian ${unit} untuk "${item}" tidak boleh lebih dari ${max}.`,
  notAText: (unit: string, item: string) => `Isian ${unit} untuk "${item}" harus berupa teks.`,
  tooManyItems: `Paling banyak ${MAX_REPORT_ITEMS} butir laporan dalam satu rapat.`,
  /** An item's new definition would leave answers already given invalid: refused, nothing changes. */
  answersBreak: (name: string, count: number, example: string) =>
    `Butir "${name}" tidak dapat diubah begitu: ${count} isian unit tidak lagi sesuai (misalnya "${example}"). Ubah atau kosongkan isian itu dulu, lalu ubah butirnya.`,
  unknownItemId: 'Butir laporan ini sudah tidak ada (mungkin dihapus di tab lain).',
} as const;

/** A number written the Indonesian way: "1.250", "12,5". */
export function formatReportNumber(n: number): string {
  return new Intl.NumberFormat('id-ID', { maximumFractionDigits: 4 }).format(n);
}

/**
 * A number as typed: "1.250" and "1250" are 1250, "12,5" is 12.5, "-3" is -3. Dots group
 * thousands (the Indonesian way); one comma is the decimal mark. Null when it is no number.
 */
export function parseReportNumber(typed: string): number | null {
  const s = typed.trim().replace(/\s+/g, '');
  if (!s) return null;
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(s)) return null;
  const n = Number(s.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** An item's name as it is matched across meetings: case and spacing do not count. */
export function itemKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
}

/** The item as stored: name and options trimmed, bounds only on a number, options only on a choice. */
export function normalizeItem(item: ReportItem): ReportItem {
  return {
    id: item.id,
    name: item.name.trim().replace(/\s+/g, ' '),
    type: item.type,
    options: item.type === 'pilihan' ? item.options.map((o) => o.trim().replace(/\s+/g, ' ')).filter(Boolean) : [],
    min: item.type === 'angka' ? item.min : null,
    max: item.type === 'angka' ? item.max : null,
  };
}

/** Why one answer does not fit its item, or null. `unit` is the unit's label for the message. */
export function answerProblem(item: ReportItem, value: ReportValue, unit: string): string | null {
  switch (item.type) {
    case 'pilihan':
      if (typeof value !== 'string' || !item.options.includes(value)) return REPORT_MESSAGES.notAChoice(unit, item.name, String(value));
      return null;
    case 'angka':
      if (typeof value !== 'number' || !Number.isFinite(value)) return REPORT_MESSAGES.notANumber(unit, item.name);
      if (item.min !== null && value < item.min) return REPORT_MESSAGES.belowMin(unit, item.name, formatReportNumber(item.min));
      if (item.max !== null && value > item.max) return REPORT_MESSAGES.aboveMax(unit, item.name, formatReportNumber(item.max));
      return null;
    case 'teks':
      return typeof value === 'string' ? null : REPORT_MESSAGES.notAText(unit, item.name);
  }
}

export interface ReportProblem {
  field: string;
  message: string;
}

/** What is wrong with the items and answers of a meeting (empty = nothing). */
export function reportProblems(m: ReportTable & { unitsInvited: readonly string[] }, unitLabel: (code: string) => string): ReportProblem[] {
  const out: ReportProblem[] = [];
  const ids = new Set<string>();
  const names = new Set<string>();
  if (m.reportItems.length > MAX_REPORT_ITEMS) out.push({ field: 'reportItems', message: REPORT_MESSAGES.tooManyItems });
  m.reportItems.forEach((item, i) => {
    const field = `reportItems.${i}`;
    if (ids.has(item.id)) out.push({ field, message: REPORT_MESSAGES.itemIdTwice(item.id) });
    ids.add(item.id);
    const name = item.name.trim();
    if (!name) out.push({ field, message: REPORT_MESSAGES.itemNameEmpty(i + 1) });
    else if (names.has(itemKey(name))) out.push({ field, message: REPORT_MESSAGES.itemNameTwice(name) });
    names.add(itemKey(name));
    if (item.type === 'pilihan') {
      if (item.options.length < 2) out.push({ field, message: REPORT_MESSAGES.tooFewOptions(name) });
      const seen = new Set<string>();
      for (const o of item.options) {
        if (!o.trim()) out.push({ field, message: REPORT_MESSAGES.optionEmpty(name) });
        else if (seen.has(o)) out.push({ field, message: REPORT_MESSAGES.optionTwice(name, o) });
        seen.add(o);
      }
    }
    if (item.type === 'angka' && item.min !== null && item.max !== null && item.min > item.max)
      out.push({ field, message: REPORT_MESSAGES.boundsReversed(name) });
  });
  const items = new Map(m.reportItems.map((it) => [it.id, it]));
  const invited = new Set(m.unitsInvited);
  for (const [code, answers] of Object.entries(m.reportAnswers)) {
    const field = `reportAnswers.${code}`;
    if (!invited.has(code)) {
      if (Object.keys(answers).length) out.push({ field, message: REPORT_MESSAGES.unitNotInvited(unitLabel(code)) });
      continue;
    }
    for (const [itemId, value] of Object.entries(answers)) {
      const item = items.get(itemId);
      if (!item) {
        out.push({ field: `${field}.${itemId}`, message: REPORT_MESSAGES.unknownItem(unitLabel(code), itemId) });
        continue;
      }
      const problem = answerProblem(item, value, unitLabel(code));
      if (problem) out.push({ field: `${field}.${itemId}`, message: problem });
    }
  }
  return out;
}

/** One answer set or cleared (null). */
export interface AnswerChange {
  unitCode: string;
  itemId: string;
  value: ReportValue | null;
}

/**
 * The answers after some cells changed. A text answer is stored trimmed and an empty one
 * clears the cell. Returns the same object when nothing changed; the rules are checked after.
 */
export function setAnswers<T extends ReportTable>(m: T, changes: readonly AnswerChange[]): T {
  let answers: ReportAnswers | null = null;
  for (const c of changes) {
    const value = typeof c.value === 'string' ? c.value.trim() : c.value;
    const clear = value === null || value === '';
    const now = (answers ?? m.reportAnswers)[c.unitCode]?.[c.itemId];
    if (clear ? now === undefined : now === value) continue;
    answers ??= { ...m.reportAnswers };
    const unit = { ...(answers[c.unitCode] ?? {}) };
    if (clear) delete unit[c.itemId];
    else unit[c.itemId] = value;
    if (Object.keys(unit).length) answers[c.unitCode] = unit;
    else delete answers[c.unitCode];
  }
  return answers ? { ...m, reportAnswers: answers } : m;
}

/** The changes that put the cells touched by `changes` back as they are in `m` (undo). */
export function inverseAnswers(m: ReportTable, changes: readonly AnswerChange[]): AnswerChange[] {
  const seen = new Set<string>();
  const out: AnswerChange[] = [];
  for (const c of changes) {
    const key = `${c.unitCode}\u0000${c.itemId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ unitCode: c.unitCode, itemId: c.itemId, value: m.reportAnswers[c.unitCode]?.[c.itemId] ?? null });
  }
  return out;
}

/**
 * Add an item (new id) or replace the one with its id. Answers already given must still fit
 * the new definition (a choice removed, a type changed, a bound that leaves a number out):
 * otherwise the change is refused with the first answer that would break, and nothing changes.
 */
export function putItem<T extends ReportTable>(m: T, raw: ReportItem, index?: number): T {
  const item = normalizeItem(raw);
  const at = m.reportItems.findIndex((x) => x.id === item.id);
  const broken: string[] = [];
  for (const [code, answers] of Object.entries(m.reportAnswers)) {
    const v = answers[item.id];
    if (v !== undefined && answerProblem(item, v, code)) broken.push(typeof v === 'number' ? formatReportNumber(v) : v);
  }
  if (broken.length) throw new ReportRuleError(REPORT_MESSAGES.answersBreak(item.name, broken.length, itemAt(broken, 0)));
  if (at >= 0) {
    const before = m.reportItems[at];
    if (JSON.stringify(before) === JSON.stringify(item)) return m;
    const items = [...m.reportItems];
    items[at] = item;
    return { ...m, reportItems: items };
  }
  const items = [...m.reportItems];
  items.splice(index === undefined ? items.length : Math.min(Math.max(index, 0), items.length), 0, item);
  return { ...m, reportItems: items };
}

/** Remove an item with its answers (the page asks first when units answered it). */
export function removeItem<T extends ReportTable>(m: T, itemId: string): T {
  if (!m.reportItems.some((x) => x.id === itemId)) return m;
  const answers: ReportAnswers = {};
  for (const [code, a] of Object.entries(m.reportAnswers)) {
    const { [itemId]: _gone, ...rest } = a;
    if (Object.keys(rest).length) answers[code] = rest;
  }
  return { ...m, reportItems: m.reportItems.filter((x) => x.id !== itemId), reportAnswers: answers };
}

/** Move an item up (-1) or down (+1) in the table. */
export function moveItem<T extends ReportTable>(m: T, itemId: string, by: number): T {
  const from = m.reportItems.findIndex((x) => x.id === itemId);
  if (from < 0) return m;
  const to = Math.min(Math.max(from + by, 0), m.reportItems.length - 1);
  if (to === from) return m;
  const items = [...m.reportItems];
  items.splice(to, 0, ...items.splice(from, 1));
  return { ...m, reportItems: items };
}

/** A change refused by a rule of the items; the intent layer turns it into invalid input. */
export class ReportRuleError extends Error {}

/** How many answers an item has (before removing it). */
export function answerCount(m: ReportTable, itemId: string): number {
  return Object.values(m.reportAnswers).filter((a) => a[itemId] !== undefined).length;
}

export interface ItemSummary {
  itemId: string;
  /** Units that answered, of `invited`. */
  answered: number;
  invited: number;
  /** A choice: how many units chose each option, in the item's order. */
  counts: Array<{ option: string; count: number }>;
  /** A number: sum and median of the answers, null without answers. */
  sum: number | null;
  median: number | null;
}

export function median(xs: readonly number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? itemAt(s, mid) : (itemAt(s, mid - 1) + itemAt(s, mid)) / 2;
}

/** What each item's column adds up to, over the invited units. */
export function summarizeReport(m: ReportTable & { unitsInvited: readonly string[] }): ItemSummary[] {
  const invited = [...new Set(m.unitsInvited)];
  return m.reportItems.map((item) => {
    const values = invited.map((code) => m.reportAnswers[code]?.[item.id]).filter((v): v is ReportValue => v !== undefined);
    const numbers = item.type === 'angka' ? values.filter((v): v is number => typeof v === 'number') : [];
    return {
      itemId: item.id,
      answered: values.length,
      invited: invited.length,
      counts: item.type === 'pilihan' ? item.options.map((option) => ({ option, count: values.filter((v) => v === option).length })) : [],
      sum: numbers.length ? numbers.reduce((a, b) => a + b, 0) : null,
      median: median(numbers),
    };
  });
}

/** One summary as a line: "Belum 3 · Draf 1 · Ditandatangani 2", "Jumlah 120 · Median 12". */
export function summaryText(item: ReportItem, s: ItemSummary): string {
  const parts: string[] = [];
  if (item.type === 'pilihan') parts.push(...s.counts.map((c) => `${c.option} ${c.count}`));
  if (item.type === 'angka' && s.sum !== null) parts.push(`jumlah ${formatReportNumber(s.sum)}`, `median ${formatReportNumber(s.median!)}`);
  parts.push(`terisi ${s.answered} dari ${s.invited}`);
  return parts.join(' · ');
}

/** An answer as printed and shown. */
export function answerText(value: ReportValue | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'number' ? formatReportNumber(value) : value;
}

// --- One unit across meetings -------------------------------------------------------------

/** What the history needs of one meeting. */
export interface ReportSource extends ReportTable {
  id: string;
  title: string;
  date: string;
  series: string;
  unitsInvited: readonly string[];
  status: 'aktif' | 'batal';
}

export interface HistoryMeeting {
  id: string;
  title: string;
  date: string;
}

export interface HistoryRow {
  /** The item's name as it reads in the latest meeting that has it. */
  name: string;
  type: ReportItemType;
  /** The unit's answer in each meeting of the group, in order; null = not asked, "" = asked, unanswered. */
  values: Array<string | null>;
  /** The answer differs from the one of the meeting before (that one answered too), per meeting. */
  changed: boolean[];
}

export interface HistoryGroup {
  /** The series' name, or "" for the meetings outside any series (matched by item name). */
  series: string;
  meetings: HistoryMeeting[];
  rows: HistoryRow[];
}

/**
 * How one unit's answers changed from meeting to meeting: per series (seriesKey), and for the
 * meetings outside any series, one group whose items are matched by name. Only meetings that
 * invited the unit, are not cancelled and have report items count; oldest meeting first.
 */
export function unitReportHistory(sources: readonly ReportSource[], unitCode: string, seriesKeyOf: (name: string) => string): HistoryGroup[] {
  const groups = new Map<string, { series: string; list: ReportSource[] }>();
  for (const s of sources) {
    if (s.status !== 'aktif' || !s.reportItems.length || !s.unitsInvited.includes(unitCode)) continue;
    const key = s.series.trim() ? seriesKeyOf(s.series) : '';
    const g = groups.get(key) ?? { series: s.series.trim(), list: [] };
    g.list.push(s);
    groups.set(key, g);
  }
  const out: HistoryGroup[] = [];
  for (const [key, g] of groups) {
    const list = [...g.list].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    // Outside a series, an item counts only when two meetings or more ask it.
    const rowsByKey = new Map<string, HistoryRow>();
    list.forEach((s, i) => {
      for (const item of s.reportItems) {
        const k = itemKey(item.name);
        if (!k) continue;
        let row = rowsByKey.get(k);
        if (!row) {
          row = { name: item.name, type: item.type, values: list.map(() => null), changed: list.map(() => false) };
          rowsByKey.set(k, row);
        }
        row.name = item.name.trim();
        row.type = item.type;
        row.values[i] = answerText(s.reportAnswers[unitCode]?.[item.id]);
      }
    });
    let rows = [...rowsByKey.values()];
    if (!key) rows = rows.filter((r) => r.values.filter((v) => v !== null).length >= 2);
    for (const r of rows) {
      let prev: string | null = null;
      r.values.forEach((v, i) => {
        if (v) {
          r.changed[i] = prev !== null && prev !== v;
          prev = v;
        }
      });
    }
    if (!rows.length) continue;
    // Meetings with no row of the group (outside a series: items nobody else asked) are left out.
    const keep = list.map((_, i) => rows.some((r) => r.values[i] !== null));
    out.push({
      series: g.series,
      meetings: list.filter((_, i) => keep[i]).map((s) => ({ id: s.id, title: s.title, date: s.date })),
      rows: rows.map((r) => ({ ...r, values: r.values.filter((_, i) => keep[i]), changed: r.changed.filter((_, i) => keep[i]) })),
    });
  }
  // Series by name, the meetings outside any series last.
  return out.sort((a, b) => (a.series ? 0 : 1) - (b.series ? 0 : 1) || a.series.localeCompare(b.series, 'id'));
}
