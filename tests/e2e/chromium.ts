// The browser of the end-to-end tests and the bench: Debian's Chromium by default; set
// RAKOR_CHROMIUM to another browser binary, or to an empty string to use Playwright's own
// downloaded browser. The flags keep it from reaching out to a network this machine lacks.
import { chromium, type Browser } from '@playwright/test';

export const CHROMIUM_PATH: string | undefined = (process.env.RAKOR_CHROMIUM ?? '/usr/bin/chromium') || undefined;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** A headless Chromium started as the tests start it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ headless: true, executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
