// exceljs, loaded at its first use. It is the largest library of the Node side (with the zip
// and stream libraries it pulls in) and no start needs it: required at start it cost the
// browser host about a quarter of a second before it could answer (see README, Performance).
// Modules that build or read .xlsx take it from here; the types come from `import type`.
import type ExcelJSModule from 'exceljs';

let loaded: Promise<typeof ExcelJSModule> | null = null;

export function loadExcelJS(): Promise<typeof ExcelJSModule> {
  loaded ??= import('exceljs').then((m) => (m as { default?: typeof ExcelJSModule }).default ?? (m as unknown as typeof ExcelJSModule));
  return loaded;
}
