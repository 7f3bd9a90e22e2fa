// The invitation letter as printable sheets, in either form (one letter to all units with
// the list attached, or one letter per unit), drawn from the same letterContent as the DOCX
// on the paper of Settings with the DOCX's margins. The browser prints it with its own dialog
// ("Simpan sebagai PDF"); the desktop app can also save it as PDF directly.
import { useEffect, useState } from 'react';
import { Alert, Text } from '@mantine/core';
import { api } from '../../api/client';
import type { Meeting } from '../../../../shared/domain/meeting';
import type { Roster } from '../../../../shared/domain/roster';
import type { Settings } from '../../../../shared/domain/settings';
import { utcToZoned } from '../../../../shared/domain/datetime';
import { letterContent, type LetterContent, type LetterForm, type LetterRow } from '../../../../shared/domain/letter-content';
import { cssMargin, HEADER_MM, PAPER_MM, PRINT_MARGIN_MM } from '../../../../shared/domain/print-page';
import { Kop } from '../../components/Kop';
import { t } from '../../i18n';
import { navigate } from '../../router';
import '../minutes/print.css';
import './letter-print.css';
import { itemAt } from '../../../../shared/indexed';
import { PrintView, PrintViewPending } from '../print/PrintView';
import { useStored } from '../use-stored';

interface Data {
  meeting: Meeting;
  roster: Roster;
  settings: Settings;
}

