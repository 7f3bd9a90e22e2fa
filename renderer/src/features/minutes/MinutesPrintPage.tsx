// The minutes as a printable page: the same parts and wording as the DOCX (letterhead,
// facts, speakers with lettered points, conclusions, follow-ups, signatures, and the
// attendance list as attachment) on sheets of the paper chosen in Settings. Printing uses
// the browser's print dialog; in the desktop app the page can also be saved as PDF.
import { useEffect, useState } from 'react';
import { Text } from '@mantine/core';
import { api } from '../../api/client';
import type { CarriedFollowUp, Meeting, ProgressByUnit, Signatory } from '../../../../shared/domain/meeting';
import { attendeeOf, attendeeText } from '../../../../shared/domain/attendee-name';
import { assigneesText, progressLines } from '../../../../shared/domain/follow-ups';
import type { Roster } from '../../../../shared/domain/roster';
import type { Settings } from '../../../../shared/domain/settings';
import { attendanceCounts } from '../../../../shared/domain/attendance';
import { formatDateLong, formatDayDate, formatInstant, formatTime, formatTimeRange } from '../../../../shared/domain/datetime';
import { shortUnitName } from '../../../../shared/domain/units';
import { roleById } from '../../../../shared/domain/roles';
import { renderTemplate } from '../../../../shared/templates/render';
import { templateText } from '../../../../templates/index';
import {
  DASH,
  absentUnitsInWords,
  agendaItems,
  invitedRolesInWords,
  invitedUnits,
  minutesTimes,
  personInWords,
  placeInDocument,
  roleCountsInWords,
  speakerTime,
  speakerWho,
} from '../../../../shared/domain/meeting-words';
import { cssMargin, PAPER_MM, PRINT_MARGIN_LANDSCAPE_MM, PRINT_MARGIN_MM } from '../../../../shared/domain/print-page';
import { t } from '../../i18n';
import { navigate } from '../../router';
import { Kop } from '../../components/Kop';
import { useStored } from '../use-stored';
import './print.css';
import { unitsWordOf } from '../../../../shared/domain/org-words';
import { PrintView, PrintViewPending } from '../print/PrintView';

interface Data {
  meeting: Meeting;
  roster: Roster;
  settings: Settings;
  /** Progress per unit of each follow-up and the carried ones, as the DOCX prints them. */
  followUps: { progress: Record<string, ProgressByUnit>; carried: CarriedFollowUp[] };
}

/** The record's own copy once final; else where the tracker stands now. */
async function loadFollowUps(m: Meeting): Promise<Data['followUps']> {
  if (m.minutes.status === 'final') return { progress: m.minutes.followUpsAtFinal, carried: m.minutes.carriedAtFinal };
  const [list, carried] = await Promise.all([
    api.call('followups/list', { meetingId: m.id, includeDone: true }),
    m.series ? api.call('followups/carried', { id: m.id }) : Promise.resolve({ carried: [] }),
  ]);
  const progress: Record<string, ProgressByUnit> = {};
  for (const r of list.rows) (progress[r.followUpId] ??= {})[r.unitKey] = r.progress;
  return { progress, carried: carried.carried };
}

function fill(settings: Settings, key: string, values: Record<string, string>): string {
  return renderTemplate(templateText(key, settings.templates), values).text;
}

function Sign({ role, p }: { role: string; p: Signatory }) {
  return (
    <td>
      <p>{role},</p>
      <div className="sign-space" />
      <p className={p.name.trim() ? 'sign-name' : undefined}>{p.name.trim() || '(.................................)'}</p>
      {p.jabatan.trim() && <p className="note">{p.jabatan.trim()}</p>}
    </td>
  );
}

