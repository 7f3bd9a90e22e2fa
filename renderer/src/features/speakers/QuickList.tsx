// A list typed like a bulleted list in a word processor: Enter starts the next item,
// Backspace at the start of an item joins it to the one before, arrows move between items,
// and pasted lines become items. Used for a speaker's points and for the conclusions.
import { useLayoutEffect, useRef, useState } from 'react';
import { ActionIcon, Group, Text, Textarea } from '@mantine/core';
import { letterLabel } from '../../../../shared/domain/meeting-words';
import { countRender } from '../render-probe';
import { mergePointIntoPrevious, pasteIntoPoint, removeAt, replaceAt, splitPoint } from '../../../../shared/domain/speaker-ops';

export interface QuickListProps {
  items: string[];
  onChange(items: string[]): void;
  /** Accessible label of item i (1-based), e.g. "Poin 2 — Rochani". */
  itemLabel(n: number): string;
  removeLabel(n: number): string;
  numbering: 'letter' | 'number';
  readOnly?: boolean;
  placeholder?: string;
}

interface PendingFocus {
  index: number;
  caret: number;
}

export function QuickList({ items, onChange, itemLabel, removeLabel, numbering, readOnly, placeholder }: QuickListProps) {
  const shown = items.length ? items : [''];
  const refs = useRef<Array<HTMLTextAreaElement | null>>([]);
  const [pending, setPending] = useState<PendingFocus | null>(null);

  useLayoutEffect(() => {
    if (!pending) return;
    const el = refs.current[pending.index];
    if (el) {
      el.focus();
      el.setSelectionRange(pending.caret, pending.caret);
    }
    setPending(null);
  }, [pending]);

  const change = (next: string[], focus?: PendingFocus) => {
    onChange(next);
    if (focus) setPending(focus);
  };

  const onKeyDown = (i: number) => (e: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (readOnly || e.nativeEvent.isComposing) return;
    const el = e.currentTarget;
    const start = el.selectionStart;
    const end = el.selectionEnd;
    if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      const text = shown[i];
      const withoutSelection = replaceAt(shown, i, text.slice(0, start) + text.slice(end));
      change(splitPoint(withoutSelection, i, start), { index: i + 1, caret: 0 });
    } else if (e.key === 'Backspace' && start === 0 && end === 0 && i > 0) {
      e.preventDefault();
      const merged = mergePointIntoPrevious(shown, i);
      if (merged) change(merged.points, { index: i - 1, caret: merged.caret });
    } else if (e.key === 'ArrowUp' && start === 0 && end === 0 && i > 0) {
      e.preventDefault();
      setPending({ index: i - 1, caret: shown[i - 1].length });
    } else if (e.key === 'ArrowDown' && start === el.value.length && i < shown.length - 1) {
      e.preventDefault();
      setPending({ index: i + 1, caret: 0 });
    }
  };

  const onPaste = (i: number) => (e: React.ClipboardEvent<HTMLTextAreaElement>) => {
    if (readOnly) return;
    const text = e.clipboardData.getData('text/plain');
    if (!/[\r\n]/.test(text)) return;
    e.preventDefault();
    const el = e.currentTarget;
    const r = pasteIntoPoint(shown, i, el.selectionStart, el.selectionEnd, text);
    change(r.points, { index: r.focus, caret: r.caret });
  };

  return (
    <div>
      {shown.map((item, i) => (
        countRender(`quick-item:${itemLabel(i + 1)}`),
        <Group key={i} gap={6} wrap="nowrap" align="flex-start" mb={4}>
          <Text w={26} ta="right" mt={5} size="sm" c="dimmed" className="rakor-tabular" aria-hidden>
            {numbering === 'letter' ? `${letterLabel(i)}.` : `${i + 1}.`}
          </Text>
          <Textarea
            ref={(el) => {
              refs.current[i] = el;
            }}
            style={{ flex: 1 }}
            aria-label={itemLabel(i + 1)}
            value={item}
            placeholder={i === 0 ? placeholder : undefined}
            autosize
            minRows={1}
            maxRows={12}
            readOnly={readOnly}
            onChange={(e) => onChange(replaceAt(shown, i, e.currentTarget.value.replace(/\r?\n/g, ' ')))}
            onKeyDown={onKeyDown(i)}
            onPaste={onPaste(i)}
          />
          {!readOnly && (
            <ActionIcon
              variant="subtle"
              color="gray"
              mt={4}
              tabIndex={-1}
              aria-label={removeLabel(i + 1)}
              onClick={() => change(removeAt(shown, i))}
            >
              ×
            </ActionIcon>
          )}
        </Group>
      ))}
    </div>
  );
}
