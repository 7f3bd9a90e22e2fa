// The files of an invitation: the letter in either form and the calendar files one by one,
// "Ekspor semua" with its progress, and cancelling the meeting.
import { useState } from 'react';
import { Alert, Button, Card, Group, List, Modal, Progress, SegmentedControl, Spoiler, Stack, Text, Title } from '@mantine/core';
import type { ExportAllResult, InvitationPreview, LetterFormInput } from '../../../../shared/contract/invitations';
import type { Meeting } from '../../../../shared/domain/meeting';
import { api, saveFile } from '../../api/client';
import { notifyError } from '../../components/notify';
import { t } from '../../i18n';
import type { InvitationActions } from './InvitationsSection';
import { routeHref } from '../../router';

interface Props {
  meeting: Meeting;
  preview: InvitationPreview;
  actions: InvitationActions;
}

type Outcome = { kind: 'zip'; name: string; files: string[] } | { kind: 'folder'; folder: string; files: string[] } | { kind: 'cancelled' };

export function FilesPanel({ meeting, preview, actions }: Props) {
  const electron = api.transport === 'electron';
  const cancelled = meeting.status === 'batal';
  const [busy, setBusy] = useState<string | null>(null);
  const [form, setForm] = useState<LetterFormInput>('all');
  const [step, setStep] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const fileCount = preview.units.length + 3;
  const steps = electron
    ? [t.invitations.steps.save, t.invitations.steps.buildElectron(fileCount)]
    : [t.invitations.steps.save, t.invitations.steps.build(fileCount), t.invitations.steps.download];

  const single = async (key: string, make: () => Promise<Parameters<typeof saveFile>[0]>) => {
    setBusy(key);
    try {
      await actions.download(make);
    } finally {
      setBusy(null);
    }
  };

  const exportAll = async () => {
    setOutcome(null);
    setBusy('all');
    try {
      setStep(0);
      await actions.save();
      setStep(1);
      const res: ExportAllResult = await api.call('invitations/export-all', { id: meeting.id, form });
      if (res.kind === 'zip') {
        setStep(2);
        const name = await saveFile(res.file);
        setOutcome({ kind: 'zip', name: name || res.file.fileName, files: res.fileNames });
      } else if (res.kind === 'folder') {
        setOutcome({ kind: 'folder', folder: res.folder, files: res.fileNames });
      } else {
        setOutcome({ kind: 'cancelled' });
        setStep(null);
        return;
      }
      setStep(steps.length);
    } catch (err) {
      setStep(null);
      notifyError(err);
    } finally {
      setBusy(null);
    }
  };

  const markAll = async () => {
    const codes = preview.units.map((u) => u.code);
    if (await actions.change(() => api.call('invitations/mark-sent', { id: meeting.id, unitCodes: codes }), t.invitations.marked(codes.length))) {
      setOutcome(null);
      setStep(null);
    }
  };

  const running = busy === 'all';
  const progress = step === null ? 0 : Math.round((Math.min(step, steps.length) / steps.length) * 100);

  return (
    <Card withBorder padding="md">
      <Stack gap="md">
        <Title order={3} size="h4">
          {t.invitations.filesTitle}
        </Title>
        <Group gap="xs">
          <Button
            variant="light"
            disabled={cancelled || (busy !== null && busy !== 'letter-all')}
            loading={busy === 'letter-all'}
            onClick={() => void single('letter-all', () => api.call('invitations/export-letter', { id: meeting.id, form: 'all' }))}
          >
            {t.invitations.letterAll}
          </Button>
          <Button
            variant="light"
            disabled={cancelled || (busy !== null && busy !== 'letter-unit')}
            loading={busy === 'letter-unit'}
            onClick={() => void single('letter-unit', () => api.call('invitations/export-letter', { id: meeting.id, form: 'per-unit' }))}
          >
            {t.invitations.letterPerUnit}
          </Button>
          <Button
            variant="light"
            disabled={cancelled || (busy !== null && busy !== 'ics')}
            loading={busy === 'ics'}
            onClick={() => void single('ics', () => api.call('invitations/export-ics', { id: meeting.id }))}
          >
            {t.invitations.icsCombined}
          </Button>
        </Group>
        <Group gap="xs">
          {(['all', 'per-unit'] as const).map((f) => (
            <Button
              key={f}
              component="a"
              variant="subtle"
              href={cancelled ? undefined : routeHref({ name: 'letter-print', id: meeting.id, form: f })}
              data-disabled={cancelled || undefined}
            >
              {f === 'all' ? t.letter.printViewAll : t.letter.printViewPerUnit}
            </Button>
          ))}
        </Group>

        <Stack gap="xs">
          <Title order={4} size="h5">
            {t.invitations.exportAllTitle}
          </Title>
          <Text size="sm" c="dimmed">
            {t.invitations.exportAllHelp(preview.units.length)}
          </Text>
          <Group gap="sm" align="flex-end">
            <Stack gap={4}>
              <Text size="sm" fw={500} id="letter-form-label">
                {t.invitations.letterForm}
              </Text>
              <SegmentedControl
                aria-labelledby="letter-form-label"
                value={form}
                onChange={(v) => setForm(v as LetterFormInput)}
                disabled={running || cancelled}
                data={[
                  { value: 'all', label: t.invitations.letterFormAll },
                  { value: 'per-unit', label: t.invitations.letterFormPerUnit },
                ]}
              />
            </Stack>
            <Button onClick={() => void exportAll()} loading={running} disabled={cancelled || (busy !== null && !running)}>
              {electron ? t.invitations.exportAllElectron : t.invitations.exportAllWeb}
            </Button>
          </Group>
          {step !== null && (
            <Stack gap={4} data-testid="export-progress">
              <Progress value={progress} animated={running} striped={running} aria-label={t.invitations.progressLabel} size="lg" />
              <Text size="sm" aria-live="polite">
                {step < steps.length ? `${step + 1}/${steps.length} · ${steps[step]}` : t.invitations.steps.done}
              </Text>
            </Stack>
          )}
          {outcome && outcome.kind === 'cancelled' && <Text size="sm">{t.invitations.exportCancelled}</Text>}
          {outcome && outcome.kind !== 'cancelled' && (
            <Alert color="green" data-testid="export-result">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">
                  {outcome.kind === 'zip'
                    ? t.invitations.exportedZip(outcome.name, outcome.files.length)
                    : t.invitations.exportedFolder(outcome.folder, outcome.files.length)}
                </Text>
                <Spoiler maxHeight={0} showLabel={t.invitations.exportedFiles} hideLabel={t.invitations.hideUnits}>
                  <List size="xs">
                    {outcome.files.map((f) => (
                      <List.Item key={f}>{f}</List.Item>
                    ))}
                  </List>
                </Spoiler>
                <Button size="xs" variant="light" onClick={() => void markAll()}>
                  {t.invitations.markAllAfterExport}
                </Button>
              </Stack>
            </Alert>
          )}
        </Stack>

        {!cancelled && (
          <Group justify="flex-end">
            <Button variant="subtle" color="red" onClick={() => setConfirmCancel(true)} disabled={busy !== null}>
              {t.invitations.cancelMeeting}
            </Button>
          </Group>
        )}
      </Stack>

      <Modal opened={confirmCancel} onClose={() => setConfirmCancel(false)} title={t.invitations.cancelTitle}>
        <Stack>
          <Text size="sm">{t.invitations.cancelBody}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmCancel(false)} data-autofocus>
              {t.invitations.cancelKeep}
            </Button>
            <Button
              color="red"
              onClick={async () => {
                if (await actions.change(() => api.call('meetings/cancel', { id: meeting.id }), t.invitations.cancelDone)) {
                  setConfirmCancel(false);
                  setOutcome(null);
                  setStep(null);
                }
              }}
            >
              {t.invitations.cancelConfirm}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
