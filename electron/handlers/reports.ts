// Handlers of what follows a rakor: the news drafts (berita) one by one or all in a .zip, the
// laporan kegiatan as DOCX, and the documentation photos it carries (checked by their bytes
// with the shared rule, stored in the meeting's photo file).
import JSZip from 'jszip';
import { MIME } from '../../shared/contract/define';
import type { reportsContract, NewsDraftView } from '../../shared/contract/reports';
import type { Meeting } from '../../shared/domain/meeting';
import { utcToZoned } from '../../shared/domain/datetime';
import { photoInfo, photoProblem, type Photo } from '../../shared/domain/photos';
import { buildNewsDocx, buildNewsDrafts, newsFileName, newsText, newsZipEntry, type NewsDraft } from '../../shared/documents/news';
import { buildReportDocx } from '../../shared/documents/report-docx';
import { imageInfo } from '../../shared/documents/common';
import { exportFileName, fileNameOf } from '../../shared/text/file-name';
import { AppError } from '../../shared/errors';
import { activeMeeting } from './meeting-write';
import type { HandlerDeps, HandlerMap } from './types';
import { fileResult } from './file-result';
import { itemAt } from '../../shared/indexed';
import { decodeBase64 } from '../../shared/text/base64';
import { unitsWordOf } from '../../shared/domain/org-words';

type ReportMethods = keyof typeof reportsContract;

function drafts(deps: HandlerDeps, id: string, only?: string): { meeting: Meeting; drafts: NewsDraft[] } {
  const meeting = activeMeeting(deps, id);
  return { meeting, drafts: buildNewsDrafts(meeting, deps.store.getRoster(), deps.store.getSettings(), only) };
}

function photosOf(deps: HandlerDeps, id: string): Photo[] {
  activeMeeting(deps, id);
  return deps.store.getPhotos(id);
}

function photoNotFound(): AppError {
  return new AppError('not_found', 'Foto tidak ditemukan; mungkin sudah dihapus di jendela lain. Muat ulang halaman.');
}

/** "Laporan Kegiatan 2022-05-25 <rapat>.docx" */
export function reportFileName(m: Pick<Meeting, 'date' | 'title'>): string {
  return exportFileName('Laporan Kegiatan', m.date, m.title, 'docx');
}

export const reportHandlers: HandlerMap<ReportMethods> = {
  async 'news/drafts'(input, deps) {
    return drafts(deps, input.id).drafts.map((d): NewsDraftView => ({ unitCode: d.unitCode, author: d.author, title: d.title, text: newsText(d) }));
  },

  async 'news/export'(input, deps) {
    const s = drafts(deps, input.id, input.unitCode);
    const d = s.drafts[0];
    if (!d) throw new AppError('not_found', `${unitsWordOf(deps.store.getSettings())} ini tidak diundang ke rapat, jadi tidak ada draf beritanya.`);
    if (input.format === 'txt') return fileResult(newsFileName(s.meeting, d, 'txt'), `${MIME.txt};charset=utf-8`, new TextEncoder().encode(newsText(d)));
    return fileResult(newsFileName(s.meeting, d, 'docx'), MIME.docx, await buildNewsDocx(d, deps.store.getSettings()));
  },

  async 'news/export-all'(input, deps) {
    const s = drafts(deps, input.id);
    const settings = deps.store.getSettings();
    const folder = fileNameOf(['berita-rakor', s.meeting.date], '', '-');
    const zip = new JSZip();
    // A fixed date keeps the archive identical for identical content.
    const date = deps.clock();
    const docs = await Promise.all(s.drafts.map((d) => buildNewsDocx(d, settings)));
    s.drafts.forEach((d, i) => {
      // A .docx is a zip already: deflating it again costs time and saves nothing.
      zip.file(`${folder}/${newsZipEntry(d, 'docx')}`, itemAt(docs, i), { date, compression: 'STORE' });
      zip.file(`${folder}/${newsZipEntry(d, 'txt')}`, newsText(d), { date });
    });
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    return fileResult(fileNameOf([folder], 'zip'), MIME.zip, bytes);
  },

  async 'report/export-docx'(input, deps) {
    const m = activeMeeting(deps, input.id);
    const settings = deps.store.getSettings();
    const bytes = await buildReportDocx(m, deps.store.getRoster(), settings, deps.store.getPhotos(m.id), {
      generatedAt: deps.clock().toISOString(),
      exportDate: utcToZoned(deps.clock(), settings.defaultTimeZone).date,
    });
    return fileResult(reportFileName(m), MIME.docx, bytes);
  },

  async 'report/photos'(input, deps) {
    return photosOf(deps, input.id).map(photoInfo);
  },

  async 'report/photo-image'(input, deps) {
    const photo = photosOf(deps, input.id).find((p) => p.id === input.photoId);
    if (!photo) throw photoNotFound();
    return { type: photo.type, base64: photo.base64 };
  },

  async 'report/add-photo'(input, deps) {
    const photos = photosOf(deps, input.id);
    const bytes = decodeBase64(input.base64) ?? new Uint8Array();
    const info = bytes.length ? imageInfo(bytes) : null;
    const problem = photoProblem(bytes, input.fileName, info, photos.length);
    if (problem) throw new AppError('invalid_input', problem);
    const photo: Photo = {
      id: deps.newId(),
      caption: input.caption.trim(),
      type: info!.type === 'png' ? 'image/png' : 'image/jpeg',
      width: info!.width,
      height: info!.height,
      addedAt: deps.clock().toISOString(),
      base64: Buffer.from(bytes).toString('base64'),
    };
    const next = [...photos, photo];
    deps.store.savePhotos(input.id, next);
    return next.map(photoInfo);
  },

  async 'report/set-caption'(input, deps) {
    const photos = photosOf(deps, input.id);
    if (!photos.some((p) => p.id === input.photoId)) throw photoNotFound();
    const next = photos.map((p) => (p.id === input.photoId ? { ...p, caption: input.caption.trim() } : p));
    deps.store.savePhotos(input.id, next);
    return next.map(photoInfo);
  },

  async 'report/remove-photo'(input, deps) {
    const photos = photosOf(deps, input.id);
    if (!photos.some((p) => p.id === input.photoId)) throw photoNotFound();
    const next = photos.filter((p) => p.id !== input.photoId);
    deps.store.savePhotos(input.id, next);
    return next.map(photoInfo);
  },
};
