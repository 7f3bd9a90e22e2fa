// The attendance grid: one row per invited unit, one column per invited role plus a note.
// One cell is active (roving tabindex, visible ring); the keys work on it. Rows are memoised
// and receive their unit's attendance object, which a change replaces only for the unit it
// touched, so one edit re-renders one row even with 514 units.
import { memo, useCallback, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { Table, Text } from '@mantine/core';
import type { UnitAttendance } from '../../../../shared/domain/meeting';
import { formatTime } from '../../../../shared/domain/datetime';
import { t } from '../../i18n';
import { columnKind, keyAction, type GridAction, type GridRole, type GridUnit } from './grid-model';
import './attendance.css';
import { itemAt } from '../../../../shared/indexed';

export interface ActiveCell {
  code: string;
  col: number;
}

interface GridProps {
  units: GridUnit[];
  /** What the units are called in the column heading ("KPU Kabupaten/Kota", "KPU Provinsi", "PPK"). */
  unitsWord?: string;
  roles: GridRole[];
  attendance: Record<string, UnitAttendance>;
  active: ActiveCell;
  onActiveChange(cell: ActiveCell): void;
  /** A key action on a cell that is not navigation (status, clear, edit, undo, filter). */
  onAction(action: GridAction, unit: GridUnit, col: number): void;
  emptyText: string;
  /** Changes when something above the grid folds or unfolds, so the grid fits the window again. */
  fitKey?: string;
}

function cellText(unit: GridUnit, role: GridRole, ua: UnitAttendance | undefined): string {
  const cell = ua?.cells[role.id];
  const parts = [`${t.attendance.cellLabel(unit.label, role.label)}: ${cell?.status ? t.attendance.status[cell.status] : t.attendance.empty}`];
  if (cell?.name) parts.push(cell.name);
  if (cell?.joinTime) parts.push(t.attendance.joinedAt(formatTime(cell.joinTime)));
  if (cell?.source === 'import' && cell.status) parts.push(t.attendance.fromReport);
  return parts.join(', ');
}

interface RowProps {
  unit: GridUnit;
  index: number;
  roles: GridRole[];
  ua: UnitAttendance | undefined;
  /** Column of the active cell in this row, or -1. */
  activeCol: number;
}

const GridRow = memo(function GridRow({ unit, index, roles, ua, activeCol }: RowProps) {
  const noteCol = roles.length + 1;
  return (
    <Table.Tr role="row" aria-rowindex={index + 2}>
      <Table.Th
        scope="row"
        role="rowheader"
        className={`att-unit${activeCol === 0 ? ' att-active' : ''}`}
        data-code={unit.code}
        data-col={0}
        tabIndex={activeCol === 0 ? 0 : -1}
        aria-label={t.attendance.unitHeaderLabel(unit.label)}
      >
        {unit.label}
      </Table.Th>
      {roles.map((role, i) => {
        const col = i + 1;
        const cell = ua?.cells[role.id];
        const status = cell?.status ?? null;
        return (
          <Table.Td
            key={role.id}
            role="gridcell"
            className={`att-cell att-${status ?? 'none'}${activeCol === col ? ' att-active' : ''}`}
            data-code={unit.code}
            data-col={col}
            tabIndex={activeCol === col ? 0 : -1}
            aria-label={cellText(unit, role, ua)}
          >
            <span className="att-status">{status ? t.attendance.status[status] : '–'}</span>
            {cell?.joinTime && <span className="att-time rakor-tabular">{formatTime(cell.joinTime)}</span>}
            {cell?.source === 'import' && status && (
              <span className="att-src" title={t.attendance.fromReport}>
                ⤓
              </span>
            )}
            {cell?.name && (
              <span className="att-name" title={cell.name}>
                {cell.name}
              </span>
            )}
          </Table.Td>
        );
      })}
      <Table.Td
        role="gridcell"
        className={`att-note${activeCol === noteCol ? ' att-active' : ''}`}
        data-code={unit.code}
        data-col={noteCol}
        tabIndex={activeCol === noteCol ? 0 : -1}
        aria-label={`${t.attendance.noteLabel(unit.label)}: ${ua?.note || t.attendance.empty}`}
        title={ua?.note || undefined}
      >
        {ua?.note}
      </Table.Td>
    </Table.Tr>
  );
});

export function AttendanceGrid({ units, roles, attendance, active, onActiveChange, onAction, emptyText, fitKey, unitsWord }: GridProps) {
  const tableRef = useRef<HTMLTableElement>(null);
  const lastCol = roles.length + 1;
  const rowIndex = Math.max(
    0,
    units.findIndex((u) => u.code === active.code),
  );
  const activeCode = units[rowIndex]?.code ?? '';
  const activeCol = Math.min(Math.max(active.col, 0), lastCol);

  // The grid scrolls inside the window's height, so the summary above it stays in view.
  const scrollRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const fit = () => {
      const el = scrollRef.current;
      if (!el) return;
      const top = el.getBoundingClientRect().top + window.scrollY;
      el.style.maxHeight = `${Math.max(280, window.innerHeight - top - 16)}px`;
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [fitKey]);

  // Keep DOM focus on the active cell while the grid has focus (after keys, filtering, undo).
  useLayoutEffect(() => {
    const table = tableRef.current;
    if (!table || !table.contains(document.activeElement) || document.activeElement === table) return;
    const el = table.querySelector<HTMLElement>(`[data-code="${activeCode}"][data-col="${activeCol}"]`);
    if (el && el !== document.activeElement) el.focus();
  }, [activeCode, activeCol]);

  const onFocus = useCallback(
    (e: FocusEvent<HTMLTableElement>) => {
      const el = (e.target as HTMLElement).closest<HTMLElement>('[data-code]');
      if (!el) return;
      const code = el.dataset.code!;
      const col = Number(el.dataset.col);
      if (code !== active.code || col !== active.col) onActiveChange({ code, col });
    },
    [active, onActiveChange],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (!units.length) return;
    const action = keyAction(e, columnKind(activeCol, roles.length));
    if (!action) return;
    const unit = units[rowIndex];
    if (!unit) return;
    const go = (row: number, col: number) => {
      const r = Math.min(Math.max(row, 0), units.length - 1);
      const c = Math.min(Math.max(col, 0), lastCol);
      onActiveChange({ code: itemAt(units, r).code, col: c });
    };
    switch (action.kind) {
      case 'move':
        e.preventDefault();
        go(rowIndex + action.dRow, activeCol + action.dCol);
        return;
      case 'moveTo':
        e.preventDefault();
        go(
          action.row === 'first' ? 0 : action.row === 'last' ? units.length - 1 : rowIndex,
          action.col === 'first' ? 0 : action.col === 'last' ? lastCol : activeCol,
        );
        return;
      case 'tab': {
        // Tab walks the cells like a form; from the last cell (or back from the first) it leaves the grid.
        const flat = rowIndex * (lastCol + 1) + activeCol + (action.back ? -1 : 1);
        if (flat < 0 || flat > units.length * (lastCol + 1) - 1) return;
        e.preventDefault();
        go(Math.floor(flat / (lastCol + 1)), flat % (lastCol + 1));
        return;
      }
      default:
        e.preventDefault();
        onAction(action, unit, activeCol);
    }
  };

  return (
    <div className="att-scroll" ref={scrollRef}>
      <Table
        ref={tableRef}
        role="grid"
        aria-label={t.attendance.gridLabel}
        aria-rowcount={units.length + 1}
        className="att-grid"
        withColumnBorders
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        <Table.Thead>
          <Table.Tr role="row" aria-rowindex={1}>
            <Table.Th role="columnheader" className="att-unit-head">
              {unitsWord ?? t.attendance.unitColumn}
            </Table.Th>
            {roles.map((r) => (
              <Table.Th key={r.id} role="columnheader">
                {r.label}
              </Table.Th>
            ))}
            <Table.Th role="columnheader" className="att-note-head">
              {t.attendance.noteColumn}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((u, i) => (
            <GridRow key={u.code} unit={u} index={i} roles={roles} ua={attendance[u.code]} activeCol={u.code === activeCode ? activeCol : -1} />
          ))}
          {units.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={lastCol + 1}>
                <Text c="dimmed" size="sm" py="md" ta="center">
                  {emptyText}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </div>
  );
}
