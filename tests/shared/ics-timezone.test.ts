// The calendar file carries the same instant whatever zone the computer that makes it is set
// to: the builder runs in child processes with TZ=America/New_York and TZ=Asia/Jakarta.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'rakor-ics-tz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const script = join(dir, 'build-ics.ts');
const root = resolve(__dirname, '../..');
writeFileSync(
  script,
  [
    `import { buildUnitIcs, buildCombinedIcs } from ${JSON.stringify(pathToFileURL(join(root, 'shared/invitations/ics.ts')).href)};`,
    `import { seedMeeting, invitationRoster, invitationSettings } from ${JSON.stringify(pathToFileURL(join(root, 'tests/shared/helpers/invitation-seed.ts')).href)};`,
    'const m = seedMeeting();',
    'process.stdout.write(JSON.stringify({',
    '  offset: new Date(2022, 4, 25, 9, 0).getTimezoneOffset(),',
    "  unit: buildUnitIcs(m, invitationRoster(), invitationSettings(), '3504', { stamp: '2022-05-23T01:00:00.000Z' }),",
    "  combined: buildCombinedIcs(m, invitationRoster(), invitationSettings(), { stamp: '2022-05-23T01:00:00.000Z' }),",
    '}));',
  ].join('\n'),
);

function buildIn(tz: string): { offset: number; unit: string; combined: string } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

const dtstart = (ics: string) => /\r\nDTSTART:([^\r]+)\r\n/.exec(ics)?.[1];

describe('calendar files and the computer time zone', () => {
  it('give 09.00 WIB as 02.00 UTC in New York and in Jakarta alike', () => {
    const newYork = buildIn('America/New_York');
    const jakarta = buildIn('Asia/Jakarta');
    // The zones really differ in the children (EDT is UTC-4, WIB is UTC+7).
    expect(newYork.offset).toBe(240);
    expect(jakarta.offset).toBe(-420);
    expect(dtstart(newYork.unit)).toBe('20220525T020000Z');
    expect(dtstart(jakarta.unit)).toBe('20220525T020000Z');
    expect(dtstart(newYork.combined)).toBe('20220525T020000Z');
    expect(newYork.unit).toBe(jakarta.unit);
    expect(newYork.combined).toBe(jakarta.combined);
  });
});