function MinutesSheets({ meeting: m, roster, settings, followUps: fu }: Data) {
  const counts = attendanceCounts(m);
  const { start, end } = minutesTimes(m);
  const agenda = agendaItems(m);
  const draft = m.minutes.status === 'draft';
  const paper = { w: PAPER_MM[settings.paper].width, h: PAPER_MM[settings.paper].height };
  const landscape = m.rolesInvited.length > 3;
  const perRole = roleCountsInWords(m, roster, counts);
  const absent = absentUnitsInWords(roster, counts);
  const conclusions = m.minutes.conclusions.map((c) => c.trim()).filter(Boolean);
  const followUps = m.minutes.followUps.filter((f) => f.action.trim() || f.responsible.trim());
  const place = settings.organisation.city.trim() || m.letter.place.trim();
  const draftLine = draft ? <p className="draft-mark">{fill(settings, 'minutes.draft-mark', { dicetak: '' })}</p> : null;
  const sheetStyle = { width: `${paper.w}mm`, minHeight: `${paper.h}mm`, padding: cssMargin(PRINT_MARGIN_MM) };
  const landscapeStyle = { width: `${paper.h}mm`, minHeight: `${paper.w}mm`, padding: cssMargin(PRINT_MARGIN_LANDSCAPE_MM) };
  const pageCss = `@page { size: ${paper.w}mm ${paper.h}mm; margin: ${cssMargin(PRINT_MARGIN_MM)}; }
@page lampiran { size: ${paper.h}mm ${paper.w}mm; margin: ${cssMargin(PRINT_MARGIN_LANDSCAPE_MM)}; }
.minutes-sheet.landscape { page: lampiran; }`;

  return (
    <>
      <style>{pageCss}</style>
      <article className="minutes-sheet" style={sheetStyle} aria-label={t.minutes.printTitle}>
        {draftLine}
        <Kop organisation={settings.organisation} />
        <p className="doc-title">{fill(settings, 'minutes.title', { acara: m.title })}</p>
        <p className="doc-subtitle">{m.title}</p>
        <table className="facts">
          <tbody>
            {[
              [t.minutes.hariTanggal, formatDayDate(m.date)],
              [t.minutes.waktu, formatTimeRange(start, end, m.timeZone)],
              [t.minutes.tempat, placeInDocument(m)],
              [t.minutes.chair, personInWords(m.chair)],
              [t.minutes.notetaker, personInWords(m.notetaker)],
            ].map(([label, value]) => (
              <tr key={label}>
                <td className="label">{label}</td>
                <td className="colon">:</td>
                <td>{value}</td>
              </tr>
            ))}
            <tr>
              <td className="label">{t.minutes.participants}</td>
              <td className="colon">:</td>
              <td>
                <p>
                  {fill(settings, 'minutes.participants', {
                    unit_hadir: String(counts.unitsPresent),
                    unit_diundang: String(counts.unitsInvited),
                    orang_hadir: String(counts.peoplePresent),
                    satuan: unitsWordOf(settings),
                    peran: invitedRolesInWords(m, roster),
                  })}
                </p>
                {perRole && <p className="note">terdiri atas {perRole}</p>}
                {absent && <p className="note">tidak hadir: {absent}</p>}
                <p className="note muted">{t.minutes.attendanceAttached}</p>
              </td>
            </tr>
            <tr>
              <td className="label">{t.minutes.acara}</td>
              <td className="colon">:</td>
              <td>
                {agenda.length === 1 ? (
                  agenda[0]
                ) : (
                  <ol style={{ paddingLeft: '0.6cm' }}>
                    {agenda.map((a, i) => (
                      <li key={i}>{a}</li>
                    ))}
                  </ol>
                )}
              </td>
            </tr>
          </tbody>
        </table>

        <h3>{t.minutes.courseHeading}</h3>
        {m.chair.name.trim() && (
          <p style={{ marginLeft: '0.75cm', textAlign: 'justify' }}>
            {fill(settings, 'minutes.opening', { waktu_buka: `${formatTime(start)} ${m.timeZone}`, pimpinan: personInWords(m.chair), acara: m.title })}
          </p>
        )}
        {m.speakers.length === 0 ? (
          <p className="muted" style={{ marginLeft: '0.75cm' }}>
            {t.minutes.noSpeakers}
          </p>
        ) : (
          <ol>
            {m.speakers.map((s) => {
              const who = speakerWho(s, roster);
              const when = speakerTime(s, m.timeZone);
              const points = s.points.map((p) => p.trim()).filter(Boolean);
              return (
                <li key={s.id}>
                  <div className="speaker-head">
                    <b>{s.name.trim() || DASH}</b>
                    {who && `, ${who}`} — <i>{t.speakers.segments[s.segment]}</i>
                    {when && <span className="note"> ({when})</span>}
                  </div>
                  {points.length > 0 && (
                    <ol className="letters">
                      {points.map((p, j) => (
                        <li key={j}>{p}</li>
                      ))}
                    </ol>
                  )}
                </li>
              );
            })}
          </ol>
        )}

        <h3>{t.minutes.conclusionsHeading}</h3>
        {conclusions.length === 0 ? (
          <p className="muted" style={{ marginLeft: '0.75cm' }}>
            {t.minutes.noConclusions}
          </p>
        ) : (
          <ol>
            {conclusions.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ol>
        )}

        <h3>{t.minutes.followUpsHeading}</h3>
        {followUps.length === 0 ? (
          <p className="muted" style={{ marginLeft: '0.75cm' }}>
            {t.minutes.noFollowUps}
          </p>
        ) : (
          <table className="grid" style={{ marginLeft: '0.75cm', width: 'calc(100% - 0.75cm)' }}>
            <thead>
              <tr>
                <th style={{ width: '2.2em' }}>No.</th>
                <th>{t.minutes.printAction}</th>
                <th>{t.minutes.printResponsible}</th>
                <th style={{ width: '7.5em' }}>{t.minutes.printDue}</th>
                <th style={{ width: '5em' }}>{t.minutes.status}</th>
              </tr>
            </thead>
            <tbody>
              {followUps.map((f, i) => (
                <tr key={f.id}>
                  <td className="center">{i + 1}.</td>
                  <td>{f.action.trim()}</td>
                  <td>{[f.responsible.trim(), assigneesText(f, roster.units, { province: settings.organizerName })].filter(Boolean).join('; ') || DASH}</td>
                  <td className="center" style={{ whiteSpace: 'nowrap' }}>
                    {f.dueDate ? formatDateLong(f.dueDate) : DASH}
                  </td>
                  <td className="center">
                    {(fu.progress[f.id] ? progressLines(fu.progress[f.id]!, roster.units, { counts: true }) : [t.minutes.followUpStatus[f.status]]).map((x) => (
                      <div key={x}>{x}</div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}

        {fu.carried.length > 0 && (
          <>
            <h3>{t.followUps.carriedHeading}</h3>
            <table className="grid" style={{ marginLeft: '0.75cm', width: 'calc(100% - 0.75cm)' }} data-testid="print-carried">
              <thead>
                <tr>
                  <th style={{ width: '2.2em' }}>No.</th>
                  <th>{t.followUps.carriedAction}</th>
                  <th style={{ width: '7.5em' }}>{t.minutes.printDue}</th>
                  <th>{t.followUps.carriedState}</th>
                </tr>
              </thead>
              <tbody>
                {fu.carried.map((c, i) => (
                  <tr key={`${c.meetingId}/${c.followUp.id}`}>
                    <td className="center">{i + 1}.</td>
                    <td>
                      <div>{c.followUp.action.trim() || DASH}</div>
                      <div>
                        ({c.meetingTitle}, {c.meetingDate ? formatDateLong(c.meetingDate) : DASH})
                      </div>
                    </td>
                    <td className="center">{c.followUp.dueDate ? formatDateLong(c.followUp.dueDate) : DASH}</td>
                    <td>
                      {progressLines(c.progress, roster.units, { short: true, notes: true }).map((x) => (
                        <div key={x}>{x}</div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}

        {end && <p style={{ marginTop: '12pt' }}>{fill(settings, 'minutes.closing', { waktu_tutup: `${formatTime(end)} ${m.timeZone}`, acara: m.title })}</p>}

        <table className="signatures">
          <tbody>
            <tr>
              <td />
              <td>
                {place ? `${place}, ` : ''}
                {formatDateLong(m.date)}
              </td>
            </tr>
            <tr>
              <Sign role={t.minutes.notetaker} p={m.notetaker} />
              <Sign role={t.minutes.chair} p={m.chair} />
            </tr>
          </tbody>
        </table>
      </article>

      <article
        className={`minutes-sheet${landscape ? ' landscape' : ''}`}
        style={landscape ? landscapeStyle : sheetStyle}
        aria-label={t.minutes.attendanceLead}
      >
        {draftLine}
        <p className="note muted">{t.minutes.attendanceLead}</p>
        <p className="doc-title">{fill(settings, 'minutes.attendance-title', { acara: m.title, hari_tanggal: formatDayDate(m.date) })}</p>
        <p className="doc-subtitle" style={{ marginBottom: 0 }}>
          {m.title}
        </p>
        <p className="center note">
          {formatDayDate(m.date)} · {placeInDocument(m)}
        </p>
        <p className="center note" style={{ marginBottom: '8pt' }}>
          {
            renderTemplate(t.minutes.presentLine, {
              unit_hadir: String(counts.unitsPresent),
              unit_diundang: String(counts.unitsInvited),
              orang_hadir: String(counts.peoplePresent),
              satuan: unitsWordOf(settings),
            }).text
          }
        </p>
        <table className="grid attendance">
          <thead>
            <tr>
              <th rowSpan={2} style={{ width: '2.2em' }}>
                No.
              </th>
              <th rowSpan={2}>{unitsWordOf(settings)}</th>
              {m.rolesInvited.map((id) => (
                <th key={id} colSpan={2}>
                  {roleById(roster.roles, id)?.short ?? id}
                </th>
              ))}
            </tr>
            <tr>
              {m.rolesInvited.flatMap((id) => [<th key={`${id}-n`}>{t.minutes.attendanceName}</th>, <th key={`${id}-k`}>{t.minutes.attendanceNote}</th>])}
            </tr>
          </thead>
          <tbody>
            {invitedUnits(m, roster).map((u, i) => {
              const cells = m.attendance[u.code]?.cells ?? {};
              return (
                <tr key={u.code}>
                  <td className="center">{i + 1}.</td>
                  <td>{shortUnitName(u)}</td>
                  {m.rolesInvited.flatMap((id) => {
                    const c = cells[id];
                    const status = c?.status ?? null;
                    const name = attendeeText(attendeeOf(c, roster, u.code, id));
                    return [
                      <td key={`${id}-n`}>{name}</td>,
                      <td key={`${id}-k`} className="center">
                        {status ? t.minutes.attendanceStatus[status] : DASH}
                      </td>,
                    ];
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </article>
    </>
  );
}

export function MinutesPrintPage({ id }: { id: string }) {
  const [data, setData] = useState<Data | null>(null);
  const [meetingError, setError] = useState<unknown>(null);
  const { value: roster, error: rosterError } = useStored('roster/get');
  const { value: settings, error: settingsError } = useStored('settings/get');
  const error = meetingError ?? rosterError ?? settingsError;

  useEffect(() => {
    if (!roster || !settings) return;
    api
      .call('meetings/get', { id })
      .then(async (meeting) => ({ meeting, roster, settings, followUps: await loadFollowUps(meeting) }))
      .then(setData, setError);
  }, [id, roster, settings]);

  if (error || !data) return <PrintViewPending error={error} />;
  const m = data.meeting;
  return (
    <PrintView
      backLabel={t.minutes.back}
      onBack={() => navigate({ name: 'meeting', id, tab: 'notulen' })}
      printLabel={t.minutes.print}
      pdf={() => api.call('minutes/print-pdf', { id })}
      info={
        <>
          <Text size="sm" c="dimmed">
            {t.minutes.paper}: {data.settings.paper} · {api.transport === 'electron' ? t.minutes.paperHint : t.minutes.printHintWeb}
          </Text>
          {m.minutes.status === 'final' && m.minutes.finalizedAt && (
            <Text size="sm" c="teal.8">
              {t.minutes.statusFinal}: {formatInstant(m.minutes.finalizedAt, m.timeZone)}
            </Text>
          )}
        </>
      }
    >
      <MinutesSheets {...data} />
    </PrintView>
  );
}
