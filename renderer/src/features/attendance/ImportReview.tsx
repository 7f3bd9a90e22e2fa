// The review of an imported attendance report before anything is written, in a drawer beside
// the grid: automatic rows, rows to decide, host-side rows, unknown rows to place by hand, and
// manual cells the report would change. The plan shown is the one the handler will apply.
import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Checkbox, Drawer, Group, List, Radio, ScrollArea, Select, Stack, Table, Tabs, Text } from '@mantine/core';
import type { AttendanceImportPreview, ImportPreviewRow } from '../../../../shared/contract/attendance';
import type { AttendanceCell, Meeting } from '../../../../shared/domain/meeting';
import type { Roster } from '../../../../shared/domain/roster';
import { attendeeLookups } from '../../../../shared/domain/attendee-name';
import { formatTime } from '../../../../shared/domain/datetime';
import {
  cellId,
  planAttendanceImport,
  targetsFromDecisions,
  type ImportDecisions,
  type PlannedCell,
} from '../../../../shared/domain/attendance-ops';
import { t } from '../../i18n';
import type { GridRole, GridUnit } from './grid-model';

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

const SKIP = '';

function cellSummary(cell: AttendanceCell | null): string {
  if (!cell) return '–';
  const parts = [cell.status ? t.attendance.status[cell.status] : t.attendance.empty];
  if (cell.joinTime) parts.push(formatTime(cell.joinTime));
  if (cell.name) parts.push(cell.name);
  return parts.join(' · ');
}

function joinText(row: ImportPreviewRow): string {
  const parts: string[] = [];
  if (row.firstJoin) parts.push(formatTime(row.firstJoin));
  if (row.durationMinutes !== null) parts.push(t.attendance.minutes(row.durationMinutes));
  if (row.rawRows > 1) parts.push(t.attendance.connections(row.rawRows));
  return parts.join(' · ');
}

