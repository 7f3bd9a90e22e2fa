// Reads .ics text back with ical.js, the parser Thunderbird uses, for the invitation tests.
import ICAL from 'ical.js';

export interface ParsedIcs {
  calendar: ICAL.Component;
  event: ICAL.Component;
  text(name: string): string | null;
  attendees: Array<{ cn: string | null; value: string; params: Record<string, unknown> }>;
}

export function parseIcs(ics: string): ParsedIcs {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  return {
    calendar,
    event,
    text: (name) => {
      const value = event.getFirstPropertyValue(name);
      return value === null || value === undefined ? null : String(value);
    },
    attendees: event.getAllProperties('attendee').map((p) => ({
      cn: (p.getParameter('cn') as string | undefined) ?? null,
      value: String(p.getFirstValue()),
      params: (p.toJSON() as [string, Record<string, unknown>])[1],
    })),
  };
}

/** The value of a property as written, e.g. "20220525T020000Z" for DTSTART (not for quoted parameters). */
export function rawProperty(ics: string, name: string): string | null {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  const line = unfolded.split('\r\n').find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
  return line ? line.slice(line.indexOf(':') + 1) : null;
}
