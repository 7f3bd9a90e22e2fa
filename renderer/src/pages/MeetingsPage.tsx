// The meetings list: upcoming and past meetings, and for a first-time user an empty state
// that explains what to do and offers the demo meeting.
import { lazy, Suspense, useEffect, useState } from 'react';
import { Alert, Button, FileButton, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { api } from '../api/client';
import type { MeetingSummary } from '../../../shared/domain/meeting';
import { formatDayDate, formatTime } from '../../../shared/domain/datetime';
import { t } from '../i18n';
import { navigate, routeHref } from '../router';
import { notifyError, notifyOk } from '../components/notify';
import { meetingFilterOptions, matchesMeetingFilter, type MeetingFilter } from '../features/follow-ups/meeting-filter';
import { preloadMeetingScreens } from './meeting-screens';
import './meetings.css';

// Only a new data folder shows it: the form (and its region chooser) loads when asked for.
const FirstRunCard = lazy(() => import('../features/first-run/FirstRunCard').then((x) => ({ default: x.FirstRunCard })));

const CLOSED_UNMOUNTED = { keepMounted: false } as const;

function MeetingRow({ m }: { m: MeetingSummary }) {
  return (
    <div className="meeting-row" data-testid="meeting-row">
      <div>
        <a href={routeHref({ name: 'meeting', id: m.id, tab: 'undangan' })}>{m.title}</a>
        {/* One text node, not seven: a row is drawn a thousand times at a start. */}
        <p className="meeting-when">{`${formatDayDate(m.date)} · ${formatTime(m.startTime)} ${m.timeZone} · ${t.mode[m.mode]}`}</p>
        {m.series && (
          <p className="meeting-series">
            <a href={routeHref({ name: 'series', series: m.series })}>{t.followUps.seriesBadge(m.series)}</a>
          </p>
        )}
      </div>
      {m.status === 'batal' && <span className="meeting-cancelled">{t.meetings.cancelled}</span>}
    </div>
  );
}

export function MeetingsPage({ today }: { today: string }) {
  const [meetings, setMeetings] = useState<MeetingSummary[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [filter, setFilter] = useState<MeetingFilter>({ series: null, year: null, status: null });

  useEffect(() => {
    api.call('meetings/list', {}).then(
      (r) => setMeetings(r.meetings),
      (err) => {
        notifyError(err);
        setMeetings([]);
      },
    );
  }, []);

  // Once the list is on screen, the meeting page a user opens next is fetched in the background.
  useEffect(() => {
    if (meetings) preloadMeetingScreens();
  }, [meetings]);

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

  const shown = meetings.filter((m) => matchesMeetingFilter(m, filter));
  const upcoming = shown.filter((m) => !today || m.date >= today);
  const past = shown.filter((m) => today && m.date < today).reverse();
  const options = meetingFilterOptions(meetings);

  return (
    <Stack maw={900}>
      <Suspense fallback={null}>
        <FirstRunCard />
      </Suspense>
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
          {/* The filters' option lists are drawn when opened: kept mounted while closed (the
              default), each list was rendered, positioned and rendered again before the first
              paint of the list, a third of the start's rendering. */}
          <Group gap="sm" data-testid="meeting-filters">
            <Select
              label={t.followUps.filterSeries}
              placeholder={t.followUps.allSeries}
              data={options.series}
              value={filter.series}
              clearable
              w={280}
              comboboxProps={CLOSED_UNMOUNTED}
              onChange={(v) => setFilter({ ...filter, series: v })}
            />
            <Select
              label={t.followUps.filterYear}
              placeholder={t.followUps.allYears}
              data={options.years}
              value={filter.year}
              clearable
              w={150}
              comboboxProps={CLOSED_UNMOUNTED}
              onChange={(v) => setFilter({ ...filter, year: v })}
            />
            <Select
              label={t.followUps.filterStatus}
              placeholder={t.followUps.allStatuses}
              data={options.statuses}
              value={filter.status}
              clearable
              w={200}
              comboboxProps={CLOSED_UNMOUNTED}
              onChange={(v) => setFilter({ ...filter, status: v as MeetingFilter['status'] })}
            />
          </Group>
          {shown.length === 0 && <Text c="dimmed">{t.followUps.noneMatch}</Text>}
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
