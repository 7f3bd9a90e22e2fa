// The small editor Enter opens on a cell of the report table: a choice among the item's
// options, a number typed the Indonesian way, or a short text. Enter saves, Esc cancels.
import { useState } from 'react';
import { Button, Group, Modal, Radio, Stack, TextInput } from '@mantine/core';
import { MAX_TEXT_ANSWER, formatReportNumber, parseReportNumber, type ReportItem, type ReportValue } from '../../../../shared/domain/unit-reports';
import { t } from '../../i18n';

export interface AnswerTarget {
  unitCode: string;
  unitLabel: string;
  item: ReportItem;
  value: ReportValue | undefined;
  /** A character typed on the cell, which the editor starts with. */
  typed?: string;
}

/** Why a typed number cannot be stored for the item (the core refuses it too), or null. */
export function numberError(item: ReportItem, typed: string): string | null {
  if (!typed.trim()) return null;
  const n = parseReportNumber(typed);
  if (n === null) return t.unitReports.notANumber;
  if (item.min !== null && n < item.min) return t.unitReports.belowMin(formatReportNumber(item.min));
  if (item.max !== null && n > item.max) return t.unitReports.aboveMax(formatReportNumber(item.max));
  return null;
}

function AnswerForm({ target, onSave, onClose }: { target: AnswerTarget; onSave(v: ReportValue | null): void; onClose(): void }) {
  const { item } = target;
  const start = target.typed ?? (target.value === undefined ? '' : typeof target.value === 'number' ? formatReportNumber(target.value) : target.value);
  const [text, setText] = useState(start);
  const [choice, setChoice] = useState(typeof target.value === 'string' ? target.value : '');
  const error = item.type === 'angka' ? numberError(item, text) : null;
  const submit = () => {
    if (item.type === 'pilihan') return onSave(choice || null);
    if (item.type === 'angka') {
      if (error) return;
      return onSave(text.trim() ? parseReportNumber(text) : null);
    }
    onSave(text.trim() || null);
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        {item.type === 'pilihan' ? (
          <Radio.Group value={choice} onChange={setChoice} label={item.name}>
            <Stack gap={6} mt={6}>
              {item.options.map((o, i) => (
                <Radio key={o} value={o} label={`${i + 1}. ${o}`} data-autofocus={choice ? choice === o || undefined : i === 0 || undefined} />
              ))}
            </Stack>
          </Radio.Group>
        ) : (
          <TextInput
            label={item.type === 'angka' ? t.unitReports.answerNumber : t.unitReports.answerText}
            description={item.type === 'angka' ? t.unitReports.answerNumberHint : undefined}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            onFocus={(e) => e.currentTarget.setSelectionRange(e.currentTarget.value.length, e.currentTarget.value.length)}
            error={error}
            inputMode={item.type === 'angka' ? 'decimal' : undefined}
            maxLength={MAX_TEXT_ANSWER}
            data-autofocus
          />
        )}
        <Group justify="space-between">
          <Button variant="subtle" color="gray" onClick={() => onSave(null)}>
            {t.unitReports.clearAnswer}
          </Button>
          <Group gap="xs">
            <Button variant="subtle" onClick={onClose}>
              {t.common.cancel}
            </Button>
            <Button type="submit" disabled={Boolean(error)}>
              {t.unitReports.save}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

export function AnswerEditor({ target, onSave, onClose }: { target: AnswerTarget | null; onSave(v: ReportValue | null): void; onClose(): void }) {
  return (
    // No animation and no focus hand-back by the dialog: the table takes the focus back at once, so the next unit can be typed straight away.
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target ? t.unitReports.answerTitle(target.unitLabel, target.item.name) : ''}
      size="md"
      transitionProps={{ duration: 0 }}
      returnFocus={false}
    >
      {/* Text typed on the grid while the editor opened starts it again with all of it. */}
      {target && <AnswerForm key={target.typed ?? ''} target={target} onSave={onSave} onClose={onClose} />}
    </Modal>
  );
}
