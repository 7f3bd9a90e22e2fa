// The app shell: navigation on the left, the current screen on the right, and the notice
// about damaged data files when there are any.
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useOrganisation } from './features/units/use-organisation';
import { Alert, AppShell, Badge, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { api } from './api/client';
import type { AppInfo, DamagedFile } from '../../shared/contract';
import { t } from './i18n';
import { routeHref, useRoute } from './router';
import { MeetingsPage } from './pages/MeetingsPage';
import { loadMeetingForm, loadMeetingPage } from './pages/meeting-screens';

// The recap carries the chart library; loaded when first opened, so the start stays light. The
// other screens are loaded when first opened too: the start loads the meetings list only (the
// meeting page and form are fetched once the list is on screen, see meeting-screens.ts).
const MeetingPage = lazy(() => loadMeetingPage().then((m) => ({ default: m.MeetingPage })));
const MeetingFormPage = lazy(() => loadMeetingForm().then((m) => ({ default: m.MeetingFormPage })));
const RekapPage = lazy(() => import('./features/rekap/RekapPage'));
const BinPage = lazy(() => import('./pages/BinPage').then((m) => ({ default: m.BinPage })));
const RosterPage = lazy(() => import('./features/roster/RosterPage').then((m) => ({ default: m.RosterPage })));
const SettingsPage = lazy(() => import('./features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const LetterPrintPage = lazy(() => import('./features/letter/LetterPrintPage').then((m) => ({ default: m.LetterPrintPage })));
const MinutesPrintPage = lazy(() => import('./features/minutes/MinutesPrintPage').then((m) => ({ default: m.MinutesPrintPage })));
const FollowUpsPage = lazy(() => import('./features/follow-ups/FollowUpsPage').then((m) => ({ default: m.FollowUpsPage })));
const SeriesPage = lazy(() => import('./features/follow-ups/SeriesPage').then((m) => ({ default: m.SeriesPage })));

function DamagedNotice({ damaged, onDismiss }: { damaged: DamagedFile[]; onDismiss: () => void }) {
  if (!damaged.length) return null;
  return (
    <Alert color="orange" title={t.damaged.title} mb="md" data-testid="damaged-notice">
      <Text size="sm">{t.damaged.body}</Text>
      <Stack gap={4} mt="xs">
        {damaged.map((d) => (
          <Text size="sm" key={d.movedTo}>
            <b>
              {t.damaged.kind[d.kind] ?? d.kind}: {d.title}
            </b>{' '}
            — {t.damaged.movedTo} <code>{d.movedTo}</code>
          </Text>
        ))}
      </Stack>
      <Button size="xs" variant="light" color="orange" mt="sm" onClick={onDismiss}>
        {t.damaged.dismiss}
      </Button>
    </Alert>
  );
}

/** Stays while the folder is read-only: it is the reason every change is refused. */
function ReadOnlyBanner({ reason, dataDir }: { reason: string; dataDir: string }) {
  return (
    <Alert color="red" variant="light" title={t.readOnly.title(reason)} mb="md" data-testid="read-only-banner" role="alert">
      <Text size="sm">{t.readOnly.body}</Text>
      <Text size="sm" mt={4}>
        {t.readOnly.folder} <code>{dataDir}</code>
      </Text>
    </Alert>
  );
}

export function App() {
  const route = useRoute();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const refreshInfo = useCallback(() => {
    api.call('app/info', {}).then(setInfo, () => setInfo(null));
  }, []);
  useEffect(refreshInfo, [refreshInfo, route]);
  const organisation = useOrganisation(route);

  const dismiss = () => {
    void api.call('app/dismiss-damaged', {}).then(refreshInfo);
  };

  const active = (name: string) => route.name === name || (name === 'meetings' && ['meeting', 'new-meeting', 'edit-meeting', 'series'].includes(route.name));

  // The print view is a bare page: no navigation around the sheets.
  if (route.name === 'minutes-print')
    return (
      <Suspense fallback={<Text c="dimmed">{t.common.loading}</Text>}>
        <MinutesPrintPage id={route.id} />
      </Suspense>
    );
  if (route.name === 'letter-print')
    return (
      <Suspense fallback={<Text c="dimmed">{t.common.loading}</Text>}>
        <LetterPrintPage id={route.id} form={route.form} />
      </Suspense>
    );

  return (
    <AppShell navbar={{ width: 220, breakpoint: 0 }} padding="md">
      <AppShell.Navbar p="sm" className="no-print">
        <Stack gap={2} mb="md">
          <Title order={3} c="red.8">
            {t.appName}
          </Title>
          <Text size="xs" c="dimmed">
            {t.appTagline(organisation.organizerName)}
          </Text>
        </Stack>
        <NavLink href={routeHref({ name: 'meetings' })} label={t.nav.meetings} active={active('meetings')} />
        <NavLink href={routeHref({ name: 'follow-ups' })} label={t.followUps.nav} active={active('follow-ups')} />
        <NavLink href={routeHref({ name: 'roster' })} label={t.nav.roster} active={active('roster')} />
        <NavLink href={routeHref({ name: 'rekap' })} label={t.rekap.nav} active={active('rekap')} />
        <NavLink href={routeHref({ name: 'settings' })} label={t.nav.settings} active={active('settings')} />
        <NavLink href={routeHref({ name: 'bin' })} label={t.nav.bin} active={active('bin')} />
        {info && (
          <Group mt="auto" gap={4}>
            <Badge variant="light" color="gray" size="xs">
              {info.transport === 'web' ? 'mode browser' : 'desktop'}
            </Badge>
            <Text size="xs" c="dimmed">
              v{info.version}
            </Text>
          </Group>
        )}
      </AppShell.Navbar>
      <AppShell.Main>
        {info?.readOnly && <ReadOnlyBanner reason={info.readOnly} dataDir={info.dataDir} />}
        {info && <DamagedNotice damaged={info.damaged} onDismiss={dismiss} />}
        <Suspense fallback={<Text c="dimmed">{t.common.loading}</Text>}>
          {route.name === 'meetings' && <MeetingsPage today={info?.today ?? ''} />}
          {route.name === 'bin' && <BinPage />}
          {route.name === 'new-meeting' && <MeetingFormPage />}
          {route.name === 'edit-meeting' && <MeetingFormPage id={route.id} />}
          {route.name === 'meeting' && <MeetingPage key={route.id} id={route.id} tab={route.tab} />}
          {route.name === 'roster' && <RosterPage unit={route.unit} />}
          {route.name === 'settings' && <SettingsPage />}
          {route.name === 'rekap' && <RekapPage />}
          {route.name === 'follow-ups' && (
            <FollowUpsPage key={`${route.meetingId ?? ''}|${route.series ?? ''}`} meetingId={route.meetingId} series={route.series} />
          )}
          {route.name === 'series' && <SeriesPage key={route.series} name={route.series} />}
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
