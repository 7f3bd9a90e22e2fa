// Named placeholders in user-editable wording: "{tanggal}" is replaced by its value, and a
// placeholder the template does not know is reported (with the closest known name) instead
// of being printed as raw braces.

import { group } from '../indexed';

export interface TemplateProblem {
  placeholder: string;
  suggestion: string | null;
  message: string;
}

const PLACEHOLDER = /\{([^{}\s]{1,60})\}/g;

export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => group(m, 1)))];
}

function distance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  // Every j below is within 0..b.length, the row's last index.
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

/** Unknown placeholders in a template, each with a message in Indonesian. */
export function checkTemplate(template: string, known: readonly string[]): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const name of placeholdersIn(template)) {
    if (known.includes(name)) continue;
    let best: string | null = null;
    let bestD = Infinity;
    for (const k of known) {
      const d = distance(name.toLowerCase(), k.toLowerCase());
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    const suggestion = best !== null && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : null;
    problems.push({
      placeholder: name,
      suggestion,
      message: suggestion
        ? `Isian {${name}} tidak dikenal. Maksud Anda {${suggestion}}?`
        : `Isian {${name}} tidak dikenal. Isian yang tersedia: ${known.map((k) => `{${k}}`).join(', ')}.`,
    });
  }
  return problems;
}

/**
 * Fill a template. Unknown placeholders are left out (never printed as braces) and listed
 * in `problems`, so the UI can say what to fix.
 */
export function renderTemplate(template: string, values: Record<string, string>): { text: string; problems: TemplateProblem[] } {
  const problems = checkTemplate(template, Object.keys(values));
  const text = template.replace(PLACEHOLDER, (_all, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? values[name]! : ''));
  return { text, problems };
}
