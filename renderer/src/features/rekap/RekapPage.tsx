// Rekap kehadiran: units x meetings as a heat map, each unit's rate and trend, the rate per
// role and per meeting (chart), the units that missed the most, and the exports. The core
// counts (rekap/get); this page only shows what it answers.
import { memo, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  MultiSelect,
  Paper,
  Progress,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { LineChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { DateField } from '../../components/DateTimeFields';
import { api, saveFile } from '../../api/client';
import {
  EMPTY_REKAP_FILTER,
  formatPercent,
  formatTrend,
  rateBand,
  rateOf,
  rateSeries,
  rekapUnitName,
  shortDate,
  type Rekap,
  type RekapFilter,
} from '../../../../shared/domain/rekap';
import { officialUnitName, sortUnits } from '../../../../shared/domain/units';
import { formatDayDate } from '../../../../shared/domain/datetime';
import { t } from '../../i18n';
import { routeHref } from '../../router';
import { errorText, notifyError, notifyOk } from '../../components/notify';
import { useStored } from '../use-stored';
import './rekap.css';
import { unitsGroupName } from '../../../../shared/domain/org-words';
import { useOrganisation } from '../units/use-organisation';

const w = t.rekap;
const ROLE_COLORS = ['blue.7', 'orange.7', 'grape.7', 'teal.7', 'pink.7', 'cyan.8', 'lime.8', 'indigo.7'];

function Stat({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={testId}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

/** Width of a meeting column in pixels; fixed, so the visible columns follow from the scroll. */
const COL_W = 44;
/** Columns rendered beyond each edge of the visible part, so a quick scroll shows no gap. */
const OVERSCAN = 6;

/**
 * The units x meetings table. Only the meeting columns in view (and a margin) are in the DOM:
 * 38 units x 500 meetings would be 19,000 cells to build and lay out, of which about 25
 * columns are ever visible. Unit, rate and trend stay fixed on the left.
 */
const HeatMap = memo(function HeatMap({ rekap }: { rekap: Rekap }) {
  const n = rekap.meetings.length;
  const [view, setView] = useState({ left: 0, width: 1200 });
  const frame = useRef(0);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setView({ left: el.scrollLeft, width: el.clientWidth });
    const onScroll = () => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(measure);
    };
    measure();
    el.addEventListener('scroll', onScroll, { passive: true });
    const ro = new ResizeObserver(onScroll);
    ro.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      ro.disconnect();
      cancelAnimationFrame(frame.current);
    };
  }, []);
  const first = Math.max(0, Math.floor(view.left / COL_W) - OVERSCAN);
  const last = Math.min(n, Math.ceil((view.left + view.width) / COL_W) + OVERSCAN);
  const meetings = rekap.meetings.slice(first, last);
  const before = first * COL_W;
  const after = (n - last) * COL_W;
  const pad = (w: number, key: string, head = false) =>
    w > 0 ? head ? <th key={key} aria-hidden className="rk-pad" style={{ width: w, minWidth: w }} /> : <td key={key} aria-hidden className="rk-pad" /> : null;

  return (
    <div className="rk-scroll" data-testid="rekap-heatmap" ref={box} tabIndex={0} role="region" aria-label={w.table.title}>
      <table className="rk-table" style={{ width: 320 + n * COL_W }} data-meetings={n} data-first={first} data-last={last}>
        <caption className="rk-caption">{w.table.hint}</caption>
        <thead>
          <tr>
            <th scope="col" className="rk-unit">
              {unitsGroupName(rekap.units)}
            </th>
            <th scope="col" className="rk-rate rk-fix1">
              {w.table.rate}
            </th>
            <th scope="col" className="rk-trend rk-fix2" title={w.table.trendHint}>
              {w.table.trend}
            </th>
            {pad(before, 'b', true)}
            {meetings.map((m, i) => (
              <th scope="col" key={m.id} className="rk-m" title={`${formatDayDate(m.date)} · ${m.title}`}>
                <span className="rk-n">{first + i + 1}</span>
                <span className="rk-d">{shortDate(m.date).slice(0, 5)}</span>
                <span className="rk-d">{m.date.slice(0, 4)}</span>
              </th>
            ))}
            {pad(after, 'a', true)}
          </tr>
        </thead>
        <tbody>
          {rekap.units.map((u) => (
            <tr key={u.code} data-unit={u.code}>
              <th scope="row" className="rk-unit">
                {rekapUnitName(u)}
              </th>
              <td className="rk-rate rk-fix1" data-testid="unit-rate">
                {formatPercent(rateOf(u.total))}
              </td>
              <td className={`rk-trend rk-fix2 ${u.trend === null ? '' : u.trend > 0.05 ? 'rk-up' : u.trend < -0.05 ? 'rk-down' : ''}`}>
                {u.trend === null ? '—' : `${u.trend > 0.05 ? '↑' : u.trend < -0.05 ? '↓' : '→'} ${formatTrend(u.trend)}`}
              </td>
              {pad(before, 'b')}
              {u.cells
                .slice(first, last)
                .map((c, j) =>
                  c ? <td key={first + j} className={`rk-b${rateBand(c)}`}>{`${c.present}/${c.invited}`}</td> : <td key={first + j} className="rk-none" />,
                )}
              {pad(after, 'a')}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="rk-unit">
              {w.table.total}
            </th>
            <td className="rk-rate rk-fix1" data-testid="total-rate">
              {formatPercent(rateOf(rekap.total))}
            </td>
            <td className="rk-trend rk-fix2" />
            {pad(before, 'b')}
            {meetings.map((m) => (
              <td key={m.id} className="rk-foot">
                {formatPercent(rateOf(m.total))}
              </td>
            ))}
            {pad(after, 'a')}
          </tr>
        </tfoot>
      </table>
    </div>
  );
});

function Legend() {
  return (
    <Group gap="xs" wrap="wrap" aria-label="Keterangan warna">
      {w.table.legend.map((label, i) => (
        <Group gap={4} key={label}>
          <span className={`rk-swatch rk-b${i}`} aria-hidden />
          <Text size="xs">{label}</Text>
        </Group>
      ))}
      <Group gap={4}>
        <span className="rk-swatch rk-none" aria-hidden />
        <Text size="xs">{w.table.notInvitedLegend}</Text>
      </Group>
    </Group>
  );
}

function RateChart({ rekap }: { rekap: Rekap }) {
  const series = useMemo(() => rateSeries(rekap), [rekap]);
  const data = useMemo(
    () =>
      series.points.map((p) => {
        const row: Record<string, number | string | null> = { label: p.label, all: pct(p.all) };
        for (const r of rekap.roles) row[r.id] = pct(p.perRole[r.id] ?? null);
        return row;
      }),
    [series, rekap.roles],
  );
  const lines = [
    { name: 'all', label: w.chartAll, color: 'dark.6' },
    ...rekap.roles.map((r, i) => ({ name: r.id, label: r.short, color: ROLE_COLORS[i % ROLE_COLORS.length] })),
  ];
  return (
    <>
      <Title order={3} size="h5" mb="xs">
        {series.byMonth ? w.chartTitleMonth : w.chartTitle}
      </Title>
      <LineChart
        h={240}
        data={data}
        dataKey="label"
        series={lines}
        withLegend
        legendProps={{ itemSorter: null, verticalAlign: 'bottom', height: 28 }}
        withDots={data.length <= 40}
        connectNulls
        curveType="linear"
        yAxisProps={{ domain: [0, 100], width: 48 }}
        valueFormatter={(v) => formatPercent(v / 100)}
        unit="%"
        data-testid="rekap-chart"
        aria-label={series.byMonth ? w.chartTitleMonth : w.chartTitle}
      />
    </>
  );
}

const pct = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);

export default function RekapPage() {
  const organisation = useOrganisation();
  const [filter, setFilter] = useState<RekapFilter>(EMPTY_REKAP_FILTER);
  const [seriesNames, setSeriesNames] = useState<string[]>([]);
  const [rekap, setRekap] = useState<Rekap | null>(null);
  const [error, setError] = useState<string | null>(null);
  const roster = useStored('roster/get').value;
  const [busy, setBusy] = useState<'xlsx' | 'docx' | null>(null);

  useEffect(() => {
    api.call('series/list', {}).then(
      (list) => setSeriesNames(list.map((x) => x.name)),
      () => setSeriesNames([]),
    );
  }, []);

  useEffect(() => {
    let live = true;
    api.call('rekap/get', filter).then(
      (r) => {
        if (!live) return;
        setRekap(r);
        setError(null);
      },
      (err) => live && setError(errorText(err)),
    );
    return () => {
      live = false;
    };
  }, [filter]);

  const unitOptions = useMemo(
    () =>
      roster
        ? sortUnits(roster.units)
            .filter((u) => filter.unitKind === 'all' || u.kind === filter.unitKind)
            .map((u) => ({ value: u.code, label: officialUnitName(u) }))
        : [],
    [roster, filter.unitKind],
  );

  const year = new Date().getFullYear();
  const preset = (from: string, to: string) => setFilter((f) => ({ ...f, from, to }));

  const exportAs = async (kind: 'xlsx' | 'docx') => {
    setBusy(kind);
    try {
      const file = await api.call(kind === 'xlsx' ? 'rekap/export-xlsx' : 'rekap/export-docx', filter);
      notifyOk(w.exported(await saveFile(file)));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
    }
  };

  // The chart follows in a render of its own, after the heat map and the rates are on screen.
  const chartRekap = useDeferredValue(rekap, null);
  const ready = rekap && !error;
  return (
    <Stack gap="md" data-testid="rekap-page">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2} style={{ flex: 1 }}>
          <Title order={2}>{w.title}</Title>
          <Text size="sm" c="dimmed">
            {w.subtitle}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button variant="light" onClick={() => void exportAs('xlsx')} loading={busy === 'xlsx'} disabled={!ready}>
            {w.exportXlsx}
          </Button>
          <Button variant="light" onClick={() => void exportAs('docx')} loading={busy === 'docx'} disabled={!ready}>
            {w.exportDocx}
          </Button>
        </Group>
      </Group>

      <Card withBorder padding="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          {/* Indonesian dates (25/05/2022) whatever the browser's language, as on every date field. */}
          <DateField label={w.filter.from} showLong={false} clearable value={filter.from} onChange={(v) => setFilter((f) => ({ ...f, from: v }))} w={150} />
          <DateField label={w.filter.to} showLong={false} clearable value={filter.to} onChange={(v) => setFilter((f) => ({ ...f, to: v }))} w={150} />
          <Group gap={0}>
            <Button size="xs" variant="subtle" onClick={() => preset(`${year}-01-01`, `${year}-12-31`)}>
              {w.filter.thisYear}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => preset(`${year - 1}-01-01`, `${year - 1}-12-31`)}>
              {w.filter.lastYear}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => preset('', '')}>
              {w.filter.everything}
            </Button>
          </Group>
          <Stack gap={2}>
            <Text size="sm" fw={500} id="rk-kind">
              {w.filter.kind}
            </Text>
            <SegmentedControl
              aria-labelledby="rk-kind"
              value={filter.unitKind}
              onChange={(v) => setFilter({ ...filter, unitKind: v as RekapFilter['unitKind'], unitCodes: [] })}
              data={[
                { value: 'all', label: w.filter.all },
                { value: 'kabupaten', label: w.filter.kabupaten },
                { value: 'kota', label: w.filter.kota },
              ]}
            />
          </Stack>
          <MultiSelect
            label={organisation.unitsWord || w.filter.units}
            placeholder={filter.unitCodes.length ? undefined : w.filter.unitsPlaceholder}
            data={unitOptions}
            value={filter.unitCodes}
            onChange={(v) => setFilter({ ...filter, unitCodes: v })}
            searchable
            clearable
            w={290}
          />
          {seriesNames.length > 0 && (
            <Select
              label={w.filter.series}
              placeholder={w.filter.seriesPlaceholder}
              data={seriesNames}
              value={filter.series || null}
              onChange={(v) => setFilter({ ...filter, series: v ?? '' })}
              searchable
              clearable
              w={290}
            />
          )}
        </Group>
      </Card>

      {error && (
        <Alert color="red" title={t.common.error} data-testid="rekap-error">
          {error}
        </Alert>
      )}

      {rekap && (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
            <Stat
              label={w.stats.meetings}
              value={String(rekap.meetings.length)}
              testId="stat-meetings"
              hint={rekap.excluded.cancelled || rekap.excluded.notYetHeld ? w.stats.excluded(rekap.excluded.cancelled, rekap.excluded.notYetHeld) : undefined}
            />
            <Stat
              label={w.stats.overall}
              value={formatPercent(rateOf(rekap.total))}
              testId="stat-overall"
              hint={w.stats.overallOf(rekap.total.present, rekap.total.invited)}
            />
            <Stat label={w.stats.units} value={String(rekap.units.length)} testId="stat-units" />
            <Paper withBorder p="sm" radius="md">
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {w.roles}
              </Text>
              <Stack gap={4} mt={4} data-testid="role-rates">
                {rekap.roles.map((r) => (
                  <div key={r.id} data-role={r.id}>
                    <Group justify="space-between" gap={4}>
                      <Text size="xs">{r.short}</Text>
                      <Text size="xs" fw={700} data-testid="role-rate">
                        {formatPercent(rateOf(r.total))}
                      </Text>
                    </Group>
                    <Progress value={(rateOf(r.total) ?? 0) * 100} size="sm" aria-label={`${r.short}: ${formatPercent(rateOf(r.total))}`} />
                  </div>
                ))}
              </Stack>
            </Paper>
          </SimpleGrid>

          {rekap.meetings.length === 0 ? (
            <Alert color="gray" data-testid="rekap-empty">
              {w.empty}
            </Alert>
          ) : (
            <>
              <Stack gap={6}>
                <Group justify="space-between">
                  <Title order={3} size="h5">
                    {w.table.title}
                  </Title>
                  <Legend />
                </Group>
                <HeatMap rekap={rekap} />
              </Stack>
              <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="sm">
                <Paper withBorder p="sm" radius="md" style={{ gridColumn: 'span 2' }}>
                  {chartRekap && chartRekap.meetings.length > 0 ? <RateChart rekap={chartRekap} /> : <Text c="dimmed">{t.common.loading}</Text>}
                </Paper>
                <Paper withBorder p="sm" radius="md">
                  <Title order={3} size="h5" mb="xs">
                    {w.mostMissed}
                  </Title>
                  {rekap.mostMissed.length === 0 ? (
                    <Text size="sm">{w.mostMissedNone}</Text>
                  ) : (
                    <Table verticalSpacing={2} fz="sm" data-testid="most-missed">
                      <Table.Tbody>
                        {rekap.mostMissed.slice(0, 7).map((m) => (
                          <Table.Tr key={m.code}>
                            <Table.Td>
                              <Anchor href={routeHref({ name: 'roster', unit: m.code })} size="sm">
                                {rekapUnitName(m)}
                              </Anchor>
                            </Table.Td>
                            <Table.Td ta="right">{w.missedOf(m.missed, m.invited)}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  )}
                </Paper>
              </SimpleGrid>
            </>
          )}
        </>
      )}
    </Stack>
  );
}
