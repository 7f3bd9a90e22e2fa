// Turns DOCX bytes into what a reader of the printed page sees: LibreOffice converts to PDF,
// poppler's pdftotext and pdfinfo read it back. Each test process uses its own LibreOffice
// profile so parallel runs do not fight over one.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { group } from '../../helpers/indexed';

export interface PdfResult {
  dir: string;
  pdfPath: string;
  /** pdftotext -layout output; pages are separated by form feeds. */
  text: string;
  pages: number;
  /** Size of the first page in millimetres, rounded. */
  pageMm: { width: number; height: number };
}

let profileDir: string | null = null;
const workDirs: string[] = [];

function profile(): string {
  if (!profileDir) {
    profileDir = mkdtempSync(join(tmpdir(), 'lo-profile-'));
    process.once('exit', () => {
      for (const d of [profileDir!, ...workDirs]) rmSync(d, { recursive: true, force: true });
    });
  }
  return profileDir;
}

export function haveLibreOffice(): boolean {
  try {
    execFileSync('libreoffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function docxToPdf(bytes: Uint8Array, name = 'document'): PdfResult {
  const dir = mkdtempSync(join(tmpdir(), 'rakor-docx-'));
  workDirs.push(dir);
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, bytes);
  execFileSync('libreoffice', [`-env:UserInstallation=file://${profile()}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
    stdio: 'pipe',
    timeout: 180_000,
  });
  const pdfPath = join(dir, `${name}.pdf`);
  readFileSync(pdfPath);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  const mm = (pts: string) => Math.round((Number(pts) * 25.4) / 72);
  return { dir, pdfPath, text, pages, pageMm: { width: size ? mm(group(size, 1)) : NaN, height: size ? mm(group(size, 2)) : NaN } };
}

/** Size of every page in millimetres, rounded (pages of one document may differ, e.g. landscape). */
export function pageSizesMm(pdfPath: string, pages: number): Array<{ width: number; height: number }> {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), pdfPath], { encoding: 'utf8' });
  const mm = (pts: string) => Math.round((Number(pts) * 25.4) / 72);
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: mm(group(m, 1)), height: mm(group(m, 2)) }));
}

/** Number of images placed on each page, from pdfimages -list. */
export function imagesPerPage(pdfPath: string): Map<number, number> {
  const out = execFileSync('pdfimages', ['-list', pdfPath], { encoding: 'utf8' });
  const counts = new Map<number, number>();
  for (const line of out.split('\n').slice(2)) {
    const page = Number(line.trim().split(/\s+/)[0]);
    if (Number.isInteger(page) && page > 0) counts.set(page, (counts.get(page) ?? 0) + 1);
  }
  return counts;
}

/** Text with every run of whitespace made one space, so wrapped lines read as sentences. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** PNG files of pages first..last, for looking at the layout. */
export function pdfToPngs(pdfPath: string, outPrefix: string, dpi: number, first: number, last: number): void {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(first), '-l', String(last), pdfPath, outPrefix]);
}

/** Text of one page (1-based) of pdftotext output. */
export function pageText(text: string, page: number): string {
  return text.split('\f')[page - 1] ?? '';
}
