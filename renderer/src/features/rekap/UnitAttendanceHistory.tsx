// A unit's attendance history on its roster page: the meetings it was invited to that took
// place, newest first, with the roles present. The core picks and counts them
// (rekap/unit-history); no chart here, so the roster does not load the chart library.
import { useEffect, useState } from 'react';
import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { api } from '../../api/client';
import type { UnitHistory } from '../../../../shared/contract/rekap';
import type { Role } from '../../../../shared/domain/roles';
import { formatPercent, rateBand, rateOf } from '../../../../shared/domain/rekap';
import { formatDateLong } from '../../../../shared/domain/datetime';
import { t } from '../../i18n';
import { routeHref } from '../../router';
import { errorText } from '../../components/notify';
import './rekap.css';

const SHOWN = 12;

export function UnitAttendanceHistory({ code, roles }: { code: string; roles: readonly Role[] }) {
  const w = t.rekap.history;
  const [history, setHistory] = useState<UnitHistory | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.call('rekap/unit-history', { code }).then(
      (h) => live && setHistory(h),
      (err) => live && setError(errorText(err)),
    );
    return () => {
      live = false;
    };
  }, [code]);

  const short = (id: string) => roles.find((r) => r.id === id)?.short ?? id;
  return (
    <Stack gap={6} mt="md" data-testid="unit-history">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {w.title}
        </Title>
        <Anchor href={routeHref({ name: 'rekap' })} size="sm">
          {w.open} →
        </Anchor>
      </Group>
      {error && <Text c="red.8">{error}</Text>}
      {history && history.entries.length === 0 && <Text size="sm">{w.none}</Text>}
      {history && history.entries.length > 0 && (
        <>
          <Text size="sm">{w.summary(history.entries.length, formatPercent(rateOf(history.total)))}</Text>
          <Table withTableBorder verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={150}>{w.date}</Table.Th>
                <Table.Th>{w.meeting}</Table.Th>
                <Table.Th w={80}>{w.present}</Table.Th>
                <Table.Th>{w.roles}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.entries.slice(0, SHOWN).map((e) => (
                <Table.Tr key={e.id} data-testid="history-row">
                  <Table.Td>{formatDateLong(e.date)}</Table.Td>
                  <Table.Td>
                    <Anchor href={routeHref({ name: 'meeting', id: e.id, tab: 'kehadiran' })} size="sm">
                      {e.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td className={`rk-b${rateBand(e.tally)}`} ta="center" fw={700}>
                    {`${e.tally.present}/${e.tally.invited}`}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {e.roles.map((r) => (
                        <Badge key={r.id} size="sm" tt="none" variant={r.present ? 'filled' : 'outline'} color={r.present ? 'green.9' : 'gray.7'}>
                          {short(r.id)}: {r.present ? w.rolePresent : w.roleAbsent}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {history.entries.length > SHOWN && (
            <Text size="xs" c="dimmed">
              {w.more(history.entries.length - SHOWN)}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
