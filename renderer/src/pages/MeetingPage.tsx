// One meeting: its key facts and actions on top, then the sections Undangan, Kehadiran,
// Pembicara and Notulen as tabs.
import { Alert, Anchor, Badge, Button, Checkbox, Group, Loader, Modal, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { Profiler, Suspense, lazy, memo, useLayoutEffect, useMemo, useState, useSyncExternalStore, type ComponentType } from 'react';
import { notifications } from '@mantine/notifications';
import { api, ApiError, bytesToBase64, openLink, saveFile } from '../api/client';
import { CURRENT_VERSION } from '../../../shared/domain/migrations';
import { exportFileName } from '../../../shared/text/file-name';
import { addDays, formatDayDate, formatTimeRange } from '../../../shared/domain/datetime';
import { DateField } from '../components/DateTimeFields';
import { RefusedBadge } from '../components/RefusedBadge';
import { useRefusedDrafts } from '../features/refused-drafts';
import { t } from '../i18n';
import { navigate, routeHref } from '../router';
import { errorText, notifyError, notifyOk } from '../components/notify';
import { useMeetingDoc, type MeetingDoc } from '../features/meeting-doc';
import { InvitationsSection } from '../features/invitations/InvitationsSection';
import { AttendanceSection } from '../features/attendance/AttendanceSection';
import { SpeakersSection } from '../features/speakers/SpeakersSection';
import { MinutesSection } from '../features/minutes/MinutesSection';
import { onProfilerRender } from '../features/render-probe';
import { createLiveValue, useLiveValue, type LiveValue } from '../features/live-value';
import type { SectionProps } from '../features/section-props';

const TABS = ['undangan', 'kehadiran', 'pembicara', 'notulen', 'isian', 'laporan'] as const;

/**
 * The active tab's section, subscribed to the meeting itself: a keystroke renders the section
 * (in the same render as the page's header), not the tabs around it. Mantine's Tabs give their
 * context a new value at every render, and React then searches every memoised speaker card
 * and field below for readers of it, which at 40 speakers x 30 points cost more than the
 * keystroke itself. The document object (its callbacks never change) follows after the page.
 */
/**
 * A section renders again for a new meeting or new callbacks, not for the document object that
 * follows the meeting one render later (sections read the meeting from their props).
 */
function sameSection(a: SectionProps, b: SectionProps): boolean {
  const d = a.doc;
  const e = b.doc;
  return (
    a.meeting === b.meeting &&
    d.apply === e.apply &&
    d.current === e.current &&
    d.run === e.run &&
    d.flush === e.flush &&
    d.reload === e.reload &&
    d.replace === e.replace &&
    d.subscribe === e.subscribe &&
    d.replaced === e.replaced
  );
}
const Invitations = memo(InvitationsSection, sameSection);
const Attendance = memo(AttendanceSection, sameSection);
const Speakers = memo(SpeakersSection, sameSection);
const Minutes = memo(MinutesSection, sameSection);
// The tabs used after the meeting (Isian Unit, Berita & Laporan) load when first opened.
const Reports = memo(
  lazy(() => import('../features/reports/ReportsSection').then((x) => ({ default: x.ReportsSection }))),
  sameSection,
);
const UnitReports = memo(
  lazy(() => import('../features/unit-reports/UnitReportsSection').then((x) => ({ default: x.UnitReportsSection }))),
  sameSection,
);

function LiveSection({ live, section: Section, profile }: { live: LiveValue<MeetingDoc>; section: ComponentType<SectionProps>; profile: string }) {
  const doc = useLiveValue(live);
  const meeting = useSyncExternalStore(doc.subscribe, doc.current);
  if (!meeting) return null;
  return (
    <Profiler id={profile} onRender={onProfilerRender}>
      <Suspense fallback={<Loader size="sm" />}>
        <Section meeting={meeting} doc={doc} />
      </Suspense>
    </Profiler>
  );
}

export function MeetingPage({ id, tab }: { id: string; tab: string }) {
  const doc = useMeetingDoc(id);
  const [dupOpen, setDupOpen] = useState(false);
  const [delOpen, setDelOpen] = useState(false);
  const [dupDate, setDupDate] = useState('');
  const [dupContinue, setDupContinue] = useState(true);
  const [dupSeries, setDupSeries] = useState('');
  const refused = useRefusedDrafts(`meeting:${id}:`);
  const m = doc.meeting;
  const [live] = useState(() => createLiveValue(doc));
  useLayoutEffect(() => live.set(doc), [live, doc]);
  const loaded = m !== null;
  const tabs = useMemo(
    () =>
      loaded && (
        <Tabs
          value={TABS.includes(tab as (typeof TABS)[number]) ? tab : 'undangan'}
          onChange={(v) => v && navigate({ name: 'meeting', id, tab: v })}
          keepMounted={false}
        >
          <Tabs.List className="no-print">
            {TABS.map((k) => (
              <Tabs.Tab key={k} value={k}>
                {t.meeting.tabs[k]}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="undangan" pt="sm">
            <LiveSection live={live} section={Invitations} profile="undangan" />
          </Tabs.Panel>
          <Tabs.Panel value="kehadiran" pt="xs">
            <LiveSection live={live} section={Attendance} profile="kehadiran" />
          </Tabs.Panel>
          <Tabs.Panel value="pembicara" pt="md">
            <LiveSection live={live} section={Speakers} profile="pembicara" />
          </Tabs.Panel>
          <Tabs.Panel value="notulen" pt="md">
            <LiveSection live={live} section={Minutes} profile="notulen" />
          </Tabs.Panel>
          <Tabs.Panel value="isian" pt="xs">
            <LiveSection live={live} section={UnitReports} profile="isian" />
          </Tabs.Panel>
          <Tabs.Panel value="laporan" pt="md">
            <LiveSection live={live} section={Reports} profile="laporan" />
          </Tabs.Panel>
        </Tabs>
      ),
    [loaded, tab, id, live],
  );

  if (doc.loadError) return <Alert color="red">{errorText(doc.loadError)}</Alert>;
  if (!m) return <Loader />;

  const duplicate = async () => {
    try {
      await doc.flush();
      // Continue this meeting's series, leave it, or start one with the name typed.
      const series = m.series ? (dupContinue ? m.series : '') : dupSeries;
      const copy = await api.call('meetings/duplicate', { id, date: dupDate, series });
      setDupOpen(false);
      notifyOk(t.meeting.duplicated);
      navigate({ name: 'meeting', id: copy.id, tab: 'undangan' });
    } catch (err) {
      notifyError(err);
    }
  };

  const remove = async () => {
    try {
      await doc.flush();
      await api.call('meetings/delete', { id });
      setDelOpen(false);
      notifications.show({
        color: 'gray',
        message: (
          <Group gap="xs">
            <Text size="sm">{t.meeting.deleted}</Text>
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => void api.call('meetings/restore', { id }).then(() => navigate({ name: 'meeting', id, tab }))}
            >
              {t.meeting.undo}
            </Button>
          </Group>
        ),
        autoClose: 8000,
      });
      navigate({ name: 'meetings' });
    } catch (err) {
      notifyError(err);
    }
  };

  // When the data folder refuses writes, the meeting held in memory can still leave as a file.
  const saveCopy = async () => {
    try {
      const json = JSON.stringify({ schemaVersion: CURRENT_VERSION.meeting, meeting: m }, null, 2);
      const where = await saveFile({
        fileName: exportFileName('Salinan', m.date, m.title, 'json'),
        mimeType: 'application/json',
        base64: bytesToBase64(new TextEncoder().encode(json)),
      });
      notifyOk(`${t.meeting.copySaved}: ${where}`);
    } catch (err) {
      notifyError(err);
    }
  };

  const statusText = doc.status === 'saved' ? t.meeting.saveStatusSaved : doc.status === 'pending' ? t.meeting.saveStatusPending : t.meeting.saveStatusError;

  return (
    <Stack>
      {/* Compact: title and facts in two lines, actions and the save badge beside them, so the
          Kehadiran grid keeps its rows on a 1366 x 768 laptop. */}
      <Group justify="space-between" align="flex-start" className="no-print" wrap="nowrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Title order={2} size="h3" lineClamp={1} title={m.title}>
            {m.title}
          </Title>
          {m.series && (
            <Anchor size="sm" href={routeHref({ name: 'series', series: m.series })} data-testid="meeting-series">
              {t.followUps.seriesBadge(m.series)}
            </Anchor>
          )}
          <Text size="sm" className="meeting-facts">
            {formatDayDate(m.date)} · {formatTimeRange(m.startTime, m.endTime, m.timeZone)} · {t.mode[m.mode]}
            {m.mode !== 'luring' && (m.platform || m.joinUrl) && (
              <Text span size="sm" c="dimmed">
                {' · '}
                {t.meeting.platformLine}: {m.platform}{' '}
                {m.joinUrl && (
                  <Anchor
                    href={m.joinUrl}
                    size="sm"
                    onClick={(e) => {
                      e.preventDefault();
                      void openLink(m.joinUrl).catch(notifyError);
                    }}
                  >
                    {m.joinUrl}
                  </Anchor>
                )}
              </Text>
            )}
            {m.mode !== 'daring' && m.location && (
              <Text span size="sm" c="dimmed">
                {' · '}
                {t.meeting.placeLine}: {m.location}
              </Text>
            )}
          </Text>
        </Stack>
        <Stack gap={4} align="flex-end">
          <Group gap="xs" wrap="nowrap">
            {refused.length > 0 && doc.status !== 'error' ? (
              <RefusedBadge drafts={refused} />
            ) : (
              <Badge
                variant="dot"
                color={doc.status === 'error' ? 'red' : doc.status === 'pending' ? 'yellow' : 'green'}
                data-testid="save-status"
                style={{ flexShrink: 0 }}
                styles={{ label: { whiteSpace: 'nowrap', overflow: 'visible' } }}
              >
                {statusText}
              </Badge>
            )}
            <Button component="a" href={routeHref({ name: 'edit-meeting', id })} variant="light" size="compact-md">
              {t.common.edit}
            </Button>
            <Button
              variant="light"
              size="compact-md"
              onClick={() => {
                setDupDate(addDays(m.date, 7));
                setDupContinue(true);
                setDupSeries('');
                setDupOpen(true);
              }}
            >
              {t.meeting.duplicate}
            </Button>
            <Button variant="subtle" color="red" size="compact-md" onClick={() => setDelOpen(true)}>
              {t.common.delete}
            </Button>
          </Group>
          {doc.status === 'error' && (
            <>
              <Text size="xs" c="red" maw={360} ta="right">
                {errorText(doc.saveError)}
              </Text>
              <Text size="xs" c="dimmed" maw={360} ta="right">
                {t.meeting.saveCopyHint}
              </Text>
              <Group gap="xs" justify="flex-end">
                <Button size="xs" variant="light" color="red" onClick={saveCopy}>
                  {t.meeting.saveCopy}
                </Button>
                {doc.saveError instanceof ApiError && doc.saveError.code === 'conflict' && (
                  <Button
                    size="xs"
                    variant="subtle"
                    onClick={() => {
                      if (window.confirm(t.meeting.reloadConfirm)) void doc.reload();
                    }}
                  >
                    {t.meeting.reloadLatest}
                  </Button>
                )}
              </Group>
            </>
          )}
        </Stack>
      </Group>

      {tabs}

      <Modal opened={dupOpen} onClose={() => setDupOpen(false)} title={t.meeting.duplicateTitle}>
        <Stack>
          <Text size="sm">{t.meeting.duplicateBody}</Text>
          <DateField label={t.meeting.duplicateDate} value={dupDate} onChange={setDupDate} />
          {m.series ? (
            <Checkbox
              label={t.followUps.continueSeries(m.series)}
              description={t.followUps.duplicateSeriesHint}
              checked={dupContinue}
              onChange={(e) => setDupContinue(e.currentTarget.checked)}
            />
          ) : (
            <TextInput
              label={t.followUps.startSeries}
              description={t.followUps.duplicateSeriesHint}
              placeholder={t.followUps.seriesPlaceholder}
              value={dupSeries}
              onChange={(e) => setDupSeries(e.currentTarget.value)}
            />
          )}
          <Group justify="flex-end">
            <Button variant="subtle" onClick={() => setDupOpen(false)}>
              {t.common.cancel}
            </Button>
            <Button onClick={duplicate}>{t.meeting.duplicate}</Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={delOpen} onClose={() => setDelOpen(false)} title={t.meeting.deleteTitle}>
        <Stack>
          <Text size="sm">{t.meeting.deleteBody}</Text>
          <Group justify="flex-end">
            <Button variant="subtle" onClick={() => setDelOpen(false)}>
              {t.common.cancel}
            </Button>
            <Button color="red" onClick={remove}>
              {t.common.delete}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
