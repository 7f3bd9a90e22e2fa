// The Mantine theme: the app's red and the usual palette, with the darker shades chosen so that
// every text and control meets WCAG 2.1 AA contrast (4.5:1 for text, 3:1 for boundaries) on the
// white and light grey the app is drawn on, on an old monitor in a bright office as well.
import {
  Alert,
  Anchor,
  Autocomplete,
  DEFAULT_THEME,
  Drawer,
  FileInput,
  Modal,
  MultiSelect,
  Notification,
  Select,
  createTheme,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';
import { t } from './i18n';

/**
 * Shades 7, 8 and 9 of each colour; 0–6 stay as Mantine has them (backgrounds, borders, dots).
 * What each shade is used for, and what it is measured against:
 * - 7: filled buttons and badges (white text on it), outline and subtle buttons, links, coloured
 *   text (`c="red"`): at least 4.6:1 against white and against gray.0, the page background;
 * - 8: coloured text on the light tint of its own colour (shade 1): at least 4.6:1;
 * - 9: the text of light buttons, badges and alerts, on shade 1 and on its hover, shade 2.
 * Yellow and lime stay bright at 7 and carry black text there (theme.autoContrast); their text
 * colours are 8 and 9.
 */
const DARK_SHADES: Record<string, [string, string, string]> = {
  red: ['#d32f2f', '#b72525', '#9b1c1c'],
  orange: ['#c2410c', '#a8380a', '#8a2e08'],
  yellow: ['#f59f00', '#9a5b00', '#7c4a00'],
  green: ['#297d3a', '#226b31', '#1b5e29'],
  teal: ['#0c7a5f', '#0a6650', '#085441'],
  blue: ['#1c6fc4', '#185fa8', '#134b87'],
  grape: ['#9c36b5', '#862e9c', '#6f2582'],
  pink: ['#c2255c', '#a61e4d', '#8a1940'],
  violet: ['#6741d9', '#5f3dc4', '#4c2f9e'],
  indigo: ['#3b5bdb', '#364fc7', '#2b3f9e'],
  cyan: ['#0b7285', '#09677a', '#075563'],
  lime: ['#74b816', '#4a760d', '#3f640b'],
};

/**
 * gray.6 is Mantine's "dimmed" text (hints, descriptions, secondary lines) and the colour of a
 * few texts inside its components: 4.6:1 on gray.2, the darkest light background it sits on.
 */
const GRAY_6 = '#636a72';

const colors: Record<string, MantineColorsTuple> = {
  ...Object.fromEntries(
    // Each name in DARK_SHADES is one of Mantine's default colours.
    Object.entries(DARK_SHADES).map(([name, dark]) => [name, [...DEFAULT_THEME.colors[name]!.slice(0, 7), ...dark] as unknown as MantineColorsTuple]),
  ),
  gray: DEFAULT_THEME.colors.gray.map((c, i) => (i === 6 ? GRAY_6 : c)) as unknown as MantineColorsTuple,
};

export const theme = createTheme({
  primaryColor: 'red',
  primaryShade: { light: 7, dark: 8 },
  colors,
  // Black text on light filled colours (the yellow "Draf" badge), white on dark ones.
  autoContrast: true,
  fontFamily: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif',
  defaultRadius: 'sm',
  components: {
    // A link is underlined, so it is not told apart by colour alone (WCAG 1.4.1).
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    // Close buttons show only an ×: they are named for screen readers.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': t.common.close } } }),
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': t.common.close } } }),
    Alert: Alert.extend({ defaultProps: { closeButtonLabel: t.common.close } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': t.common.close } } }),
    // The × that empties a field.
    FileInput: FileInput.extend({ defaultProps: { clearButtonProps: { 'aria-label': t.common.clear } } }),
    Select: Select.extend({ defaultProps: { clearButtonProps: { 'aria-label': t.common.clear } } }),
    MultiSelect: MultiSelect.extend({ defaultProps: { clearButtonProps: { 'aria-label': t.common.clear } } }),
    Autocomplete: Autocomplete.extend({ defaultProps: { clearButtonProps: { 'aria-label': t.common.clear } } }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = (th) => ({
  variables: {},
  light: {
    // Mantine's placeholder (gray.5) and error text (red.6) are below 4.5:1 on white.
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-error': 'var(--mantine-color-red-7)',
    // Links also sit on tinted alerts: shade 8, the text-on-tint shade.
    '--mantine-color-anchor': `var(--mantine-color-${th.primaryColor}-8)`,
  },
  dark: {},
});
