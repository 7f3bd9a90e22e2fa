// Date and time fields that show Indonesian forms whatever the browser's or the system's
// locale: "25/05/2022" with "Rabu, 25 Mei 2022" under it, and "09.00" in 24 hours. Native
// <input type=date|time> follow the browser's locale ("05/25/2022", "09:00 AM"), so the date
// is @mantine/dates' DateInput with dayjs's 'id' locale (a calendar to pick from, and typing by
// keyboard), and the time a text field read by shared/domain/typed-datetime.ts.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { formatDayDate, isValidIsoDate } from '../../../shared/domain/datetime';
import { parseTypedDate, parseTypedTime, timeForField } from '../../../shared/domain/typed-datetime';
import { t } from '../i18n';
import { clearRefused, keepRefused, refusedDraft } from '../features/refused-drafts';

interface FieldProps {
  label?: ReactNode;
  /** For a field without a visible label (a table cell). */
  ariaLabel?: string;
  /** Date only: show "Rabu, 25 Mei 2022" under the field (default true). */
  showLong?: boolean;
  /** Date only: advice shown in orange under the field (not an error: saving still works). */
  warning?: string;
  /** Time only: told whether the text in the field cannot be read (so a dialog can refuse to save). */
  onInvalidChange?: (invalid: boolean) => void;
  /** Time only: keep a refused time beyond this component (see features/refused-drafts.ts). */
  draft?: { key: string; where: string; href?: string };
  /** "YYYY-MM-DD" / "HH:MM", or '' for empty. */
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  description?: ReactNode;
  required?: boolean;
  readOnly?: boolean;
  clearable?: boolean;
  w?: number | string;
  style?: React.CSSProperties;
  'data-testid'?: string;
}

export function DateField({
  label,
  ariaLabel,
  showLong = true,
  warning,
  value,
  onChange,
  error,
  description,
  required,
  readOnly,
  clearable,
  w,
  style,
  ...rest
}: FieldProps) {
  const long = showLong && value && isValidIsoDate(value) ? formatDayDate(value) : '';
  const warn = warning ? (
    <Text component="span" size="xs" c="orange.9" display="block" role="status" data-testid="date-warning">
      {warning}
    </Text>
  ) : null;
  return (
    <DateInput
      label={label}
      aria-label={ariaLabel}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      valueFormat="DD/MM/YYYY"
      weekdayFormat="ddd"
      // The long date and any warning read under the field, as a confirmation of what was typed.
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      dateParser={(text) => parseTypedDate(text)}
      placeholder={t.office.dates.datePlaceholder}
      description={
        [long, description, warn].filter(Boolean).length ? (
          <>
            {long && <span data-testid="date-long">{long}</span>}
            {long && description ? ' · ' : ''}
            {description}
            {warn}
          </>
        ) : undefined
      }
      error={error}
      required={required}
      readOnly={readOnly}
      clearable={clearable}
      allowDeselect={clearable}
      w={w}
      style={style}
      previousLabel={t.office.dates.previousMonth}
      nextLabel={t.office.dates.nextMonth}
      // No closing animation: a calendar still fading out would cover the next field reached by Tab.
      popoverProps={{ withinPortal: true, transitionProps: { duration: 0 } }}
      clearButtonProps={{ 'aria-label': t.office.dates.clear }}
      data-testid={rest['data-testid']}
    />
  );
}

/**
 * A 24-hour time typed with a dot ("09.00"; "9:00", "0900" are read too). What cannot be read
 * stays in the field with the reason, and the stored time is not changed.
 */
export function TimeField({
  label,
  ariaLabel,
  value,
  onChange,
  onInvalidChange,
  draft,
  error,
  description,
  required,
  readOnly,
  w,
  style,
  ...rest
}: FieldProps) {
  const kept = draft ? refusedDraft(draft.key) : undefined;
  const [text, setText] = useState(kept?.text ?? timeForField(value));
  const [bad, setBadState] = useState(kept !== undefined);
  const setBad = (b: boolean, typed = text) => {
    setBadState(b);
    onInvalidChange?.(b);
    if (draft) {
      if (b) keepRefused({ ...draft, text: typed, message: t.office.dates.badTime });
      else clearRefused(draft.key);
    }
  };
  const last = useRef(value);
  useEffect(() => {
    // A change from outside (the "Sekarang" button, another window): show it.
    if (value !== last.current) {
      last.current = value;
      setText(timeForField(value));
      setBadState(false);
      onInvalidChange?.(false);
    }
  }, [value, onInvalidChange]);
  const take = (typed: string, leaving: boolean) => {
    if (typed.trim() === '') {
      setBad(false);
      if (value !== '') {
        last.current = '';
        onChange('');
      }
      return;
    }
    const hhmm = parseTypedTime(typed);
    if (hhmm) {
      setBad(false);
      if (leaving) setText(timeForField(hhmm));
      if (hhmm !== value) {
        last.current = hhmm;
        onChange(hhmm);
      }
    } else if (leaving) {
      setBad(true, typed);
    } else {
      onInvalidChange?.(true);
    }
  };
  return (
    <TextInput
      label={label}
      aria-label={ariaLabel}
      value={text}
      inputMode="numeric"
      autoComplete="off"
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      placeholder={t.office.dates.timePlaceholder}
      onChange={(e) => {
        setText(e.currentTarget.value);
        take(e.currentTarget.value, false);
      }}
      onBlur={(e) => take(e.currentTarget.value, true)}
      error={bad ? t.office.dates.badTime : error}
      description={description}
      required={required}
      readOnly={readOnly}
      w={w}
      style={style}
      data-testid={rest['data-testid']}
    />
  );
}
