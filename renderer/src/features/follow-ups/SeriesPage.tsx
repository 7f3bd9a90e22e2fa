// A series page: its meetings in the order they are held, each with its minutes' status, the
// units present out of those invited, and its follow-ups still open.
import { useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { api } from '../../api/client';
import type { SeriesInfo } from '../../../../shared/contract/follow-ups';
import { formatDayDate } from '../../../../shared/domain/datetime';
import { errorText } from '../../components/notify';
import { t } from '../../i18n';
import { routeHref } from '../../router';

function percent(present: number, invited: number): string {
  if (!invited) return '0';
  return (Math.round((present / invited) * 1000) / 10).toLocaleString('id-ID');
}

export function SeriesPage({ name }: { name: string }) {
  const [info, setInfo] = useState<SeriesInfo | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.call('series/get', { name }).then(setInfo, setError);
  }, [name]);

  if (error) return <Alert color="red">{errorText(error)}</Alert>;
  if (!info) return <Loader />;
  const c = t.followUps.seriesCols;
  return (
    <Stack maw={1100}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{t.followUps.seriesTitle(info.name)}</Title>
          <Text size="sm" c="dimmed">
            {t.followUps.seriesIntro}
          </Text>
        </Stack>
        <Button component="a" variant="light" href={routeHref({ name: 'follow-ups', series: info.name })}>
          {t.followUps.seriesFollowUps}
        </Button>
      </Group>
      <Table withTableBorder striped verticalSpacing={6} data-testid="series-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={50}>{c.no}</Table.Th>
            <Table.Th w={230}>{c.date}</Table.Th>
            <Table.Th>{c.title}</Table.Th>
            <Table.Th w={100}>{c.minutes}</Table.Th>
            <Table.Th w={170}>{c.attendance}</Table.Th>
            <Table.Th w={170}>{c.open}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {info.meetings.map((m, i) => (
            <Table.Tr key={m.summary.id} data-testid="series-row">
              <Table.Td>{i + 1}.</Table.Td>
              <Table.Td>{formatDayDate(m.summary.date)}</Table.Td>
              <Table.Td>
                <Anchor href={routeHref({ name: 'meeting', id: m.summary.id, tab: 'notulen' })}>{m.summary.title}</Anchor>
                {m.summary.status === 'batal' && (
                  <Badge ml="xs" color="red.8" variant="light">
                    {t.meetings.cancelled}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Badge
                  color={m.summary.minutesStatus === 'final' ? 'teal.9' : 'yellow'}
                  variant={m.summary.minutesStatus === 'final' ? 'filled' : 'filled'}
                  c={m.summary.minutesStatus === 'final' ? undefined : 'dark'}
                >
                  {t.followUps.minutesStatus[m.summary.minutesStatus]}
                </Badge>
              </Table.Td>
              <Table.Td data-testid="series-attendance">
                {t.followUps.attendanceRate(m.unitsPresent, m.unitsInvited, percent(m.unitsPresent, m.unitsInvited))}
              </Table.Td>
              <Table.Td data-testid="series-open">
                {m.followUps ? (
                  <Anchor href={routeHref({ name: 'follow-ups', meetingId: m.summary.id })}>{t.followUps.openOf(m.openFollowUps, m.followUps)}</Anchor>
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
