// The meetings list: upcoming and past meetings, and for a first-time user an empty state
// that explains what to do and offers the demo meeting.
import { useEffect, useState } from 'react';
import { Alert, Button, FileButton, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { api } from '../api/client';
import type { MeetingSummary } from '../../../shared/domain/meeting';
import { formatDayDate, formatTime } from '../../../shared/domain/datetime';
import { FirstRunCard } from '../features/first-run/FirstRunCard';
import { t } from '../i18n';
import { navigate, routeHref } from '../router';
import { notifyError, notifyOk } from '../components/notify';
import './meetings.css';

function MeetingRow({ m }: { m: MeetingSummary }) {
  return (
    <div className="meeting-row" data-testid="meeting-row">
      <div>
        <a href={routeHref({ name: 'meeting', id: m.id, tab: 'undangan' })}>{m.title}</a>
        <p className="meeting-when">
          {formatDayDate(m.date)} · {formatTime(m.startTime)} {m.timeZone} · {t.mode[m.mode]}
        </p>
      </div>
      {m.status === 'batal' && <span className="meeting-cancelled">{t.meetings.cancelled}</span>}
    </div>
  );
}

export function MeetingsPage({ today }: { today: string }) {
  const [meetings, setMeetings] = useState<MeetingSummary[] | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.call('meetings/list', {}).then(
      (r) => setMeetings(r.meetings),
      (err) => {
        notifyError(err);
        setMeetings([]);
      },
    );
  }, []);

  const loadDemo = async () => {
    setBusy(true);
    try {
      const m = await api.call('meetings/load-demo', {});
      notifyOk(t.meetings.demoLoaded);
      navigate({ name: 'meeting', id: m.id, tab: 'undangan' });
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const importCopy = async (file: File) => {
    try {
      const m = await api.call('meetings/import-copy', { text: await file.text() });
      notifyOk(t.meetings.importedCopy);
      navigate({ name: 'meeting', id: m.id, tab: 'undangan' });
    } catch (err) {
      notifyError(err);
    }
  };

  if (!meetings) return <Loader />;

  const upcoming = meetings.filter((m) => !today || m.date >= today);
  const past = meetings.filter((m) => today && m.date < today).reverse();

  return (
    <Stack maw={900}>
      <FirstRunCard />
      <Group justify="space-between">
        <Title order={2}>{t.meetings.title}</Title>
        <Button component="a" href={routeHref({ name: 'new-meeting' })}>
          {t.meetings.newMeeting}
        </Button>
      </Group>
      {meetings.length === 0 ? (
        <Alert color="blue" title={t.meetings.emptyTitle} data-testid="empty-state">
          <Text size="sm">{t.meetings.emptyBody}</Text>
          <Group mt="md">
            <Button component="a" href={routeHref({ name: 'new-meeting' })}>
              {t.meetings.newMeeting}
            </Button>
            <Button variant="light" onClick={loadDemo} loading={busy}>
              {t.meetings.loadDemo}
            </Button>
          </Group>
        </Alert>
      ) : (
        <>
          <Title order={4}>{t.meetings.upcoming}</Title>
          {upcoming.length ? upcoming.map((m) => <MeetingRow key={m.id} m={m} />) : <Text c="dimmed">{t.meetings.noUpcoming}</Text>}
          <Title order={4} mt="md">
            {t.meetings.past}
          </Title>
          {past.length ? past.map((m) => <MeetingRow key={m.id} m={m} />) : <Text c="dimmed">{t.meetings.noPast}</Text>}
          <Group>
            <Button variant="subtle" size="xs" onClick={loadDemo} loading={busy}>
              {t.meetings.loadDemo}
            </Button>
            <FileButton accept=".json,application/json" onChange={(f) => f && void importCopy(f)}>
              {(props) => (
                <Button variant="subtle" size="xs" {...props}>
                  {t.meetings.importCopy}
                </Button>
              )}
            </FileButton>
          </Group>
        </>
      )}
    </Stack>
  );
}
