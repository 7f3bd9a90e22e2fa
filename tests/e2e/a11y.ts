// Accessibility checks shared by the end-to-end tests: an axe-core scan with the WCAG 2.1 A
// and AA rules, and a check that the focused element can be seen and shows a focus ring.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface ScanResult {
  place: string;
  /** Elements in violation, counted per node as axe reports them. */
  count: number;
  lines: string[];
}

/** Waits until no CSS transition or animation is running (a modal fading in has half its contrast). */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

/**
 * Runs axe over the whole page as it is now. Axe is evaluated through the DevTools protocol
 * (page.evaluate), which the page's Content-Security-Policy does not govern: the CSP the app
 * serves stays exactly as users get it.
 */
export async function scan(page: Page, place: string): Promise<ScanResult> {
  await settle(page);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const lines: string[] = [];
  let count = 0;
  for (const v of results.violations) {
    count += v.nodes.length;
    for (const n of v.nodes) {
      const why = n.any[0]?.message ?? n.all[0]?.message ?? n.none[0]?.message ?? v.help;
      lines.push(`  ${v.id}: ${n.target.join(' ')} — ${why}`);
    }
  }
  return { place, count, lines };
}

export interface FocusState {
  tag: string;
  name: string;
  inViewport: boolean;
  covered: boolean;
  ring: string;
}

/**
 * Describes the focused element: whether it lies inside the viewport and is not hidden under
 * another element, and what makes its focus visible (an outline or a box-shadow, with their
 * width and colour), or '' when nothing does.
 */
export async function focusState(page: Page): Promise<FocusState | null> {
  return page.evaluate(() => {
    let el = document.activeElement as HTMLElement | null;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
    if (!el || el === document.body) return null;
    const r = el.getBoundingClientRect();
    const inViewport = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
    const cx = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
    const cy = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
    const hit = document.elementFromPoint(cx, cy);
    // A label, an icon inside the control or the control's own wrapper at its centre is fine.
    const covered = !!hit && !el.contains(hit) && !hit.contains(el) && !(hit instanceof HTMLLabelElement && hit.control === el);
    const s = getComputedStyle(el);
    const rings: string[] = [];
    if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) rings.push(`outline ${s.outlineWidth} ${s.outlineColor}`);
    if (s.boxShadow && s.boxShadow !== 'none') rings.push(`box-shadow ${s.boxShadow}`);
    const name = el.getAttribute('aria-label') || el.getAttribute('name') || el.innerText?.trim().slice(0, 40) || el.id || '';
    return { tag: el.tagName.toLowerCase(), name, inViewport, covered, ring: rings.join('; ') };
  });
}

/** The focused element, for actions; fails when nothing is focused. */
export function focused(page: Page): Locator {
  return page.locator('*:focus').first();
}
