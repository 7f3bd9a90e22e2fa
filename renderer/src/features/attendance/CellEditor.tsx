// The small editor Enter opens on a cell: status, who attended (empty = the roster holder) and
// join time; or, on the note column, the unit's note. Enter saves, Esc cancels.
import { useState } from 'react';
import { Button, Group, Modal, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { AttendanceCell, AttendanceStatus } from '../../../../shared/domain/meeting';
import { isValidTime } from '../../../../shared/domain/datetime';
import { TimeField } from '../../components/DateTimeFields';
import { t } from '../../i18n';
import { STATUS_ORDER } from './grid-model';

export type EditTarget =
  { kind: 'cell'; unitLabel: string; roleLabel: string; cell: AttendanceCell | undefined; holder: string } | { kind: 'note'; unitLabel: string; note: string };

export type EditResult = { kind: 'cell'; status: AttendanceStatus | null; name: string; joinTime: string } | { kind: 'note'; note: string };

interface Props {
  target: EditTarget | null;
  onSave(result: EditResult): void;
  onClose(): void;
}

const NONE = 'kosong';

function CellForm({ target, onSave, onClose }: { target: Extract<EditTarget, { kind: 'cell' }>; onSave: Props['onSave']; onClose(): void }) {
  const [status, setStatus] = useState<string>(target.cell?.status ?? NONE);
  const [name, setName] = useState(target.cell?.name ?? '');
  const [joinTime, setJoinTime] = useState(target.cell?.joinTime ?? '');
  // What is typed in the time field but cannot be read keeps the dialog open with its message.
  const [joinTyped, setJoinTyped] = useState(false);
  const timeError = joinTime && !isValidTime(joinTime) ? t.office.dates.badTime : null;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (timeError || joinTyped) return;
        onSave({ kind: 'cell', status: status === NONE ? null : (status as AttendanceStatus), name: name.trim(), joinTime });
      }}
    >
      <Stack gap="sm">
        <div>
          <Text size="sm" fw={500} mb={4} id="att-edit-status">
            {t.attendance.editStatus}
          </Text>
          <SegmentedControl
            aria-labelledby="att-edit-status"
            fullWidth
            value={status}
            onChange={setStatus}
            data={[{ value: NONE, label: t.attendance.empty }, ...STATUS_ORDER.map((s) => ({ value: s, label: t.attendance.status[s] }))]}
          />
        </div>
        <TextInput
          label={t.attendance.editName}
          description={t.attendance.editNameHint}
          placeholder={target.holder ? t.attendance.editNamePlaceholderHolder(target.holder) : t.attendance.editNamePlaceholder}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          maxLength={300}
          data-autofocus
        />
        <TimeField label={t.attendance.editJoin} value={joinTime} onChange={setJoinTime} onInvalidChange={setJoinTyped} error={timeError} w={160} />
        {target.cell && (
          <Text size="xs" c="dimmed">
            {t.attendance.editSource[target.cell.source]}
            {target.cell.durationMinutes !== null ? ` · ${t.attendance.editDuration(target.cell.durationMinutes)}` : ''}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="subtle" onClick={onClose}>
            {t.common.cancel}
          </Button>
          <Button type="submit">{t.attendance.save}</Button>
        </Group>
      </Stack>
    </form>
  );
}

function NoteForm({ target, onSave, onClose }: { target: Extract<EditTarget, { kind: 'note' }>; onSave: Props['onSave']; onClose(): void }) {
  const [note, setNote] = useState(target.note);
  const save = () => onSave({ kind: 'note', note });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Stack gap="sm">
        <Textarea
          label={t.attendance.editNote}
          description={t.attendance.editNoteHint}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          // The caret after the text, so a letter typed on the grid's note column is followed by the next.
          onFocus={(e) => e.currentTarget.setSelectionRange(e.currentTarget.value.length, e.currentTarget.value.length)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              save();
            }
          }}
          autosize
          minRows={2}
          maxLength={2000}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="subtle" onClick={onClose}>
            {t.common.cancel}
          </Button>
          <Button type="submit">{t.attendance.save}</Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CellEditor({ target, onSave, onClose }: Props) {
  const title = !target ? '' : target.kind === 'cell' ? t.attendance.editTitle(target.unitLabel, target.roleLabel) : t.attendance.noteTitle(target.unitLabel);
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="md">
      {target?.kind === 'cell' && <CellForm target={target} onSave={onSave} onClose={onClose} />}
      {target?.kind === 'note' && <NoteForm target={target} onSave={onSave} onClose={onClose} />}
    </Modal>
  );
}
