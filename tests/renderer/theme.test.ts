// The theme's promise, colour by colour, for the colours no screen happens to show today: the
// shades meant for text and filled controls meet WCAG 2.1 AA contrast where the theme says
// they are used.
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME, getContrastColor, luminance, mergeMantineTheme } from '@mantine/core';
import { theme as overrides } from '../../renderer/src/theme';
import { valueAt } from '../helpers/indexed';

const theme = mergeMantineTheme(DEFAULT_THEME, overrides);

const ratio = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};
const WHITE = '#ffffff';
const PAGE = theme.colors.gray[0];
const hues = Object.keys(theme.colors).filter((c) => c !== 'gray' && c !== 'dark');

describe('theme colours', () => {
  it('covers every colour Mantine offers', () => {
    expect(hues.sort()).toEqual(['blue', 'cyan', 'grape', 'green', 'indigo', 'lime', 'orange', 'pink', 'red', 'teal', 'violet', 'yellow']);
  });

  for (const hue of hues) {
    const s = valueAt(theme.colors, hue);
    it(`${hue}: text shades on white, the page and the tints; the filled shade with its text`, () => {
      const bright = hue === 'yellow' || hue === 'lime';
      if (!bright) {
        expect(ratio(s[7], WHITE)).toBeGreaterThanOrEqual(4.5);
        expect(ratio(s[7], PAGE)).toBeGreaterThanOrEqual(4.5);
      }
      // Filled: the text Mantine puts on shade 7 (black on the bright ones, white otherwise).
      const onFilled = getContrastColor({ color: hue, theme, autoContrast: true, colorScheme: 'light' });
      const text = onFilled.includes('black') ? '#000000' : WHITE;
      expect(ratio(s[7], text)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(s[8], s[1])).toBeGreaterThanOrEqual(4.5);
      expect(ratio(s[9], s[1])).toBeGreaterThanOrEqual(4.5);
      expect(ratio(s[9], s[2])).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('dimmed text (gray.6) on white, the page and gray.2', () => {
    const g = theme.colors.gray;
    for (const bg of [WHITE, g[0], g[1], g[2]]) expect(ratio(g[6], bg)).toBeGreaterThanOrEqual(4.5);
  });
});