export function ImportReview({ preview, meeting, roster, units, roles, busy, onApply, onClose }: Props) {
  const unitLabel = useMemo(() => new Map(units.map((u) => [u.code, u.label])), [units]);
  const roleLabel = useMemo(() => new Map(roles.map((r) => [r.id, r.label])), [roles]);
  const cellName = (unitCode: string, roleId: string) => `${unitLabel.get(unitCode) ?? unitCode} — ${roleLabel.get(roleId) ?? roleId}`;
  const byOutcome = (o: ImportPreviewRow['outcome']) => preview.rows.filter((r) => r.outcome === o);
  const autoRows = byOutcome('auto');
  const reviewRows = byOutcome('review');
  const hostRows = byOutcome('host');
  const unknownRows = byOutcome('unknown');
  const nameOf = useMemo(() => new Map(preview.rows.map((r) => [r.key, r.name])), [preview.rows]);

  // Earlier imports of this report placed some people already: offer that choice again.
  const [picks, setPicks] = useState<Record<string, string>>(() => {
    const out: Record<string, string> = {};
    for (const r of reviewRows) {
      const prev = preview.previous[r.key];
      out[r.key] = prev ? cellId(prev.unitCode, prev.roleId) : r.proposed ? cellId(r.proposed.unitCode, r.proposed.roleId) : SKIP;
    }
    return out;
  });
  const proposalRows = reviewRows.filter((r) => r.proposed);
  const proposalId = (r: ImportPreviewRow) => (r.proposed ? cellId(r.proposed.unitCode, r.proposed.roleId) : SKIP);
  const acceptedProposals = proposalRows.filter((r) => picks[r.key] === proposalId(r)).length;
  const acceptAll = () => {
    setPicks((p) => {
      const next = { ...p };
      for (const r of proposalRows) next[r.key] = proposalId(r);
      return next;
    });
    setTab('review');
  };
  const [hand, setHand] = useState<Record<string, { unit: string | null; role: string | null }>>(() => {
    const out: Record<string, { unit: string | null; role: string | null }> = {};
    for (const r of unknownRows) {
      const prev = preview.previous[r.key];
      const unit = prev?.unitCode ?? (r.unitCode && meeting.unitsInvited.includes(r.unitCode) ? r.unitCode : null);
      const role = prev?.roleId ?? (r.roleId && meeting.rolesInvited.includes(r.roleId) ? r.roleId : null);
      out[r.key] = { unit, role };
    }
    return out;
  });
  const [skip, setSkip] = useState<Set<string>>(() => new Set());
  const [overwrite, setOverwrite] = useState<Set<string>>(() => new Set());
  const [tab, setTab] = useState<Tab>(reviewRows.length ? 'review' : 'auto');

  const decisions: ImportDecisions = useMemo(() => {
    const assign: ImportDecisions['assign'][number][] = [];
    for (const [key, value] of Object.entries(picks)) {
      if (!value) continue;
      const [unitCode, roleId] = value.split('|');
      assign.push({ key, unitCode, roleId });
    }
    for (const [key, { unit, role }] of Object.entries(hand)) if (unit && role) assign.push({ key, unitCode: unit, roleId: role });
    return { assign, skip: [...skip], overwrite: [...overwrite] };
  }, [picks, hand, skip, overwrite]);

  const plan = useMemo(
    () =>
      planAttendanceImport(meeting, targetsFromDecisions(preview.rows, decisions), {
        clockTrusted: preview.clockTrusted,
        ...attendeeLookups(roster),
      }),
    [meeting, preview, decisions, roster],
  );
  const planByCell = useMemo(() => new Map(plan.cells.map((c) => [cellId(c.unitCode, c.roleId), c])), [plan]);
  const conflicts = plan.cells.filter((c) => c.effect === 'conflict');
  const count = (e: PlannedCell['effect']) => plan.cells.filter((c) => c.effect === e).length;
  const overwritten = conflicts.filter((c) => overwrite.has(cellId(c.unitCode, c.roleId))).length;
  const fill = count('fill');
  const update = count('update');
  const writes = fill + update + overwritten;
  const openReviews = reviewRows.filter((r) => !picks[r.key]).length;

  /** A cell something else already fills (the grid now, or another row of this report). */
  const occupied = (unitCode: string, roleId: string, key: string) => {
    const planned = planByCell.get(cellId(unitCode, roleId));
    if (planned && planned.participantKey !== key) return true;
    const current = meeting.attendance[unitCode]?.cells[roleId];
    return !!current?.status && !planned;
  };

  const unitOptions = useMemo(() => units.map((u) => ({ value: u.code, label: `${u.label} (${u.code})` })), [units]);
  const roleOptions = useMemo(() => roles.map((r) => ({ value: r.id, label: r.label })), [roles]);

  const resultOf = (row: ImportPreviewRow) => {
    if (skip.has(row.key)) return <Text size="xs" c="dimmed">{t.attendance.skip}</Text>;
    const planned = planByCell.get(cellId(row.unitCode!, row.roleId!));
    if (!planned) return null;
    if (planned.participantKey !== row.key) {
      return (
        <Text size="xs" c="orange.8">
          {t.attendance.alsoHere(nameOf.get(planned.participantKey) ?? '')}
        </Text>
      );
    }
    const color = planned.effect === 'conflict' ? 'orange' : planned.effect === 'unchanged' ? 'gray' : planned.effect === 'update' ? 'blue' : 'green';
    return (
      <Badge size="sm" variant="light" color={color}>
        {t.attendance.effect[planned.effect]} · {planned.proposed.status ? t.attendance.status[planned.proposed.status] : ''}
      </Badge>
    );
  };

  const tabLabel = (label: string, n: number) => `${label} (${n})`;

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
        <Text size="sm" data-testid="import-facts">
          {t.attendance.reviewFacts(preview.formatLabel, preview.rawRowCount, preview.participantCount)}
        </Text>
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
            <Tabs.Tab value="auto">{tabLabel(t.attendance.tabAuto, autoRows.length)}</Tabs.Tab>
            <Tabs.Tab value="review" color="orange">
              {tabLabel(t.attendance.tabReview, reviewRows.length)}
            </Tabs.Tab>
            <Tabs.Tab value="host" color="gray">
              {tabLabel(t.attendance.tabHost, hostRows.length)}
            </Tabs.Tab>
            <Tabs.Tab value="unknown" color="gray">
              {tabLabel(t.attendance.tabUnknown, unknownRows.length)}
            </Tabs.Tab>
            <Tabs.Tab value="conflict" color="red">
              {tabLabel(t.attendance.tabConflict, conflicts.length)}
            </Tabs.Tab>
          </Tabs.List>

          <Tabs.Panel value="auto" pt="xs">
            <Text size="sm" c="dimmed" mb="xs">
              {t.attendance.autoIntro}
            </Text>
            <ScrollArea.Autosize mah="calc(100vh - 300px)">
              <Table striped highlightOnHover stickyHeader>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={70}>{t.attendance.colApply}</Table.Th>
                    <Table.Th>{t.attendance.colReportName}</Table.Th>
                    <Table.Th>{t.attendance.colUnit}</Table.Th>
                    <Table.Th>{t.attendance.colRole}</Table.Th>
                    <Table.Th>{t.attendance.colJoin}</Table.Th>
                    <Table.Th>{t.attendance.colResult}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {autoRows.map((r) => (
                    <Table.Tr key={r.key}>
                      <Table.Td>
                        <Checkbox
                          aria-label={t.attendance.applyRow(r.name)}
                          checked={!skip.has(r.key)}
                          onChange={(e) => {
                            const on = e.currentTarget.checked;
                            setSkip((s) => {
                              const n = new Set(s);
                              if (on) n.delete(r.key);
                              else n.add(r.key);
                              return n;
                            });
                          }}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{r.name}</Text>
                        {(r.email || r.details || r.reason) && (
                          <Text size="xs" c="dimmed">
                            {[r.email, r.details, r.reason].filter(Boolean).join(' · ')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{unitLabel.get(r.unitCode!) ?? r.unitCode}</Table.Td>
                      <Table.Td>{roleLabel.get(r.roleId!) ?? r.roleId}</Table.Td>
                      <Table.Td className="rakor-tabular">{joinText(r)}</Table.Td>
                      <Table.Td>{resultOf(r)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {autoRows.length === 0 && <Text c="dimmed" size="sm">{t.attendance.emptyTab}</Text>}
            </ScrollArea.Autosize>
          </Tabs.Panel>

          <Tabs.Panel value="review" pt="xs">
            <Group justify="space-between" mb="xs" wrap="nowrap">
              <Text size="sm" c="dimmed">
                {t.attendance.reviewIntro}
              </Text>
              {proposalRows.length > 0 && (
                <Button size="compact-sm" variant="light" onClick={acceptAll} data-testid="accept-proposals">
                  {t.attendance.acceptAll(proposalRows.length)}
                </Button>
              )}
            </Group>
            <ScrollArea.Autosize mah="calc(100vh - 300px)">
              <Stack gap="sm">
                {reviewRows.map((r) => (
                  <Radio.Group
                    key={r.key}
                    name={`review-${r.key}`}
                    label={
                      r.proposed ? (
                        <Group gap={6} component="span">
                          <span>{r.name}</span>
                          <Badge size="xs" variant="light" color="teal" component="span">
                            {t.attendance.proposal}
                          </Badge>
                        </Group>
                      ) : (
                        r.name
                      )
                    }
                    description={[r.email, r.details, joinText(r), r.reason, r.proposed ? `${t.attendance.proposal}: ${r.proposed.reason}` : '']
                      .filter(Boolean)
                      .join(' · ')}
                    value={picks[r.key] ?? SKIP}
                    onChange={(v) => setPicks((p) => ({ ...p, [r.key]: v }))}
                    data-testid="review-row"
                  >
                    <Group gap="md" mt={6}>
                      {r.candidates.map((c) => {
                        const id = cellId(c.unitCode, c.roleId);
                        const taken = picks[r.key] !== id && occupied(c.unitCode, c.roleId, r.key);
                        const mark = [id === proposalId(r) ? t.attendance.proposalMark : '', taken ? t.attendance.taken : ''].filter(Boolean).join(', ');
                        return <Radio key={id} value={id} label={cellName(c.unitCode, c.roleId) + (mark ? ` (${mark})` : '')} />;
                      })}
                      <Radio value={SKIP} label={t.attendance.skip} />
                    </Group>
                  </Radio.Group>
                ))}
                {reviewRows.length === 0 && <Text c="dimmed" size="sm">{t.attendance.emptyTab}</Text>}
              </Stack>
            </ScrollArea.Autosize>
          </Tabs.Panel>

          <Tabs.Panel value="host" pt="xs">
            <Text size="sm" c="dimmed" mb="xs">
              {t.attendance.hostIntro}
            </Text>
            <ScrollArea.Autosize mah="calc(100vh - 300px)">
              <Table striped>
                <Table.Tbody>
                  {hostRows.map((r) => (
                    <Table.Tr key={r.key}>
                      <Table.Td>
                        <Text size="sm">{r.name}</Text>
                        {r.email && <Text size="xs" c="dimmed">{r.email}</Text>}
                      </Table.Td>
                      <Table.Td className="rakor-tabular">{joinText(r)}</Table.Td>
                      <Table.Td>
                        <Text size="xs" c="dimmed">
                          {r.reason}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {hostRows.length === 0 && <Text c="dimmed" size="sm">{t.attendance.emptyTab}</Text>}
            </ScrollArea.Autosize>
          </Tabs.Panel>

          <Tabs.Panel value="unknown" pt="xs">
            <Text size="sm" c="dimmed" mb="xs">
              {t.attendance.unknownIntro}
            </Text>
            <ScrollArea.Autosize mah="calc(100vh - 300px)">
              <Table>
                <Table.Tbody>
                  {unknownRows.map((r) => {
                    const h = hand[r.key] ?? { unit: null, role: null };
                    return (
                      <Table.Tr key={r.key}>
                        <Table.Td>
                          <Text size="sm">{r.name}</Text>
                          <Text size="xs" c="dimmed">
                            {r.email ? `${r.email} · ` : ''}
                            {joinText(r)} · {r.reason}
                          </Text>
                        </Table.Td>
                        <Table.Td w={260}>
                          <Select
                            aria-label={t.attendance.unitFor(r.name)}
                            placeholder={t.attendance.pickUnit}
                            data={unitOptions}
                            value={h.unit}
                            onChange={(v) => setHand((s) => ({ ...s, [r.key]: { ...h, unit: v } }))}
                            searchable
                            clearable
                            size="xs"
                            comboboxProps={{ withinPortal: true }}
                          />
                        </Table.Td>
                        <Table.Td w={200}>
                          <Select
                            aria-label={t.attendance.roleFor(r.name)}
                            placeholder={t.attendance.pickRole}
                            data={roleOptions}
                            value={h.role}
                            onChange={(v) => setHand((s) => ({ ...s, [r.key]: { ...h, role: v } }))}
                            clearable
                            size="xs"
                          />
                        </Table.Td>
                        <Table.Td w={140}>{h.unit && h.role ? resultOf({ ...r, unitCode: h.unit, roleId: h.role }) : null}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
              {unknownRows.length === 0 && <Text c="dimmed" size="sm">{t.attendance.emptyTab}</Text>}
            </ScrollArea.Autosize>
          </Tabs.Panel>

          <Tabs.Panel value="conflict" pt="xs">
            <Group justify="space-between" mb="xs">
              <Text size="sm" c="dimmed">
                {t.attendance.conflictIntro}
              </Text>
              {conflicts.length > 0 && (
                <Group gap="xs">
                  <Button size="compact-xs" variant="light" onClick={() => setOverwrite(new Set(conflicts.map((c) => cellId(c.unitCode, c.roleId))))}>
                    {t.attendance.overwriteAll}
                  </Button>
                  <Button size="compact-xs" variant="subtle" onClick={() => setOverwrite(new Set())}>
                    {t.attendance.overwriteNone}
                  </Button>
                </Group>
              )}
            </Group>
            <ScrollArea.Autosize mah="calc(100vh - 300px)">
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={70}>{t.attendance.colOverwrite}</Table.Th>
                    <Table.Th>{t.attendance.colUnit}</Table.Th>
                    <Table.Th>{t.attendance.colNow}</Table.Th>
                    <Table.Th>{t.attendance.colFromReport}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {conflicts.map((c) => {
                    const id = cellId(c.unitCode, c.roleId);
                    return (
                      <Table.Tr key={id}>
                        <Table.Td>
                          <Checkbox
                            aria-label={t.attendance.overwriteCell(unitLabel.get(c.unitCode) ?? c.unitCode, roleLabel.get(c.roleId) ?? c.roleId)}
                            checked={overwrite.has(id)}
                            onChange={(e) => {
                              const on = e.currentTarget.checked;
                              setOverwrite((s) => {
                                const n = new Set(s);
                                if (on) n.add(id);
                                else n.delete(id);
                                return n;
                              });
                            }}
                          />
                        </Table.Td>
                        <Table.Td>{cellName(c.unitCode, c.roleId)}</Table.Td>
                        <Table.Td>
                          {cellSummary(c.current)} <Text span size="xs" c="dimmed">({t.attendance.manualValue})</Text>
                        </Table.Td>
                        <Table.Td>
                          {cellSummary(c.proposed)}
                          {c.proposed.name !== nameOf.get(c.participantKey) && (
                            <Text size="xs" c="dimmed">
                              {nameOf.get(c.participantKey)}
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
              {conflicts.length === 0 && <Text c="dimmed" size="sm">{t.attendance.emptyTab}</Text>}
            </ScrollArea.Autosize>
          </Tabs.Panel>
        </Tabs>

        <Group justify="space-between" align="flex-end" pt="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
          <Stack gap={0} data-testid="import-plan">
            {writes > 0 ? (
              <Text size="sm" fw={600}>
                {t.attendance.planLine(fill, update, overwritten)}
              </Text>
            ) : (
              <Text size="sm" fw={600}>
                {t.attendance.planNothing}
              </Text>
            )}
            {conflicts.length - overwritten > 0 && <Text size="xs" c="dimmed">{t.attendance.planKept(conflicts.length - overwritten)}</Text>}
            {proposalRows.length > 0 && <Text size="xs" c="dimmed" data-testid="import-proposals">{t.attendance.planProposals(acceptedProposals, proposalRows.length)}</Text>}
            {openReviews > 0 && <Text size="xs" c="orange.8">{t.attendance.planOpen(openReviews)}</Text>}
          </Stack>
          <Group>
            <Button variant="subtle" onClick={onClose}>
              {t.common.cancel}
            </Button>
            <Button onClick={() => onApply(decisions)} loading={busy} disabled={writes === 0}>
              {t.attendance.apply}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Drawer>
  );
}
