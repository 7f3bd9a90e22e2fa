// One assignee's status and note, as the follow-ups page and the carried follow-ups on the
// Notulen tab edit it: the status is sent as soon as it is picked, the note when its field is
// left (or Enter). Each is one followups/set-status intent, which the core checks and stores.
import { useEffect, useState } from 'react';
import { Group, Select, TextInput } from '@mantine/core';
import { api } from '../../api/client';
import type { FollowUpStatus, ProgressByUnit, UnitProgress } from '../../../../shared/domain/meeting';
import { notifyError } from '../../components/notify';
import { t } from '../../i18n';

export interface ProgressTarget {
  meetingId: string;
  followUpId: string;
  unitKey: string;
  /** Who it is, for the fields' labels ("Kab. Tulungagung"). */
  unitLabel: string;
  /** The follow-up's text, for the fields' labels. */
  what: string;
}

const STATUS_DATA = (['belum', 'proses', 'selesai'] as const).map((value) => ({ value, label: t.followUps.status[value] }));

export function ProgressEditor({
  target,
  progress,
  readOnly,
  changedIn,
  onSaved,
}: {
  target: ProgressTarget;
  progress: UnitProgress;
  readOnly?: boolean;
  /** The meeting the change is recorded in (the rakor being held), if any. */
  changedIn?: string;
  onSaved(progress: ProgressByUnit): void;
}) {
  const [status, setStatus] = useState<FollowUpStatus>(progress.status);
  const [note, setNote] = useState(progress.note);
  useEffect(() => setStatus(progress.status), [progress.status]);
  useEffect(() => setNote(progress.note), [progress.note]);

  const send = async (next: { status: FollowUpStatus; note: string }) => {
    if (next.status === progress.status && next.note === progress.note) return;
    try {
      const res = await api.call('followups/set-status', {
        meetingId: target.meetingId,
        followUpId: target.followUpId,
        unitKey: target.unitKey,
        status: next.status,
        note: next.note,
        ...(changedIn ? { changedIn } : {}),
      });
      onSaved(res.progress);
    } catch (err) {
      // Refused (or not stored): back to what is stored, with the reason.
      setStatus(progress.status);
      setNote(progress.note);
      notifyError(err);
    }
  };

  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Select
        aria-label={t.followUps.statusOf(target.what, target.unitLabel)}
        data={STATUS_DATA}
        value={status}
        allowDeselect={false}
        readOnly={readOnly}
        w={120}
        size="xs"
        data-status={status}
        onChange={(v) => {
          if (!v) return;
          setStatus(v as FollowUpStatus);
          void send({ status: v as FollowUpStatus, note });
        }}
      />
      <TextInput
        aria-label={t.followUps.noteOf(target.what, target.unitLabel)}
        placeholder={t.followUps.colNote}
        value={note}
        readOnly={readOnly}
        size="xs"
        style={{ flex: 1 }}
        maxLength={2000}
        onChange={(e) => setNote(e.currentTarget.value)}
        onBlur={() => void send({ status, note })}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void send({ status, note });
          if (e.key === 'Escape') setNote(progress.note);
        }}
      />
    </Group>
  );
}
