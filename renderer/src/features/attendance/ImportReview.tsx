// The review of an imported attendance report before anything is written, in a drawer beside
// the grid: automatic rows, rows to decide, host-side rows, unknown rows to place by hand, and
// manual cells the report would change. The plan shown is the one the handler will apply.
// Each tab is its own component (import-review/); the decisions live in useImportDecisions.
import { useState } from 'react';
import { Alert, Button, Drawer, Group, List, Stack, Tabs, Text } from '@mantine/core';
import type { AttendanceImportPreview } from '../../../../shared/contract/attendance';
import type { Meeting } from '../../../../shared/domain/meeting';
import type { Roster } from '../../../../shared/domain/roster';
import { formatTime } from '../../../../shared/domain/datetime';
import type { ImportDecisions } from '../../../../shared/domain/attendance-ops';
import { t } from '../../i18n';
import type { GridRole, GridUnit } from './grid-model';
import { useImportDecisions } from './import-review/use-import-decisions';
import { useLabels } from './import-review/review-parts';
import { AutoRowsTab } from './import-review/AutoRowsTab';
import { ReviewRowsTab } from './import-review/ReviewRowsTab';
import { HostRowsTab } from './import-review/HostRowsTab';
import { UnknownRowsTab } from './import-review/UnknownRowsTab';
import { ConflictsTab } from './import-review/ConflictsTab';

interface Props {
  preview: AttendanceImportPreview;
  meeting: Meeting;
  roster: Roster;
  units: GridUnit[];
  roles: GridRole[];
  busy: boolean;
  onApply(decisions: ImportDecisions): void;
  onClose(): void;
}

type Tab = 'auto' | 'review' | 'host' | 'unknown' | 'conflict';

/** How the file was read and which meeting it says it is, e.g. "Terbaca sebagai UTF-8, pemisah titik koma (;) · …". */
function sourceText(preview: AttendanceImportPreview): string {
  const a = t.attendance;
  const parts = [a.reviewReadAs(preview.encoding, preview.delimiter === null ? null : (a.delimiterName[preview.delimiter] ?? preview.delimiter))];
  const info = preview.meetingInfo;
  if (info) {
    const said = [
      info.title ? `“${info.title}”` : '',
      info.meetingId ? a.reviewMeetingId(info.meetingId) : '',
      info.start ? a.reviewMeetingStart(info.start) : '',
    ].filter(Boolean);
    if (said.length) parts.push(a.reviewReportMeeting(said.join(', ')));
  }
  return parts.join(' · ');
}

export function ImportReview({ preview, meeting, roster, units, roles, busy, onApply, onClose }: Props) {
  const labels = useLabels(units, roles);
  const d = useImportDecisions(preview, meeting, roster);
  const [tab, setTab] = useState<Tab>(d.reviewRows.length ? 'review' : 'auto');
  const acceptAll = () => {
    d.acceptAll();
    setTab('review');
  };
  const tabs: [Tab, string, number, string | undefined][] = [
    ['auto', t.attendance.tabAuto, d.autoRows.length, undefined],
    ['review', t.attendance.tabReview, d.reviewRows.length, 'orange'],
    ['host', t.attendance.tabHost, d.hostRows.length, 'gray'],
    ['unknown', t.attendance.tabUnknown, d.unknownRows.length, 'gray'],
    ['conflict', t.attendance.tabConflict, d.conflicts.length, 'red'],
  ];

  return (
    <Drawer
      opened
      onClose={onClose}
      title={t.attendance.reviewTitle(preview.fileName)}
      position="right"
      size="60rem"
      closeOnClickOutside={false}
      overlayProps={{ backgroundOpacity: 0.25 }}
      styles={{ title: { fontWeight: 700 } }}
    >
      <Stack gap="sm">
        <Stack gap={2}>
          <Text size="sm" data-testid="import-facts">
            {t.attendance.reviewFacts(preview.formatLabel, preview.rawRowCount, preview.participantCount)}
          </Text>
          <Text size="xs" c="dimmed" data-testid="import-source">
            {sourceText(preview)}
          </Text>
        </Stack>
        {!preview.clockTrusted && (
          <Alert color="yellow" p="xs">
            <Text size="sm">{t.attendance.reviewClockWarning(`${formatTime(meeting.startTime)} ${meeting.timeZone}`)}</Text>
          </Alert>
        )}
        {preview.warnings.length > 0 && (
          <Alert color="yellow" p="xs" title={t.attendance.reviewWarnings}>
            <List size="xs">
              {preview.warnings.map((w) => (
                <List.Item key={w}>{w}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Tabs value={tab} onChange={(v) => v && setTab(v as Tab)} keepMounted={false}>
          <Tabs.List>
            {tabs.map(([value, label, n, color]) => (
              <Tabs.Tab key={value} value={value} color={color}>
                {`${label} (${n})`}
              </Tabs.Tab>
            ))}
          </Tabs.List>

          <Tabs.Panel value="auto" pt="xs">
            <AutoRowsTab d={d} labels={labels} />
          </Tabs.Panel>
          <Tabs.Panel value="review" pt="xs">
            <ReviewRowsTab d={d} labels={labels} onAcceptAll={acceptAll} />
          </Tabs.Panel>
          <Tabs.Panel value="host" pt="xs">
            <HostRowsTab d={d} />
          </Tabs.Panel>
          <Tabs.Panel value="unknown" pt="xs">
            <UnknownRowsTab d={d} units={units} roles={roles} />
          </Tabs.Panel>
          <Tabs.Panel value="conflict" pt="xs">
            <ConflictsTab d={d} labels={labels} />
          </Tabs.Panel>
        </Tabs>

        <Group justify="space-between" align="flex-end" pt="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
          <Stack gap={0} data-testid="import-plan">
            {d.writes > 0 ? (
              <Text size="sm" fw={600}>
                {t.attendance.planLine(d.fill, d.update, d.overwritten)}
              </Text>
            ) : (
              <Text size="sm" fw={600}>
                {t.attendance.planNothing}
              </Text>
            )}
            {d.conflicts.length - d.overwritten > 0 && (
              <Text size="xs" c="dimmed">
                {t.attendance.planKept(d.conflicts.length - d.overwritten)}
              </Text>
            )}
            {d.proposalRows.length > 0 && (
              <Text size="xs" c="dimmed" data-testid="import-proposals">
                {t.attendance.planProposals(d.acceptedProposals, d.proposalRows.length)}
              </Text>
            )}
            {d.openReviews > 0 && (
              <Text size="xs" c="orange.8">
                {t.attendance.planOpen(d.openReviews)}
              </Text>
            )}
          </Stack>
          <Group>
            <Button variant="subtle" onClick={onClose}>
              {t.common.cancel}
            </Button>
            <Button onClick={() => onApply(d.decisions)} loading={busy} disabled={d.writes === 0}>
              {t.attendance.apply}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Drawer>
  );
}
