// "Tindak lanjut rapat sebelumnya" on the Notulen tab: the open follow-ups of earlier meetings
// of the series, with each unit's status to update during the rakor (recorded as changed in
// this meeting). Once this meeting's minutes are final it shows what they keep, read-only.
import { memo, useEffect, useMemo, useState } from 'react';
import { Anchor, Badge, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { api } from '../../api/client';
import type { CarriedList } from '../../../../shared/contract/follow-ups';
import type { Unit } from '../../../../shared/domain/units';
import { isOverdue, statusCounts } from '../../../../shared/domain/follow-ups';
import { formatDateLong } from '../../../../shared/domain/datetime';
import { t } from '../../i18n';
import { routeHref } from '../../router';
import { ProgressEditor } from './ProgressEditor';
import { unitKeyLabel } from './labels';

/**
 * Given only the parts of the meeting it reads (its id, series and whether its minutes are
 * final), so typing elsewhere on the Notulen tab does not render it again.
 */
export const CarriedFollowUps = memo(function CarriedFollowUps({
  meetingId,
  series,
  final,
  units,
}: {
  meetingId: string;
  series: string;
  final: boolean;
  units: readonly Unit[];
}) {
  const [list, setList] = useState<CarriedList | null>(null);
  useEffect(() => {
    if (!series) return;
    api.call('followups/carried', { id: meetingId }).then(setList, () => setList({ carried: [], final, today: '' }));
    // Reloaded when the record is finalised or unlocked, or joins another series.
  }, [meetingId, series, final]);

  const carried = useMemo(() => list?.carried ?? [], [list]);

  return (
    <Card withBorder component="section" aria-label={t.followUps.carriedTitle} data-testid="carried-follow-ups" className="minutes-card">
      <Title order={4} mb={4}>
        {t.followUps.carriedTitle}
      </Title>
      {!series ? (
        <Text size="sm" c="dimmed">
          {t.followUps.carriedNoSeries}
        </Text>
      ) : !list ? (
        <Loader size="sm" />
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {list.final ? t.followUps.carriedFinal : t.followUps.carriedIntro}
          </Text>
          {carried.length === 0 && (
            <Text size="sm" c="dimmed">
              {t.followUps.carriedEmpty}
            </Text>
          )}
          {carried.map((c, i) => {
            const counts = statusCounts(c.progress);
            const total = Object.keys(c.progress).length;
            return (
              <Card key={`${c.meetingId}/${c.followUp.id}`} withBorder padding="sm" data-testid="carried-follow-up">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Stack gap={2}>
                    <Text fw={600} size="sm">
                      {i + 1}. {c.followUp.action || '—'}
                    </Text>
                    <Anchor size="xs" href={routeHref({ name: 'meeting', id: c.meetingId, tab: 'notulen' })}>
                      {t.followUps.fromMeeting(c.meetingTitle, formatDateLong(c.meetingDate))}
                    </Anchor>
                  </Stack>
                  <Stack gap={2} align="flex-end">
                    <Text size="sm">{c.followUp.dueDate ? formatDateLong(c.followUp.dueDate) : t.followUps.noDue}</Text>
                    <Text size="xs" data-testid="carried-progress">
                      {t.followUps.progressLine(counts.selesai, total)}
                    </Text>
                  </Stack>
                </Group>
                <Table verticalSpacing={2} mt={6} withRowBorders={false}>
                  <Table.Tbody>
                    {Object.entries(c.progress).map(([key, p]) => {
                      const label = unitKeyLabel(key, units);
                      return (
                        <Table.Tr key={key} data-unit={key}>
                          <Table.Td w={210}>
                            <Text size="sm">{label}</Text>
                            {isOverdue(c.followUp.dueDate, p.status, list.today) && (
                              <Badge color="red.8" variant="filled" size="xs">
                                {t.followUps.overdue}
                              </Badge>
                            )}
                          </Table.Td>
                          <Table.Td>
                            <ProgressEditor
                              target={{ meetingId: c.meetingId, followUpId: c.followUp.id, unitKey: key, unitLabel: label, what: c.followUp.action }}
                              progress={p}
                              readOnly={list.final}
                              changedIn={meetingId}
                              onSaved={(progress) =>
                                setList(
                                  (l) =>
                                    l && {
                                      ...l,
                                      carried: l.carried.map((x) => (x.meetingId === c.meetingId && x.followUp.id === c.followUp.id ? { ...x, progress } : x)),
                                    },
                                )
                              }
                            />
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Card>
            );
          })}
        </Stack>
      )}
    </Card>
  );
});
