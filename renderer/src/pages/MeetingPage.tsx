// One meeting: its key facts and actions on top, then the sections Undangan, Kehadiran,
// Pembicara and Notulen as tabs.
import { Profiler, memo, useLayoutEffect, useMemo, useState, useSyncExternalStore, type ComponentType } from 'react';
import { Alert, Anchor, Badge, Button, Group, Loader, Modal, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { api, ApiError, bytesToBase64, openLink, saveFile } from '../api/client';
import { CURRENT_VERSION } from '../../../shared/domain/migrations';
import { exportFileName } from '../../../shared/text/file-name';
import { addDays, formatDayDate, formatTimeRange } from '../../../shared/domain/datetime';
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

const TABS = ['undangan', 'kehadiran', 'pembicara', 'notulen'] as const;

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
  return a.meeting === b.meeting && d.apply === e.apply && d.current === e.current && d.run === e.run && d.flush === e.flush && d.reload === e.reload && d.replace === e.replace && d.subscribe === e.subscribe;
}
const Invitations = memo(InvitationsSection, sameSection);
const Attendance = memo(AttendanceSection, sameSection);
const Speakers = memo(SpeakersSection, sameSection);
const Minutes = memo(MinutesSection, sameSection);

function LiveSection({ live, section: Section, profile }: { live: LiveValue<MeetingDoc>; section: ComponentType<SectionProps>; profile: string }) {
  const doc = useLiveValue(live);
  const meeting = useSyncExternalStore(doc.subscribe, doc.current);
  if (!meeting) return null;
  return (
    <Profiler id={profile} onRender={onProfilerRender}>
      <Section meeting={meeting} doc={doc} />
    </Profiler>
  );
}

export function MeetingPage({ id, tab }: { id: string; tab: string }) {
  const doc = useMeetingDoc(id);
  const [dupOpen, setDupOpen] = useState(false);
  const [delOpen, setDelOpen] = useState(false);
  const [dupDate, setDupDate] = useState('');
  const m = doc.meeting;
  const [live] = useState(() => createLiveValue(doc));
  useLayoutEffect(() => live.set(doc), [live, doc]);
  const loaded = m !== null;
  const tabs = useMemo(
    () =>
      loaded && (
        <Tabs value={TABS.includes(tab as (typeof TABS)[number]) ? tab : 'undangan'} onChange={(v) => v && navigate({ name: 'meeting', id, tab: v })} keepMounted={false}>
          <Tabs.List className="no-print">
            {TABS.map((k) => (
              <Tabs.Tab key={k} value={k}>
                {t.meeting.tabs[k]}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="undangan" pt="md">
            <LiveSection live={live} section={Invitations} profile="undangan" />
          </Tabs.Panel>
          <Tabs.Panel value="kehadiran" pt="md">
            <LiveSection live={live} section={Attendance} profile="kehadiran" />
          </Tabs.Panel>
          <Tabs.Panel value="pembicara" pt="md">
            <LiveSection live={live} section={Speakers} profile="pembicara" />
          </Tabs.Panel>
          <Tabs.Panel value="notulen" pt="md">
            <LiveSection live={live} section={Minutes} profile="notulen" />
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
      const copy = await api.call('meetings/duplicate', { id, date: dupDate });
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
            <Button size="compact-xs" variant="light" onClick={() => void api.call('meetings/restore', { id }).then(() => navigate({ name: 'meeting', id, tab }))}>
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
      const where = await saveFile({ fileName: exportFileName('Salinan', m.date, m.title, 'json'), mimeType: 'application/json', base64: bytesToBase64(new TextEncoder().encode(json)) });
      notifyOk(`${t.meeting.copySaved}: ${where}`);
    } catch (err) {
      notifyError(err);
    }
  };

  const statusText =
    doc.status === 'saved' ? t.meeting.saveStatusSaved : doc.status === 'pending' ? t.meeting.saveStatusPending : t.meeting.saveStatusError;

  return (
    <Stack>
      <Group justify="space-between" align="flex-start" className="no-print">
        <Stack gap={4} maw={800}>
          <Title order={2}>{m.title}</Title>
          <Text>
            {formatDayDate(m.date)} · {formatTimeRange(m.startTime, m.endTime, m.timeZone)} · {t.mode[m.mode]}
          </Text>
          {m.mode !== 'luring' && (m.platform || m.joinUrl) && (
            <Text size="sm" c="dimmed">
              {t.meeting.platformLine}: {m.platform}{' '}
              {m.joinUrl && (
                <Anchor
                  href={m.joinUrl}
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
            <Text size="sm" c="dimmed">
              {t.meeting.placeLine}: {m.location}
            </Text>
          )}
        </Stack>
        <Stack gap="xs" align="flex-end">
          <Group gap="xs">
            <Button component="a" href={routeHref({ name: 'edit-meeting', id })} variant="light">
              {t.common.edit}
            </Button>
            <Button
              variant="light"
              onClick={() => {
                setDupDate(addDays(m.date, 7));
                setDupOpen(true);
              }}
            >
              {t.meeting.duplicate}
            </Button>
            <Button variant="subtle" color="red" onClick={() => setDelOpen(true)}>
              {t.common.delete}
            </Button>
          </Group>
          <Badge variant="dot" color={doc.status === 'error' ? 'red' : doc.status === 'pending' ? 'yellow' : 'green'} data-testid="save-status">
            {statusText}
          </Badge>
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
          <TextInput type="date" label={t.meeting.duplicateDate} value={dupDate} onChange={(e) => setDupDate(e.currentTarget.value)} />
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
