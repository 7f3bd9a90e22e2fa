// A text field that keeps its own draft while typed in and hands it over on blur or Enter:
// the grid and the settings page save field by field without a save button. Esc puts back
// the stored value. A refused value stays in the field, with the reason under it.
import { useEffect, useRef, useState } from 'react';
import { TextInput, Textarea, type TextInputProps } from '@mantine/core';
import { clearRefused, keepRefused, refusedDraft } from '../refused-drafts';

export interface InlineFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'onBlur' | 'onKeyDown' | 'error'> {
  value: string;
  /** Returns an error message to show, or null when the value was accepted. */
  onCommit: (value: string) => string | null;
  /** Called after Enter committed (e.g. to move to the next row). */
  onEnter?: () => void;
  multiline?: boolean;
  externalError?: string;
  /**
   * Keeps a refused value beyond this component (see refused-drafts.ts): the field shows it
   * again, with its message, when the row, the unit or the screen is opened again.
   */
  draft?: { key: string; where: string; href?: string };
}

export function InlineField({ value, onCommit, onEnter, multiline, externalError, draft: keep, ...rest }: InlineFieldProps) {
  const kept = keep ? refusedDraft(keep.key) : undefined;
  const [draft, setDraft] = useState(kept?.text ?? value);
  const [error, setError] = useState<string | null>(kept?.message ?? null);
  const focused = useRef(false);
  /** Typed since the last commit: only then does leaving the field save anything. */
  const dirty = useRef(kept !== undefined);

  // A value saved elsewhere (or normalised, e.g. a phone to +62) shows once the field is left.
  useEffect(() => {
    if (!focused.current && !dirty.current) setDraft(value);
  }, [value]);

  const commit = () => {
    if (!dirty.current) {
      setDraft(value);
      return;
    }
    const err = onCommit(draft);
    setError(err);
    if (!err) dirty.current = false;
    if (keep) {
      if (err) keepRefused({ key: keep.key, where: keep.where, href: keep.href, text: draft, message: err });
      else clearRefused(keep.key);
    }
  };
  const revert = () => {
    dirty.current = false;
    setDraft(value);
    setError(null);
    if (keep) clearRefused(keep.key);
  };
  const change = (v: string) => {
    dirty.current = true;
    setDraft(v);
  };

  const common = {
    ...rest,
    value: draft,
    error: error ?? externalError,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      commit();
    },
  };

  if (multiline) {
    return (
      <Textarea
        {...(common as object)}
        autosize
        minRows={1}
        maxRows={4}
        onChange={(e) => change(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            commit();
            onEnter?.();
          } else if (e.key === 'Escape') {
            revert();
          }
        }}
      />
    );
  }
  return (
    <TextInput
      {...common}
      onChange={(e) => change(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
          onEnter?.();
        } else if (e.key === 'Escape') {
          revert();
        }
      }}
    />
  );
}
