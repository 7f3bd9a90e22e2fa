// A list typed like a bulleted list in a word processor: Enter starts the next item,
// Backspace at the start of an item joins it to the one before, arrows move between items,
// and pasted lines become items. Used for a speaker's points and for the conclusions.
// Each item is its own memoised row with callbacks that never change, so a keystroke renders
// (and re-measures, for the autosize) only the item typed into.
import { Fragment, memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ActionIcon, Group, Text, Textarea } from '@mantine/core';
import { letterLabel } from '../../../../shared/domain/meeting-words';
import { countRender } from '../render-probe';
import { mergePointIntoPrevious, pasteIntoPoint, removeAt, replaceAt, splitPoint } from '../../../../shared/domain/speaker-ops';
import { itemAt } from '../../../../shared/indexed';

export interface QuickListProps {
  items: string[];
  onChange(items: string[]): void;
  /** Accessible label of item i (1-based), e.g. "Poin 2 — Rochani". */
  itemLabel(n: number): string;
  removeLabel(n: number): string;
  numbering: 'letter' | 'number';
  readOnly?: boolean;
  placeholder?: string;
  /** Shown under item i (a notice that another window replaced its text). */
  below?(index: number): React.ReactNode;
}

interface PendingFocus {
  index: number;
  caret: number;
}

/** What every item calls back with its index; one object for the list's whole life. */
interface ItemActions {
  setRef(i: number, el: HTMLTextAreaElement | null): void;
  type(i: number, value: string): void;
  keyDown(i: number, e: React.KeyboardEvent<HTMLTextAreaElement>): void;
  paste(i: number, e: React.ClipboardEvent<HTMLTextAreaElement>): void;
  remove(i: number): void;
}

interface ItemProps {
  index: number;
  value: string;
  marker: string;
  label: string;
  removeLabel: string;
  placeholder?: string;
  readOnly?: boolean;
  actions: ItemActions;
}

const QuickListItem = memo(function QuickListItem({ index, value, marker, label, removeLabel, placeholder, readOnly, actions }: ItemProps) {
  countRender(`quick-item:${label}`);
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" mb={4}>
      <Text w={26} ta="right" mt={5} size="sm" c="dimmed" className="rakor-tabular" aria-hidden>
        {marker}
      </Text>
      <Textarea
        ref={(el) => actions.setRef(index, el)}
        style={{ flex: 1 }}
        aria-label={label}
        value={value}
        placeholder={placeholder}
        autosize
        minRows={1}
        maxRows={12}
        readOnly={readOnly}
        onChange={(e) => actions.type(index, e.currentTarget.value)}
        onKeyDown={(e) => actions.keyDown(index, e)}
        onPaste={(e) => actions.paste(index, e)}
      />
      {!readOnly && (
        <ActionIcon variant="subtle" color="gray" mt={4} tabIndex={-1} aria-label={removeLabel} onClick={() => actions.remove(index)}>
          ×
        </ActionIcon>
      )}
    </Group>
  );
});

export function QuickList({ items, onChange, itemLabel, removeLabel, numbering, readOnly, placeholder, below }: QuickListProps) {
  const shown = items.length ? items : [''];
  const refs = useRef<Array<HTMLTextAreaElement | null>>([]);
  const [pending, setPending] = useState<PendingFocus | null>(null);
  // What the items' callbacks act on: the list as last rendered.
  const latest = useRef({ shown, onChange, readOnly });
  useLayoutEffect(() => {
    latest.current = { shown, onChange, readOnly };
  });

  useLayoutEffect(() => {
    if (!pending) return;
    const el = refs.current[pending.index];
    if (el) {
      el.focus();
      el.setSelectionRange(pending.caret, pending.caret);
    }
    setPending(null);
  }, [pending]);

  const actions = useMemo<ItemActions>(() => {
    const change = (next: string[], focus?: PendingFocus) => {
      latest.current.onChange(next);
      if (focus) setPending(focus);
    };
    return {
      setRef(i, el) {
        refs.current[i] = el;
      },
      type(i, value) {
        latest.current.onChange(replaceAt(latest.current.shown, i, value.replace(/\r?\n/g, ' ')));
      },
      keyDown(i, e) {
        const { shown: list, readOnly: ro } = latest.current;
        if (ro || e.nativeEvent.isComposing) return;
        const el = e.currentTarget;
        const start = el.selectionStart;
        const end = el.selectionEnd;
        if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey) {
          e.preventDefault();
          const text = itemAt(list, i);
          const withoutSelection = replaceAt(list, i, text.slice(0, start) + text.slice(end));
          change(splitPoint(withoutSelection, i, start), { index: i + 1, caret: 0 });
        } else if (e.key === 'Backspace' && start === 0 && end === 0 && i > 0) {
          e.preventDefault();
          const merged = mergePointIntoPrevious(list, i);
          if (merged) change(merged.points, { index: i - 1, caret: merged.caret });
        } else if (e.key === 'ArrowUp' && start === 0 && end === 0 && i > 0) {
          e.preventDefault();
          setPending({ index: i - 1, caret: itemAt(list, i - 1).length });
        } else if (e.key === 'ArrowDown' && start === el.value.length && i < list.length - 1) {
          e.preventDefault();
          setPending({ index: i + 1, caret: 0 });
        }
      },
      paste(i, e) {
        const { shown: list, readOnly: ro } = latest.current;
        if (ro) return;
        const text = e.clipboardData.getData('text/plain');
        if (!/[\r\n]/.test(text)) return;
        e.preventDefault();
        const el = e.currentTarget;
        const r = pasteIntoPoint(list, i, el.selectionStart, el.selectionEnd, text);
        change(r.points, { index: r.focus, caret: r.caret });
      },
      remove(i) {
        change(removeAt(latest.current.shown, i));
      },
    };
  }, []);

  return (
    <div>
      {shown.map((item, i) => (
        <Fragment key={i}>
          <QuickListItem
            index={i}
            value={item}
            marker={numbering === 'letter' ? `${letterLabel(i)}.` : `${i + 1}.`}
            label={itemLabel(i + 1)}
            removeLabel={removeLabel(i + 1)}
            placeholder={i === 0 ? placeholder : undefined}
            readOnly={readOnly}
            actions={actions}
          />
          {below?.(i)}
        </Fragment>
      ))}
    </div>
  );
}
