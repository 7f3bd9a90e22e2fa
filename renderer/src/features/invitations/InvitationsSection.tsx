// The Undangan section of a meeting: what is still missing, the letter and calendar files
// (one by one or all at once), the WhatsApp/email message with copy buttons, and which
// units have been sent their invitation.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import type { InvitationPreview } from '../../../../shared/contract/invitations';
import type { FileResult } from '../../../../shared/contract';
import { api, saveFile } from '../../api/client';
import { errorText, notifyError, notifyOk } from '../../components/notify';
import { t } from '../../i18n';
import type { SectionProps } from '../section-props';
import { ReadinessPanel } from './ReadinessPanel';
import { FilesPanel } from './FilesPanel';
import { MessagePanel } from './MessagePanel';
import { SentTable } from './SentTable';
import { CancelledPanel, UpdateNotice } from './StatusNotices';
import type { Meeting } from '../../../../shared/domain/meeting';

export interface InvitationActions {
  /** Save pending edits of the meeting now. */
  save(): Promise<void>;
  /** Save pending edits, build a file through `make`, then save or download it. */
  download(make: () => Promise<FileResult>): Promise<void>;
  /** Save pending edits, run a handler that returns the updated meeting, and show it. */
  change(run: () => Promise<Meeting>, done?: string): Promise<boolean>;
}

export function InvitationsSection({ meeting, doc }: SectionProps) {
  const [preview, setPreview] = useState<InvitationPreview | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const request = useRef(0);
  const { flush, run: runOnMeeting } = doc;
  const id = meeting.id;

  const refresh = useCallback(async () => {
    const n = ++request.current;
    try {
      await flush();
      const p = await api.call('invitations/preview', { id });
      if (n === request.current) {
        setPreview(p);
        setLoadError(null);
      }
    } catch (err) {
      if (n === request.current) setLoadError(err);
    }
  }, [flush, id]);

  // Edits made elsewhere on the page reach the preview once they are saved.
  const first = preview === null;
  useEffect(() => {
    const timer = setTimeout(() => void refresh(), first ? 0 : 400);
    return () => clearTimeout(timer);
  }, [meeting, refresh, first]);

  const actions: InvitationActions = {
    save: flush,
    async download(make) {
      try {
        await flush();
        const file = await make();
        const where = await saveFile(file);
        if (where) notifyOk(t.invitations.downloaded(where));
      } catch (err) {
        notifyError(err);
      }
    },
    async change(run, done) {
      try {
        await flush();
        await runOnMeeting(run);
        if (done) notifyOk(done);
        return true;
      } catch (err) {
        notifyError(err);
        return false;
      }
    },
  };

  if (!preview) {
    if (loadError) {
      return (
        <Alert color="red" title={t.invitations.loadFailed}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{errorText(loadError)}</Text>
            <Button size="xs" variant="light" onClick={() => void refresh()}>
              {t.invitations.retry}
            </Button>
          </Stack>
        </Alert>
      );
    }
    return (
      <Group gap="xs">
        <Loader size="sm" />
        <Text c="dimmed">{t.invitations.loading}</Text>
      </Group>
    );
  }

  return (
    <Stack gap="lg" data-testid="invitations">
      {meeting.status === 'batal' ? <CancelledPanel meeting={meeting} actions={actions} /> : <UpdateNotice calendar={preview.calendar} />}
      <ReadinessPanel preview={preview} />
      {meeting.status !== 'batal' ? (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <FilesPanel meeting={meeting} preview={preview} actions={actions} />
          <MessagePanel preview={preview} />
        </SimpleGrid>
      ) : (
        <MessagePanel preview={preview} />
      )}
      <SentTable meeting={meeting} preview={preview} actions={actions} />
    </Stack>
  );
}
