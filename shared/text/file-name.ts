// File names for exports: "<what> <date> <title>.<ext>", the date first so an archive folder
// sorts by date, and nothing in it that Windows refuses in a file name.

/** A meeting title made safe for a file name: no reserved characters, at most ~120 characters. */
export function fileNameTitle(title: string): string {
  let out = title
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (out.length > 120) out = out.slice(0, 120).replace(/\s+\S*$/, '');
  return out.replace(/[. ]+$/, '');
}

/** "Notulen 2022-05-25 Rapat Koordinasi … (draf).docx" */
export function exportFileName(what: string, date: string, title: string, ext: string, suffix = ''): string {
  const t = fileNameTitle(title);
  return `${what} ${date}${t ? ` ${t}` : ''}${suffix}.${ext}`;
}
