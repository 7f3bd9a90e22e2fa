// The per-unit report table (tab Isian Unit) of a meeting: the report items with their
// summary (how many units answered what; sum and median of a number), and the unit x item
// table filled by keyboard like the attendance grid. Every edit is an intent through the
// meeting's queue; undo sends the cells as they were.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { ActionIcon, Alert, Badge, Button, Group, Kbd, Loader, Modal, Paper, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Roster } from '../../../../shared/domain/roster';
import type { MeetingIntent } from '../../../../shared/domain/meeting-intents';
import {
  answerCount,
  answerText,
  inverseAnswers,
  parseReportNumber,
  summarizeReport,
  summaryText,
  type AnswerChange,
  type ReportAnswers,
  type ReportItem,
  type ReportValue,
} from '../../../../shared/domain/unit-reports';
import { api, saveFile } from '../../api/client';
import { errorText, notifyError, notifyOk } from '../../components/notify';
import { t } from '../../i18n';
import type { SectionProps } from '../section-props';
import { filterUnits, gridUnits, type GridUnit } from '../attendance/grid-model';
import { reportKeyAction } from './report-grid-model';
import { AnswerEditor, numberError, type AnswerTarget } from './AnswerEditor';
import { ItemEditor } from './ItemEditor';
import '../attendance/attendance.css';
import './unit-reports.css';
import { itemAt } from '../../../../shared/indexed';

const UNDO_LIMIT = 50;

interface UndoEntry {
  label: string;
  /** The cells as they were before the change. */
  before: AnswerChange[];
}

