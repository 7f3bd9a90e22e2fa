// A unit's report answers from meeting to meeting, on its roster page: one table per series
// (and one for the meetings outside any series, by item name), items down, meetings across,
// a changed answer marked. The core picks the meetings and lines the answers up
// (unit-reports/history); the page never loads every meeting itself.
import { useEffect, useState } from 'react';
import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { api } from '../../api/client';
import type { UnitReportHistory as History } from '../../../../shared/contract/unit-reports';
import { formatDateLong } from '../../../../shared/domain/datetime';
import { t } from '../../i18n';
import { routeHref } from '../../router';
import { errorText } from '../../components/notify';
import './unit-reports.css';
import { itemAt } from '../../../../shared/indexed';

/** The latest meetings of a group that fit beside the item names. */
const SHOWN = 6;

export function UnitReportHistory({ code }: { code: string }) {
  const w = t.unitReports.history;
  const [history, setHistory] = useState<History | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.call('unit-reports/history', { code }).then(
      (h) => live && setHistory(h),
      (err) => live && setError(errorText(err)),
    );
    return () => {
      live = false;
    };
  }, [code]);

  if (!history && !error) return null;
  return (
    <Stack gap={6} mt="md" data-testid="unit-report-history">
      <Title order={3} size="h4">
        {w.title}
      </Title>
      {error && <Text c="red.8">{error}</Text>}
      {history && history.groups.length === 0 && <Text size="sm">{w.none}</Text>}
      {history?.groups.map((g) => {
        const from = Math.max(0, g.meetings.length - SHOWN);
        const meetings = g.meetings.slice(from);
        return (
          <Stack key={g.series || '-'} gap={4}>
            <Text size="sm" fw={600}>
              {g.series ? <Anchor href={routeHref({ name: 'series', series: g.series })}>{g.series}</Anchor> : w.looseSeries}
            </Text>
            <Table withTableBorder withColumnBorders verticalSpacing={4} fz="sm" className="rep-history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{w.item}</Table.Th>
                  {meetings.map((m) => (
                    <Table.Th key={m.id}>
                      <Anchor href={routeHref({ name: 'meeting', id: m.id, tab: 'isian' })} size="xs" title={m.title}>
                        {formatDateLong(m.date)}
                      </Anchor>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {g.rows.map((r) => (
                  <Table.Tr key={r.name} data-testid="unit-report-history-row">
                    <Table.Td>{r.name}</Table.Td>
                    {r.values.slice(from).map((v, i) => (
                      <Table.Td
                        key={itemAt(meetings, i).id}
                        className={r.changed[from + i] ? 'rep-changed' : undefined}
                        title={r.changed[from + i] ? w.changed : undefined}
                        ta={r.type === 'angka' ? 'right' : undefined}
                      >
                        {v === null ? (
                          <Text span size="xs" c="dimmed">
                            {w.notAsked}
                          </Text>
                        ) : (
                          v || w.unanswered
                        )}
                        {r.changed[from + i] && (
                          <span className="rep-changed-mark" aria-label={w.changed}>
                            {' '}
                            ▲
                          </span>
                        )}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        );
      })}
    </Stack>
  );
}