function Rows({ rows, className }: { rows: LetterRow[]; className: string }) {
  return (
    <table className={className}>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <td className="label">{r.label}</td>
            <td className="colon">:</td>
            <td className={r.label === 'Hal' ? 'hal' : undefined}>{r.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function LetterSheet({ c, index, settings, style }: { c: LetterContent; index: number; settings: Settings; style: React.CSSProperties }) {
  const page = itemAt(c.letters, index);
  return (
    <article className="minutes-sheet letter-sheet" style={style} aria-label={c.form === 'all' ? t.letter.sheetAll : t.letter.sheet(page.addressee)}>
      <Kop organisation={settings.organisation} />
      <table className="letter-heading">
        <tbody>
          {c.heading.map((r, i) => (
            <tr key={r.label}>
              <td className="label">{r.label}</td>
              <td className="colon">:</td>
              <td className={r.label === 'Hal' ? 'hal' : undefined}>{r.value}</td>
              <td className="date">{i === 0 ? c.placeDate : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="addressee">
        <p className="yth">Yth. {page.addressee}</p>
        <p>di -</p>
        <p className="tempat">Tempat</p>
      </div>
      <div className="letter-body">
        <p>{c.opening}</p>
        <table className="letter-details">
          <tbody>
            {c.details.map((r) => (
              <tr key={r.label}>
                <td className="label">{r.label}</td>
                <td className="colon">:</td>
                <td>{r.value}</td>
              </tr>
            ))}
            {c.agenda.map((a, i) => (
              <tr key={`acara-${i}`}>
                <td className="label">{i === 0 ? 'Acara' : ''}</td>
                <td className="colon">{i === 0 ? ':' : ''}</td>
                <td>
                  {c.agenda.length === 1 ? (
                    a
                  ) : (
                    <div className="agenda-item">
                      <span>{i + 1}.</span>
                      {a}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="attendees">{page.attendees}</p>
        <p className="closing">{c.closing}</p>
      </div>
      <div className="letter-signature">
        <div>
          {c.signature.jabatanLines.map((l) => (
            <p key={l}>{l}</p>
          ))}
          <div className="sign-space" />
          <p className="name">{c.signature.name}</p>
        </div>
      </div>
      {c.tembusan.length > 0 && (
        <div className="tembusan">
          <p>Tembusan:</p>
          {c.tembusan.map((x, i) => (
            <div key={i} className="agenda-item">
              <span>{i + 1}.</span>
              {x}
            </div>
          ))}
        </div>
      )}
    </article>
  );
}

function AttachmentSheet({ c, style }: { c: LetterContent; style: React.CSSProperties }) {
  const a = c.attachment;
  if (!a) return null;
  return (
    <article className="minutes-sheet letter-sheet" style={style} aria-label={t.letter.attachment}>
      <div className="attachment-head">
        <p>{a.lead}</p>
        <Rows rows={a.heading} className="letter-details" />
      </div>
      <p className="doc-title attachment-title">{a.title}</p>
      <table className="grid unit-list">
        <thead>
          <tr>
            <th style={{ width: '2.2cm' }}>No.</th>
            <th>{c.unitsWord}</th>
          </tr>
        </thead>
        <tbody>
          {a.units.map((u, i) => (
            <tr key={u}>
              <td className="center">{i + 1}.</td>
              <td>{u}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}

/** The named page of the letter at `index` (its attachment included): its pages are counted apart. */
const letterPageName = (index: number) => `surat-${index + 1}`;

/**
 * Continuation pages carry "- 2 -" centred at the top, every letter's first page none, and each
 * letter counts its own pages, also when the letters per unit run one after another in one
 * printout (the page counter would count across letters, and `@page :first` matches the
 * printout's first page only). Each letter's sheets are a named page of their own, and each
 * named page steps a counter of its own; the counter styles print nothing for 1 and "- n -"
 * from 2 on. Chromium 131 and later draw @page margin boxes and their counters.
 */
function letterPageNumbersCss(letters: number): string {
  const styles = `@counter-style rakor-kosong { system: cyclic; symbols: ""; }
@counter-style rakor-lanjutan { system: extends decimal; range: 2 infinite; fallback: rakor-kosong; }
@counter-style rakor-strip-kiri { system: cyclic; symbols: "- "; range: 2 infinite; fallback: rakor-kosong; }
@counter-style rakor-strip-kanan { system: cyclic; symbols: " -"; range: 2 infinite; fallback: rakor-kosong; }`;
  const pages = Array.from({ length: letters }, (_, i) => {
    const name = letterPageName(i);
    return `@page ${name} { counter-increment: ${name}; @top-center { content: counter(${name}, rakor-strip-kiri) counter(${name}, rakor-lanjutan) counter(${name}, rakor-strip-kanan); font: 12pt Arial, 'Liberation Sans', sans-serif; vertical-align: top; padding-top: ${HEADER_MM}mm; } }`;
  });
  return [styles, ...pages].join('\n');
}

export function LetterSheets({ meeting, roster, settings, form }: Data & { form: LetterForm }) {
  const today = utcToZoned(new Date(), settings.defaultTimeZone).date;
  const c = letterContent(meeting, roster, settings, form, today);
  const paper = PAPER_MM[settings.paper];
  const pageCss = `@page { size: ${paper.width}mm ${paper.height}mm; margin: ${cssMargin(PRINT_MARGIN_MM)}; }
${letterPageNumbersCss(c.letters.length)}`;
  const sheetStyle = { width: `${paper.width}mm`, minHeight: `${paper.height}mm`, padding: cssMargin(PRINT_MARGIN_MM) };
  if (c.letters.length === 0) return <Alert color="yellow">{t.letter.noUnits(c.unitsWord)}</Alert>;
  return (
    <>
      <style>{pageCss}</style>
      {c.letters.map((_, i) => (
        <LetterSheet key={i} c={c} index={i} settings={settings} style={{ ...sheetStyle, page: letterPageName(i) }} />
      ))}
      {c.attachment && <AttachmentSheet c={c} style={{ ...sheetStyle, page: letterPageName(0) }} />}
    </>
  );
}

export function LetterPrintPage({ id, form }: { id: string; form: LetterForm }) {
  const [meeting, setMeeting] = useState<Meeting | null>(null);
  const [meetingError, setError] = useState<unknown>(null);
  const { value: roster, error: rosterError } = useStored('roster/get');
  const { value: settings, error: settingsError } = useStored('settings/get');
  const error = meetingError ?? rosterError ?? settingsError;

  useEffect(() => {
    api.call('meetings/get', { id }).then(setMeeting, setError);
  }, [id]);

  if (error || !meeting || !roster || !settings) return <PrintViewPending error={error} />;
  return (
    <PrintView
      backLabel={t.letter.back}
      onBack={() => navigate({ name: 'meeting', id, tab: 'undangan' })}
      printLabel={t.letter.print}
      pdf={() => api.call('invitations/print-pdf', { id, form })}
      info={
        <>
          <Text size="sm" c="dimmed">
            {form === 'all' ? t.invitations.letterAll : t.invitations.letterPerUnit} · {t.minutes.paper}: {settings.paper} ·{' '}
            {api.transport === 'electron' ? t.minutes.paperHint : t.minutes.printHintWeb}
          </Text>
          {api.transport !== 'electron' && (
            <Text size="sm" c="dimmed">
              {t.letter.pageNumbersWeb}
            </Text>
          )}
        </>
      }
    >
      <LetterSheets meeting={meeting} roster={roster} settings={settings} form={form} />
    </PrintView>
  );
}
