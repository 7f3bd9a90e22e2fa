// The follow-ups page: every follow-up still open, across meetings, one row per unit that must
// act, by unit and due date, the overdue ones marked; filtered by meeting, series or unit, and
// exported as .xlsx with the same filter. Each row's status and note can be updated here.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Anchor, Badge, Button, Checkbox, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { api, saveFile } from '../../api/client';
import type { FollowUpList, SeriesListItem } from '../../../../shared/contract/follow-ups';
import type { FollowUpFilter } from '../../../../shared/domain/follow-ups';
import { formatDateLong } from '../../../../shared/domain/datetime';
import { sortUnits } from '../../../../shared/domain/units';
import { notifyError, notifyOk } from '../../components/notify';
import { t } from '../../i18n';
import { useOrganisation } from '../units/use-organisation';
import { routeHref } from '../../router';
import { ProgressEditor } from './ProgressEditor';
import { unitKeyLabel } from './labels';
import { useStored } from '../use-stored';

const PAGE_ROWS = 200;

export function FollowUpsPage({ meetingId, series }: { meetingId?: string; series?: string }) {
  const [filter, setFilter] = useState<FollowUpFilter>(() => ({ ...(meetingId ? { meetingId } : {}), ...(series ? { series } : {}) }));
  const [list, setList] = useState<FollowUpList | null>(null);
  const organisation = useOrganisation();
  const [seriesList, setSeriesList] = useState<SeriesListItem[]>([]);
  const roster = useStored('roster/get').value;
  const [busy, setBusy] = useState(false);
  // Years of open follow-ups run to thousands of rows: they are drawn a page at a time.
  const [shown, setShown] = useState(PAGE_ROWS);

  const load = useCallback(() => {
    api.call('followups/list', filter).then(setList, (err) => {
      notifyError(err);
      setList({ rows: [], today: '', meetings: [] });
    });
  }, [filter]);
  useEffect(load, [load]);
  useEffect(() => {
    api.call('series/list', {}).then(setSeriesList, () => setSeriesList([]));
  }, []);

  const units = useMemo(() => sortUnits(roster?.units ?? []), [roster]);
  const unitOptions = [
    { value: 'provinsi', label: t.followUps.provinceOption(organisation.organizerName) },
    ...units.map((u) => ({ value: u.code, label: unitKeyLabel(u.code, units) })),
  ];

  const exportXlsx = async () => {
    setBusy(true);
    try {
      const file = await api.call('followups/export-xlsx', filter);
      const where = await saveFile(file);
      if (where) notifyOk(`${t.followUps.exported}: ${where}`);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const set = (patch: Partial<FollowUpFilter>) => {
    setFilter((f) => {
      const next = { ...f, ...patch };
      for (const k of Object.keys(next) as Array<keyof FollowUpFilter>) if (next[k] === undefined || next[k] === '') delete next[k];
      return next;
    });
  };

  const rows = list?.rows ?? [];
  const overdue = rows.filter((r) => r.overdue).length;

  return (
    <Stack maw={1180}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{t.followUps.title}</Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t.followUps.intro}
          </Text>
        </Stack>
        <Button onClick={exportXlsx} loading={busy}>
          {t.followUps.exportXlsx}
        </Button>
      </Group>
      <Group align="flex-end" gap="sm">
        <Select
          label={t.followUps.filterMeeting}
          placeholder={t.followUps.allMeetings}
          data={(list?.meetings ?? []).map((m) => ({ value: m.id, label: `${m.title} (${formatDateLong(m.date)})` }))}
          value={filter.meetingId ?? null}
          clearable
          searchable
          w={340}
          onChange={(v) => set({ meetingId: v ?? undefined })}
        />
        <Select
          label={t.followUps.filterSeries}
          placeholder={t.followUps.allSeries}
          data={seriesList.map((s) => ({ value: s.name, label: s.name }))}
          value={filter.series ?? null}
          clearable
          w={260}
          onChange={(v) => set({ series: v ?? undefined })}
        />
        <Select
          label={t.followUps.filterUnit}
          placeholder={t.followUps.allUnits}
          data={unitOptions}
          value={filter.unitKey ?? null}
          clearable
          searchable
          w={240}
          onChange={(v) => set({ unitKey: v ?? undefined })}
        />
        <Checkbox
          label={t.followUps.includeDone}
          checked={Boolean(filter.includeDone)}
          onChange={(e) => set({ includeDone: e.currentTarget.checked || undefined })}
          mb={8}
        />
      </Group>
      {!list ? (
        <Loader />
      ) : rows.length === 0 ? (
        <Text c="dimmed" data-testid="follow-ups-empty">
          {t.followUps.empty}
        </Text>
      ) : (
        <>
          <Group gap="xs">
            <Text size="sm" data-testid="follow-ups-count">
              {t.followUps.count(rows.length)}
            </Text>
            {overdue > 0 && (
              <Badge color="red.8" variant="filled">
                {t.followUps.overdueCount(overdue)}
              </Badge>
            )}
          </Group>
          <Table verticalSpacing={6} striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={200}>{t.followUps.colUnit}</Table.Th>
                <Table.Th>{t.followUps.colAction}</Table.Th>
                <Table.Th w={160}>{t.followUps.colDue}</Table.Th>
                <Table.Th w={380}>
                  {t.followUps.colStatus} / {t.followUps.colNote}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.slice(0, shown).map((r, i) => {
                const label = unitKeyLabel(r.unitKey, units);
                const first = i === 0 || rows[i - 1]!.unitKey !== r.unitKey;
                return (
                  <Table.Tr key={`${r.meetingId}/${r.followUpId}/${r.unitKey}`} data-testid="follow-up-tracker-row" data-unit={r.unitKey}>
                    <Table.Td valign="top">
                      <Text size="sm" fw={first ? 600 : 400} c={first ? undefined : 'dimmed'}>
                        {label}
                      </Text>
                    </Table.Td>
                    <Table.Td valign="top">
                      <Text size="sm">{r.action || '—'}</Text>
                      <Anchor size="xs" href={routeHref({ name: 'meeting', id: r.meetingId, tab: 'notulen' })}>
                        {t.followUps.fromMeeting(r.meetingTitle, formatDateLong(r.meetingDate))}
                      </Anchor>
                    </Table.Td>
                    <Table.Td valign="top">
                      <Text size="sm">{r.dueDate ? formatDateLong(r.dueDate) : t.followUps.noDue}</Text>
                      {r.overdue && (
                        <Badge color="red.8" variant="filled" size="sm" data-testid="overdue">
                          {t.followUps.overdue}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td valign="top">
                      <ProgressEditor
                        target={{ meetingId: r.meetingId, followUpId: r.followUpId, unitKey: r.unitKey, unitLabel: label, what: r.action }}
                        progress={r.progress}
                        onSaved={() => {
                          notifyOk(t.followUps.saved);
                          load();
                        }}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {rows.length > shown && (
            <Button variant="light" onClick={() => setShown((n) => n + PAGE_ROWS)} data-testid="follow-ups-more">
              {t.followUps.showMore(Math.min(PAGE_ROWS, rows.length - shown), rows.length - shown)}
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}
