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

/**
 * Waits until no CSS transition or animation is running (a modal fading in has half its
 * contrast). Endless animations (a loader's spin) are left out: they never end. Fails when the
 * page is still moving after 10 s.
 */
export async function settle(page: Page): Promise<void> {
  // Mantine starts a transition a frame or so after it mounts the element (a dialog, a notice
  // sliding in), so one idle look can come too early: wait until nothing has run at three looks
  // in a row over 300 ms. One promise in the page: `waitForFunction` would take the promise
  // itself as its truthy answer and return at once, with whatever was running still running.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const started = performance.now();
        let quiet = 0;
        const moving = () => document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity);
        const look = () => {
          const now = moving();
          quiet = now.length ? 0 : quiet + 1;
          if (quiet >= 3) return resolve();
          if (performance.now() - started > 10_000) {
            const what = now.map(
              (a) =>
                `${a instanceof CSSTransition ? a.transitionProperty : (a as CSSAnimation).animationName} on ${(a.effect as KeyframeEffect | null)?.target?.className}`,
            );
            return reject(new Error(`still moving after 10 s: ${what.join(', ')}`));
          }
          setTimeout(look, 150);
        };
        look();
      }),
  );
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
  /** What is focused, for messages: tag and accessible name or text. */
  what: string;
  inViewport: boolean;
  /** Another element lies over the focused one's centre (a sticky header, an overlay). */
  coveredBy: string;
  /** The focus indicator found: an outline or a box-shadow ring, on the element or on the part
   *  that draws it (Mantine draws a radio's ring on its visible sibling), or '' for none. */
  ring: string;
  /** Contrast of the ring against what it is drawn on. */
  ringContrast: number;
}

/** Describes the focused element; null when nothing (the body) has focus. */
export async function focusState(page: Page): Promise<FocusState | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    // Nothing can be imported into the page: this says here that a value must be there.
    const need = <T>(value: T | undefined, what: string): T => {
      if (value === undefined) throw new Error(`focusState: no ${what}`);
      return value;
    };
    type Rgba = [number, number, number, number];
    const rgba = (v: string): Rgba | null => {
      const m = /rgba?\(([^)]*)\)/.exec(v);
      if (!m) return null;
      const p = need(m[1], `colour in ${v}`)
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [need(p[0], `red in ${v}`), need(p[1], `green in ${v}`), need(p[2], `blue in ${v}`), p[3] ?? 1];
    };
    const lum = (c: Rgba) => {
      const linear = (v: number) => {
        const x = v / 255;
        return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * linear(c[0]) + 0.7152 * linear(c[1]) + 0.0722 * linear(c[2]);
    };
    const contrast = (a: Rgba, b: Rgba) => {
      const [x, y] = [lum(a), lum(b)];
      return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    };
    // The first opaque background from an element up: what its surroundings are painted in.
    const backdrop = (from: Element | null): Rgba => {
      for (let e = from; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c && c[3] === 1) return c;
      }
      return [255, 255, 255, 1];
    };
    // A radio, switch or segment hides its input and draws a label or sibling instead.
    const box = el.getBoundingClientRect();
    const hidden = getComputedStyle(el).opacity === '0' || box.width < 2 || box.height < 2;
    const visual = (hidden && ((el as HTMLInputElement).labels?.[0] ?? el.nextElementSibling ?? el.parentElement)) || el;
    const r = visual.getBoundingClientRect();
    const inViewport = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
    const cx = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
    const cy = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
    const hit = document.elementFromPoint(cx, cy);
    const related = (h: Element) =>
      el.contains(h) || h.contains(el) || visual.contains(h) || h.contains(visual) || (h instanceof HTMLLabelElement && h.control === el);
    const coveredBy = hit && !related(hit) ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}` : '';

    // The ring: on the element, on its visible sibling (hidden radio, switch and chip inputs),
    // or on the field around it (inputs inside a pill field).
    const candidates = [el, visual, el.nextElementSibling, el.parentElement, el.parentElement?.parentElement].filter(Boolean) as Element[];
    let ring = '';
    let ringContrast = 0;
    for (const c of candidates) {
      const s = getComputedStyle(c);
      const outline = rgba(s.outlineColor);
      if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && outline && outline[3] === 1) {
        ring = `outline ${s.outlineWidth} ${s.outlineColor}`;
        // An outline with an offset is drawn on what is around the element; without, on its edge.
        ringContrast = contrast(outline, backdrop(parseFloat(s.outlineOffset) > 0 ? c.parentElement : c));
        break;
      }
      const shadow = /(rgba?\([^)]*\))\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px/.exec(s.boxShadow);
      if (shadow && parseFloat(need(shadow[5], 'shadow spread')) >= 2) {
        const color = rgba(need(shadow[1], 'shadow colour'))!;
        if (color[3] === 1) {
          ring = `box-shadow ${shadow[5]}px ${shadow[1]}`;
          ringContrast = contrast(color, backdrop(s.boxShadow.includes('inset') ? c : c.parentElement));
          break;
        }
      }
    }
    const name =
      el.getAttribute('aria-label') ||
      (el as HTMLInputElement).labels?.[0]?.innerText ||
      el.innerText?.trim().split('\n')[0] ||
      el.getAttribute('placeholder') ||
      '';
    return { what: `${el.tagName.toLowerCase()} "${name.slice(0, 60)}"`, inViewport, coveredBy, ring, ringContrast };
  });
}

/** Fails unless the focused element is on screen, uncovered, and ringed at 3:1 or more. */
export async function expectFocusVisible(page: Page, step: string): Promise<void> {
  const f = await focusState(page);
  if (!f) throw new Error(`${step}: nothing has the focus`);
  const problems = [
    !f.inViewport && 'outside the window',
    f.coveredBy && `covered by ${f.coveredBy}`,
    !f.ring && 'no focus ring',
    f.ring && f.ringContrast < 3 && `focus ring ${f.ring} at ${f.ringContrast.toFixed(2)}:1`,
  ].filter(Boolean);
  if (problems.length) throw new Error(`${step}: ${f.what}: ${problems.join(', ')}`);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, checking at every stop that the
 * focus can be seen; fails after `max` presses.
 */
export async function tabTo(page: Page, target: Locator, step: string, { max = 120, back = false } = {}): Promise<void> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const here = await focusState(page);
    path.push(here?.what ?? '(nothing)');
    if (here) await expectFocusVisible(page, `${step}, Tab ${i + 1}`);
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement), undefined, { timeout: 2000 }).catch(() => false))
      return;
  }
  throw new Error(`${step}: ${max} presses of Tab did not reach ${target}; the focus went to ${[...new Set(path)].slice(-12).join(', ')}`);
}
