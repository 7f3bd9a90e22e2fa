// Notices at the top of the Undangan section: a cancelled meeting (with its cancellation
// file), and calendar files that update an invitation already sent.
import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { InvitationPreview } from '../../../../shared/contract/invitations';
import type { Meeting } from '../../../../shared/domain/meeting';
import { api } from '../../api/client';
import { t } from '../../i18n';
import type { InvitationActions } from './InvitationsSection';

export function CancelledPanel({ meeting, actions }: { meeting: Meeting; actions: InvitationActions }) {
  const [busy, setBusy] = useState(false);
  const run = async (job: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await job();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Alert color="red" title={t.invitations.cancelledTitle} data-testid="cancelled-notice">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t.invitations.cancelledBody}</Text>
        <Group gap="xs">
          <Button
            size="sm"
            color="red"
            loading={busy}
            onClick={() => void run(() => actions.download(() => api.call('invitations/export-cancel', { id: meeting.id })))}
          >
            {t.invitations.downloadCancelAll}
          </Button>
          <Button
            size="sm"
            variant="default"
            disabled={busy}
            onClick={() => void run(() => actions.change(() => api.call('meetings/reactivate', { id: meeting.id }), t.invitations.reactivated))}
          >
            {t.invitations.reactivate}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

export function UpdateNotice({ calendar }: { calendar: InvitationPreview['calendar'] }) {
  if (calendar.changedSinceSent) {
    return (
      <Alert color="orange" title={t.invitations.updateTitle} data-testid="update-notice">
        <Text size="sm">{t.invitations.updateBody(calendar.sequence)}</Text>
      </Alert>
    );
  }
  if (calendar.sequence > 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="update-notice">
        {t.invitations.updateNote(calendar.sequence)}
      </Text>
    );
  }
  return null;
}
