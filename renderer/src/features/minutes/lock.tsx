// The Draft/Final lock as the sections show it: a banner over a final record with its
// "Buka kunci" button, and the confirmed finalize/unlock actions that go through the API.
import { useCallback, useMemo, useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { api } from '../../api/client';
import { formatInstant } from '../../../../shared/domain/datetime';
import type { Meeting } from '../../../../shared/domain/meeting';
import { notifyError, notifyOk } from '../../components/notify';
import { t } from '../../i18n';
import type { MeetingDoc } from '../meeting-doc';

export function isFinal(m: Meeting): boolean {
  return m.minutes.status === 'final';
}

function finalizedText(m: Meeting): string {
  const at = m.minutes.finalizedAt;
  const when = at && !Number.isNaN(Date.parse(at)) ? formatInstant(at, m.timeZone) : '';
  return t.minutes.finalBody.replace('{waktu}', when ? `pada ${when}` : '');
}

/** Ask, then unlock (back to draft) or finalize; the returned record replaces the local one. */
export function useLockActions(meeting: Meeting, doc: MeetingDoc) {
  const [asking, setAsking] = useState<'finalize' | 'unlock' | null>(null);
  const [busy, setBusy] = useState(false);

  // Made again only when the question changes, so typing in the section does not render the
  // (closed) dialog on every keystroke; the document's callbacks never change.
  const { flush, run: runOnDoc } = doc;
  const id = meeting.id;
  const run = useCallback(
    async (which: 'finalize' | 'unlock') => {
      setBusy(true);
      try {
        await flush();
        await runOnDoc(() => api.call(which === 'finalize' ? 'minutes/finalize' : 'minutes/unlock', { id }));
        notifyOk(which === 'finalize' ? t.minutes.finalized : t.minutes.unlocked);
        setAsking(null);
      } catch (err) {
        notifyError(err);
      } finally {
        setBusy(false);
      }
    },
    [flush, runOnDoc, id],
  );

  const modal = useMemo(
    () => (
      <Modal opened={asking !== null} onClose={() => setAsking(null)} title={asking === 'finalize' ? t.minutes.finalizeTitle : t.minutes.unlockTitle}>
        <Stack>
          <Text size="sm">{asking === 'finalize' ? t.minutes.finalizeBody : t.minutes.unlockBody}</Text>
          <Group justify="flex-end">
            <Button variant="subtle" onClick={() => setAsking(null)}>
              {t.common.cancel}
            </Button>
            <Button loading={busy} color={asking === 'unlock' ? 'orange' : undefined} onClick={() => asking && void run(asking)} data-autofocus>
              {asking === 'finalize' ? t.minutes.finalize : t.minutes.unlock}
            </Button>
          </Group>
        </Stack>
      </Modal>
    ),
    [asking, busy, run],
  );

  return { ask: setAsking, modal };
}

/** Shown over every section while the minutes are final. */
export function FinalBanner({ meeting, doc }: { meeting: Meeting; doc: MeetingDoc }) {
  const lock = useLockActions(meeting, doc);
  if (!isFinal(meeting)) return null;
  return (
    <Alert color="teal" title={t.minutes.finalTitle} data-testid="final-banner">
      <Group justify="space-between" align="center">
        <Text size="sm">{finalizedText(meeting)}</Text>
        <Button size="xs" variant="white" color="orange" onClick={() => lock.ask('unlock')}>
          {t.minutes.unlock}
        </Button>
      </Group>
      {lock.modal}
    </Alert>
  );
}