function newItemId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `b${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export function UnitReportsSection({ meeting, doc }: SectionProps) {
  const [roster, setRoster] = useState<Roster | null>(null);
  const [rosterError, setRosterError] = useState<unknown>(null);
  useEffect(() => {
    api.call('roster/get', {}).then(setRoster, setRosterError);
  }, []);
  if (rosterError) return <Alert color="red">{errorText(rosterError)}</Alert>;
  if (!roster) return <Loader />;
  return <UnitReportsScreen meeting={meeting} doc={doc} roster={roster} />;
}

function UnitReportsScreen({ meeting, doc, roster }: SectionProps & { roster: Roster }) {
  const w = t.unitReports;
  const readOnly = meeting.minutes.status === 'final';
  const items = meeting.reportItems;
  const unitsInvited = meeting.unitsInvited;
  const allUnits = useMemo(() => gridUnits({ unitsInvited }, roster), [unitsInvited, roster]);
  const [filter, setFilter] = useState('');
  const units = useMemo(() => filterUnits(allUnits, filter), [allUnits, filter]);
  const [active, setActive] = useState<{ code: string; col: number }>({ code: allUnits[0]?.code ?? '', col: 1 });
  const [undoStack, setUndoStack] = useState<UndoEntry[]>([]);
  const [editing, setEditing] = useState<AnswerTarget | null>(null);
  const [itemEdit, setItemEdit] = useState<{ item: ReportItem; isNew: boolean } | null>(null);
  const [removing, setRemoving] = useState<ReportItem | null>(null);
  const [exporting, setExporting] = useState(false);
  const filterRef = useRef<HTMLInputElement>(null);
  const summaries = useMemo(() => summarizeReport(meeting), [meeting]);

  const send = useCallback(
    (intent: MeetingIntent) =>
      doc.apply(intent).catch((err) => {
        // Item changes are refused with the core's reason; answers show it in the save badge.
        if (intent.method !== 'unit-reports/set-answers') notifyError(err);
      }),
    [doc],
  );

  const changeAnswers = useCallback(
    (label: string, answers: AnswerChange[]) => {
      const now = doc.current();
      if (!now || readOnly) return;
      const before = inverseAnswers(now, answers);
      if (before.every((b, i) => (b.value ?? null) === (itemAt(answers, i).value ?? null))) return;
      setUndoStack((s) => [...s, { label, before }].slice(-UNDO_LIMIT));
      void send({ method: 'unit-reports/set-answers', input: { answers } });
    },
    [doc, readOnly, send],
  );

  const undo = useCallback(() => {
    const entry = undoStack.at(-1);
    if (!entry) {
      notifications.show({ color: 'gray', message: w.nothingToUndo, autoClose: 1500 });
      return;
    }
    setUndoStack((s) => s.slice(0, -1));
    void send({ method: 'unit-reports/set-answers', input: { answers: entry.before } });
    notifications.show({ color: 'gray', message: w.undone(entry.label), autoClose: 2000 });
  }, [undoStack, send, w]);

  const setOne = (unit: GridUnit, item: ReportItem, value: ReportValue | null) =>
    changeAnswers(value === null ? w.change.cleared(unit.label, item.name) : w.change.set(unit.label, item.name, answerText(value)), [
      { unitCode: unit.code, itemId: item.id, value },
    ]);

  const onAction = (e: KeyboardEvent, unit: GridUnit, col: number) => {
    const item = col > 0 ? (items[col - 1] ?? null) : null;
    const action = reportKeyAction(e, item, item ? meeting.reportAnswers[unit.code]?.[item.id] : undefined);
    if (!action) return;
    const go = (row: number, c: number) => {
      const r = Math.min(Math.max(row, 0), units.length - 1);
      setActive({ code: itemAt(units, r).code, col: Math.min(Math.max(c, 0), items.length) });
    };
    const rowIndex = units.findIndex((u) => u.code === unit.code);
    switch (action.kind) {
      case 'move':
        e.preventDefault();
        return go(rowIndex + action.dRow, col + action.dCol);
      case 'moveTo':
        e.preventDefault();
        return go(
          action.row === 'first' ? 0 : action.row === 'last' ? units.length - 1 : rowIndex,
          action.col === 'first' ? 0 : action.col === 'last' ? items.length : col,
        );
      case 'tab': {
        const width = items.length + 1;
        const flat = rowIndex * width + col + (action.back ? -1 : 1);
        if (flat < 0 || flat > units.length * width - 1) return;
        e.preventDefault();
        return go(Math.floor(flat / width), flat % width);
      }
      case 'undo':
        e.preventDefault();
        if (!readOnly) undo();
        return;
      case 'focusFilter':
        e.preventDefault();
        filterRef.current?.focus();
        filterRef.current?.select();
        return;
      case 'typeFilter':
        e.preventDefault();
        setFilter((f) => f + action.text);
        filterRef.current?.focus();
        return;
    }
    e.preventDefault();
    if (readOnly || !item) return;
    switch (action.kind) {
      case 'choose':
        return setOne(unit, item, action.option);
      case 'noChoice':
        notifications.show({ color: 'gray', message: w.noChoice(action.typed), autoClose: 1500 });
        return;
      case 'clear':
        return setOne(unit, item, null);
      case 'edit':
        if (editing && editing.unitCode === unit.code && editing.item.id === item.id && !action.text) {
          // Enter typed before the editor had the focus ("40⏎" in one go): save what was typed.
          const typed = editing.typed ?? '';
          if (item.type === 'angka' && typed.trim() && !numberError(item, typed)) saveAnswer(parseReportNumber(typed));
          else if (item.type === 'teks' && typed.trim()) saveAnswer(typed);
          return;
        }
        // Keys typed quickly after the first reach the grid before the editor has the focus: they join the text.
        setEditing((open) =>
          open && action.text && open.unitCode === unit.code && open.item.id === item.id
            ? { ...open, typed: (open.typed ?? '') + action.text }
            : { unitCode: unit.code, unitLabel: unit.label, item, value: meeting.reportAnswers[unit.code]?.[item.id], typed: action.text },
        );
        return;
    }
  };

  const saveAnswer = (value: ReportValue | null) => {
    const target = editing;
    setEditing(null);
    if (!target) return;
    const unit = allUnits.find((u) => u.code === target.unitCode);
    if (unit) setOne(unit, target.item, value);
    // Down to the next unit, as a column is usually filled one unit after another.
    const row = units.findIndex((u) => u.code === target.unitCode);
    const next = units[row + 1];
    if (next) setActive((a) => ({ ...a, code: next.code }));
    focusGrid();
  };

  const saveItem = (item: ReportItem) => {
    setItemEdit(null);
    void send({ method: 'unit-reports/put-item', input: { item } });
  };

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await doc.flush();
      const where = await saveFile(await api.call('unit-reports/export-xlsx', { id: meeting.id }));
      if (where) notifyOk(w.exported(where));
    } catch (err) {
      notifyError(err);
    } finally {
      setExporting(false);
    }
  };

  function focusGrid() {
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.rep-grid [tabindex="0"]')?.focus());
  }

  const lastUndo = undoStack.at(-1);
  return (
    <Stack gap="sm">
      {readOnly && (
        <Alert color="teal" data-testid="unit-reports-locked">
          {w.locked}
        </Alert>
      )}
      <Paper withBorder p="xs" radius="sm">
        <Group justify="space-between" mb={items.length ? 6 : 0} wrap="nowrap">
          <Text fw={600} size="sm">
            {w.itemsTitle}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Button variant="light" size="compact-sm" onClick={() => void exportXlsx()} loading={exporting} disabled={!items.length}>
              {w.exportXlsx}
            </Button>
            {!readOnly && (
              <Button
                size="compact-sm"
                onClick={() => setItemEdit({ isNew: true, item: { id: newItemId(), name: '', type: 'pilihan', options: [], min: null, max: null } })}
              >
                {w.addItem}
              </Button>
            )}
          </Group>
        </Group>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {w.noItems}
          </Text>
        ) : (
          <Table className="rep-items" data-testid="report-items" verticalSpacing={2}>
            <Table.Tbody>
              {items.map((item, i) => (
                <Table.Tr key={item.id} data-testid="report-item">
                  <Table.Td className="rep-item-name">
                    <Text size="sm" fw={500} span>
                      {i + 1}. {item.name}
                    </Text>{' '}
                    <Badge size="xs" variant="light" color={item.type === 'pilihan' ? 'blue' : item.type === 'angka' ? 'grape' : 'gray'}>
                      {w.types[item.type]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed" data-testid="report-summary">
                      {summaryText(item, itemAt(summaries, i))}
                    </Text>
                  </Table.Td>
                  {!readOnly && (
                    <Table.Td className="rep-item-actions">
                      <Group gap={2} wrap="nowrap" justify="flex-end">
                        <Button variant="subtle" size="compact-xs" onClick={() => setItemEdit({ isNew: false, item })}>
                          {w.edit}
                        </Button>
                        <Tooltip label={w.moveUp}>
                          <ActionIcon
                            variant="subtle"
                            size="sm"
                            aria-label={`${w.moveUp}: ${item.name}`}
                            disabled={i === 0}
                            onClick={() => void send({ method: 'unit-reports/move-item', input: { itemId: item.id, by: -1 } })}
                          >
                            ↑
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={w.moveDown}>
                          <ActionIcon
                            variant="subtle"
                            size="sm"
                            aria-label={`${w.moveDown}: ${item.name}`}
                            disabled={i === items.length - 1}
                            onClick={() => void send({ method: 'unit-reports/move-item', input: { itemId: item.id, by: 1 } })}
                          >
                            ↓
                          </ActionIcon>
                        </Tooltip>
                        <Button variant="subtle" color="red" size="compact-xs" onClick={() => setRemoving(item)}>
                          {w.remove}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>

      {items.length > 0 && (
        <>
          <Group gap="sm" wrap="nowrap">
            <TextInput
              ref={filterRef}
              aria-label={w.filterLabel}
              placeholder={w.filterPlaceholder}
              value={filter}
              onChange={(e) => setFilter(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  if (filter) setFilter('');
                  else focusGrid();
                } else if (e.key === 'Enter' || e.key === 'ArrowDown') {
                  e.preventDefault();
                  const first = units[0];
                  if (first) setActive((a) => ({ code: first.code, col: a.col || 1 }));
                  focusGrid();
                }
              }}
              w={280}
              size="xs"
            />
            <Button variant="default" size="xs" disabled={!lastUndo || readOnly} onClick={undo} title={lastUndo?.label}>
              {w.undo}
            </Button>
            <Group gap={8} wrap="wrap">
              {w.keys.map(([k, what]) => (
                <Text key={k} size="xs" c="dimmed">
                  <Kbd size="xs">{k}</Kbd> {what}
                </Text>
              ))}
            </Group>
          </Group>
          <ReportGrid
            units={units}
            items={items}
            answers={meeting.reportAnswers}
            active={active}
            onActiveChange={setActive}
            onKey={onAction}
            emptyText={allUnits.length ? w.filterNone(filter) : w.noUnits}
          />
        </>
      )}

      <AnswerEditor
        target={editing}
        onSave={saveAnswer}
        onClose={() => {
          setEditing(null);
          focusGrid();
        }}
      />
      <ItemEditor item={itemEdit?.item ?? null} isNew={itemEdit?.isNew ?? true} onSave={saveItem} onClose={() => setItemEdit(null)} />
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title={removing ? w.removeTitle(removing.name) : ''}>
        <Stack>
          <Text size="sm">{removing ? w.removeBody(answerCount(meeting, removing.id)) : ''}</Text>
          <Group justify="flex-end">
            <Button variant="subtle" onClick={() => setRemoving(null)}>
              {t.common.cancel}
            </Button>
            <Button
              color="red"
              onClick={() => {
                const item = removing;
                setRemoving(null);
                if (item) void send({ method: 'unit-reports/remove-item', input: { itemId: item.id } });
              }}
            >
              {w.remove}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

interface GridProps {
  units: GridUnit[];
  items: ReportItem[];
  answers: ReportAnswers;
  active: { code: string; col: number };
  onActiveChange(a: { code: string; col: number }): void;
  onKey(e: KeyboardEvent, unit: GridUnit, col: number): void;
  emptyText: string;
}

const ReportRow = memo(function ReportRow({
  unit,
  index,
  items,
  answers,
  activeCol,
}: {
  unit: GridUnit;
  index: number;
  items: ReportItem[];
  answers: Record<string, ReportValue> | undefined;
  activeCol: number;
}) {
  return (
    <Table.Tr role="row" aria-rowindex={index + 2}>
      <Table.Th
        scope="row"
        role="rowheader"
        className={`att-unit${activeCol === 0 ? ' att-active' : ''}`}
        data-code={unit.code}
        data-col={0}
        tabIndex={activeCol === 0 ? 0 : -1}
      >
        {unit.label}
      </Table.Th>
      {items.map((item, i) => {
        const col = i + 1;
        const v = answers?.[item.id];
        const text = answerText(v);
        return (
          <Table.Td
            key={item.id}
            role="gridcell"
            className={`rep-cell rep-${item.type}${v === undefined ? ' rep-empty' : ''}${activeCol === col ? ' att-active' : ''}`}
            data-code={unit.code}
            data-col={col}
            tabIndex={activeCol === col ? 0 : -1}
            aria-label={`${t.unitReports.cellLabel(unit.label, item.name)}: ${text || t.unitReports.empty}`}
            title={item.type === 'teks' && text ? text : undefined}
          >
            {text || '–'}
          </Table.Td>
        );
      })}
    </Table.Tr>
  );
});

function ReportGrid({ units, items, answers, active, onActiveChange, onKey, emptyText }: GridProps) {
  const tableRef = useRef<HTMLTableElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowIndex = Math.max(
    0,
    units.findIndex((u) => u.code === active.code),
  );
  const activeCode = units[rowIndex]?.code ?? '';
  const activeCol = Math.min(Math.max(active.col, 0), items.length);

  useLayoutEffect(() => {
    const fit = () => {
      const el = scrollRef.current;
      if (!el) return;
      el.style.maxHeight = `${Math.max(240, window.innerHeight - el.getBoundingClientRect().top - window.scrollY - 16)}px`;
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [items.length]);

  useLayoutEffect(() => {
    const table = tableRef.current;
    if (!table || !table.contains(document.activeElement) || document.activeElement === table) return;
    const el = table.querySelector<HTMLElement>(`[data-code="${activeCode}"][data-col="${activeCol}"]`);
    if (el && el !== document.activeElement) el.focus();
  }, [activeCode, activeCol]);

  const onFocus = (e: FocusEvent<HTMLTableElement>) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-code]');
    if (!el) return;
    const code = el.dataset.code!;
    const col = Number(el.dataset.col);
    if (code !== active.code || col !== active.col) onActiveChange({ code, col });
  };

  return (
    <div className="att-scroll" ref={scrollRef}>
      <Table
        ref={tableRef}
        role="grid"
        aria-label={t.unitReports.gridLabel}
        aria-rowcount={units.length + 1}
        className="att-grid rep-grid"
        withColumnBorders
        onFocus={onFocus}
        onKeyDown={(e) => {
          const unit = units[rowIndex];
          if (unit) onKey(e, unit, activeCol);
        }}
      >
        <Table.Thead>
          <Table.Tr role="row" aria-rowindex={1}>
            <Table.Th role="columnheader" className="att-unit-head">
              {t.unitReports.unitColumn}
            </Table.Th>
            {items.map((it) => (
              <Table.Th key={it.id} role="columnheader" className={it.type === 'teks' ? 'rep-head-teks' : undefined} title={it.name}>
                {it.name}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((u, i) => (
            <ReportRow key={u.code} unit={u} index={i} items={items} answers={answers[u.code]} activeCol={u.code === activeCode ? activeCol : -1} />
          ))}
          {units.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={items.length + 1}>
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
