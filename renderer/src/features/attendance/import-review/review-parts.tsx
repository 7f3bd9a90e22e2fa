// What the tabs of the import review share: the labels of units, roles and cells, how a row's
// connection and a cell read, and the result a row would have.
import { useMemo } from 'react';
import { Badge, Text } from '@mantine/core';
import type { ImportPreviewRow } from '../../../../../shared/contract/attendance';
import type { AttendanceCell } from '../../../../../shared/domain/meeting';
import { formatTime } from '../../../../../shared/domain/datetime';
import { cellId } from '../../../../../shared/domain/attendance-ops';
import { t } from '../../../i18n';
import type { GridRole, GridUnit } from '../grid-model';
import type { ImportDecisionState } from './use-import-decisions';

export interface Labels {
  unit(code: string): string;
  role(id: string): string;
  cell(unitCode: string, roleId: string): string;
}

export function useLabels(units: GridUnit[], roles: GridRole[]): Labels {
  return useMemo(() => {
    const unitLabel = new Map(units.map((u) => [u.code, u.label]));
    const roleLabel = new Map(roles.map((r) => [r.id, r.label]));
    const unit = (code: string) => unitLabel.get(code) ?? code;
    const role = (id: string) => roleLabel.get(id) ?? id;
    return { unit, role, cell: (u, r) => `${unit(u)} — ${role(r)}` };
  }, [units, roles]);
}

export function cellSummary(cell: AttendanceCell | null): string {
  if (!cell) return '–';
  const parts = [cell.status ? t.attendance.status[cell.status] : t.attendance.empty];
  if (cell.joinTime) parts.push(formatTime(cell.joinTime));
  if (cell.name) parts.push(cell.name);
  return parts.join(' · ');
}

export function joinText(row: ImportPreviewRow): string {
  const parts: string[] = [];
  if (row.firstJoin) parts.push(formatTime(row.firstJoin));
  if (row.durationMinutes !== null) parts.push(t.attendance.minutes(row.durationMinutes));
  if (row.rawRows > 1) parts.push(t.attendance.connections(row.rawRows));
  return parts.join(' · ');
}

/** What applying would do with this row's cell: fill, update, conflict, or someone else is there. */
export function RowResult({ row, d }: { row: ImportPreviewRow; d: ImportDecisionState }) {
  if (d.skip.has(row.key))
    return (
      <Text size="xs" c="dimmed">
        {t.attendance.skip}
      </Text>
    );
  const planned = d.planByCell.get(cellId(row.unitCode!, row.roleId!));
  if (!planned) return null;
  if (planned.participantKey !== row.key) {
    return (
      <Text size="xs" c="orange.8">
        {t.attendance.alsoHere(d.nameOf.get(planned.participantKey) ?? '')}
      </Text>
    );
  }
  const color = planned.effect === 'conflict' ? 'orange' : planned.effect === 'unchanged' ? 'gray' : planned.effect === 'update' ? 'blue' : 'green';
  return (
    <Badge size="sm" variant="light" color={color}>
      {t.attendance.effect[planned.effect]} · {planned.proposed.status ? t.attendance.status[planned.proposed.status] : ''}
    </Badge>
  );
}
