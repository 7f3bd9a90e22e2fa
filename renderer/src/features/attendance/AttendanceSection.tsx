// The attendance section (Kehadiran) of a meeting: live summary, the unit x role grid filled
// by keyboard, import of a platform's attendance report with a review, undo of the last 50
// changes, and the daftar hadir exports. Every edit is an intent sent through the meeting's
// queue; undo sends the inverse intent (the units as they were).
import { useCallback, useMemo, useRef, useState, type DragEvent } from 'react';
import { Alert, Button, FileButton, Group, Kbd, Loader, Menu, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AttendanceImportPreview, AttendanceImportResult } from '../../../../shared/contract/attendance';
import type { Meeting } from '../../../../shared/domain/meeting';
import type { Roster } from '../../../../shared/domain/roster';
import { holderOf } from '../../../../shared/domain/roster';
import { liveJoinTime, pushUndo, undoEntryFor, type ImportDecisions, type UndoEntry } from '../../../../shared/domain/attendance-ops';
import { applyMeetingIntent, type MeetingIntent, type MeetingIntentInput } from '../../../../shared/domain/meeting-intents';
import { api, bytesToBase64, saveFile } from '../../api/client';
import { useStored } from '../use-stored';
import { errorText, notifyError, notifyOk } from '../../components/notify';
import { t } from '../../i18n';
import type { SectionProps } from '../section-props';
import { AttendanceGrid, type ActiveCell } from './AttendanceGrid';
import { AttendanceSummary } from './AttendanceSummary';
import { CellEditor, type EditResult, type EditTarget } from './CellEditor';
import { ImportReview } from './ImportReview';
import { columnKind, filterUnits, gridRoles, gridUnits, type GridAction, type GridUnit } from './grid-model';
import { unitsGroupName } from '../../../../shared/domain/org-words';

const MAX_REPORT_BYTES = 32 * 1024 * 1024;

type CellValue = MeetingIntentInput<'attendance/set-cells'>['cells'][number]['value'];
const setCells = (cells: Array<{ unitCode: string; roleId: string; value: CellValue }>): MeetingIntent => ({
  method: 'attendance/set-cells',
  input: { cells },
});
const setNote = (unitCode: string, note: string): MeetingIntent => ({ method: 'attendance/set-note', input: { unitCode, note } });

const KEYS_SHOWN = 'rakor.attendance.keysShown';

function readKeysShown(): boolean {
  try {
    const stored = window.localStorage.getItem(KEYS_SHOWN);
    if (stored !== null) return stored === '1';
  } catch {
    // No storage: fall back to the window's height.
  }
  return window.innerHeight > 760;
}

type ExportKind = 'docx' | 'docx-signatures' | 'xlsx' | 'csv' | 'csv-semicolon';

interface PendingImport {
  preview: AttendanceImportPreview;
  base64: string;
}

export function AttendanceSection({ meeting, doc }: SectionProps) {
  const { value: roster, error: rosterError } = useStored('roster/get');

  if (rosterError) return <Alert color="red">{errorText(rosterError)}</Alert>;
  if (!roster) return <Loader />;
  return <AttendanceScreen meeting={meeting} doc={doc} roster={roster} />;
}

function AttendanceScreen({ meeting, doc, roster }: SectionProps & { roster: Roster }) {
  const { apply, current } = doc;
  // A final record changes only after an unlock in the Notulen tab.
  const readOnly = meeting.minutes.status === 'final';
  const unitsInvited = meeting.unitsInvited;
  const rolesInvited = meeting.rolesInvited;
  const allUnits = useMemo(() => gridUnits({ unitsInvited }, roster), [unitsInvited, roster]);
  const unitsWord = useMemo(() => unitsGroupName(roster.units.filter((u) => !u.unlisted)), [roster]);
  const roles = useMemo(() => gridRoles({ rolesInvited }, roster), [rolesInvited, roster]);
  const [filter, setFilter] = useState('');
  const units = useMemo(() => filterUnits(allUnits, filter), [allUnits, filter]);
  const [active, setActive] = useState<ActiveCell>({ code: allUnits[0]?.code ?? '', col: 1 });
  const filterRef = useRef<HTMLInputElement>(null);
  const [undoStack, setUndoStack] = useState<UndoEntry[]>([]);
  const [editing, setEditing] = useState<{ target: EditTarget; code: string; roleId: string | null } | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [reading, setReading] = useState(false);
  const [applying, setApplying] = useState(false);
  const [dropOver, setDropOver] = useState(false);
  const [exporting, setExporting] = useState<ExportKind | null>(null);
  // Folded by default on a laptop-height window, so the grid keeps its rows; the choice is remembered.
  const [keysShown, setKeysShownState] = useState(() => readKeysShown());
  const setKeysShown = (shown: boolean) => {
    setKeysShownState(shown);
    try {
      window.localStorage.setItem(KEYS_SHOWN, shown ? '1' : '0');
    } catch {
      // Storage refused (private window): the bar still folds for this visit.
    }
  };

  const send = useCallback(
    (intent: MeetingIntent) =>
      apply(intent).catch(() => {
        // Refused or not stored yet: the document shows why (notice or status badge).
      }),
    [apply],
  );

  /** Send an intent and remember its inverse (the touched units as they were) for undo. */
  const change = useCallback(
    (label: string, intent: MeetingIntent) => {
      const before = current();
      if (!before) return;
      let after: Meeting;
      try {
        after = applyMeetingIntent(before, intent);
      } catch {
        return;
      }
      const entry = undoEntryFor(label, before, after);
      if (!entry) return;
      setUndoStack((s) => pushUndo(s, entry));
      void send(intent);
    },
    [current, send],
  );

  const undo = useCallback(() => {
    const entry = undoStack.at(-1);
    if (!entry) {
      notifications.show({ color: 'gray', message: t.attendance.nothingToUndo, autoClose: 1500 });
      return;
    }
    setUndoStack((s) => s.slice(0, -1));
    void send({
      method: 'attendance/restore-units',
      input: { units: Object.entries(entry.before).map(([unitCode, attendance]) => ({ unitCode, attendance })) },
    });
    notifications.show({ color: 'gray', message: t.attendance.undone(entry.label), autoClose: 2000 });
  }, [undoStack, send]);

  const roleLabel = (roleId: string) => roles.find((r) => r.id === roleId)?.label ?? roleId;

  const onAction = useCallback(
    (action: GridAction, unit: GridUnit, col: number) => {
      const kind = columnKind(col, roles.length);
      const role = kind === 'role' ? roles[col - 1] : null;
      switch (action.kind) {
        case 'undo':
          if (!readOnly) undo();
          return;
        case 'focusFilter':
          filterRef.current?.focus();
          filterRef.current?.select();
          return;
        case 'typeFilter':
          setFilter((f) => f + action.text);
          filterRef.current?.focus();
          return;
      }
      if (readOnly) return;
      switch (action.kind) {
        case 'status': {
          const word = t.attendance.status[action.status];
          // During the meeting, Hadir and Terlambat record the join time as now (a time already
          // in the cell stays); the cell editor corrects it.
          const live = action.status === 'hadir' || action.status === 'terlambat' ? liveJoinTime(meeting, new Date()) : null;
          const value = (roleId: string) =>
            live && !meeting.attendance[unit.code]?.cells[roleId]?.joinTime ? { status: action.status, joinTime: live } : { status: action.status };
          if (action.wholeUnit || !role) {
            change(t.attendance.change.unit(unit.label, word), setCells(rolesInvited.map((roleId) => ({ unitCode: unit.code, roleId, value: value(roleId) }))));
          } else {
            change(t.attendance.change.cell(unit.label, role.label, word), setCells([{ unitCode: unit.code, roleId: role.id, value: value(role.id) }]));
          }
          return;
        }
        case 'clear':
          if (kind === 'note') change(t.attendance.change.note(unit.label), setNote(unit.code, ''));
          else if (action.wholeUnit || !role) {
            change(
              t.attendance.change.unit(unit.label, t.attendance.change.cleared),
              setCells(rolesInvited.map((roleId) => ({ unitCode: unit.code, roleId, value: null }))),
            );
          } else {
            change(
              t.attendance.change.cell(unit.label, role.label, t.attendance.change.cleared),
              setCells([{ unitCode: unit.code, roleId: role.id, value: null }]),
            );
          }
          return;
        case 'edit':
          if (kind === 'note') {
            const note = meeting.attendance[unit.code]?.note ?? '';
            const typed = action.text ?? '';
            setEditing({
              code: unit.code,
              roleId: null,
              target: { kind: 'note', unitLabel: unit.label, note: typed ? (note ? `${note} ${typed}` : typed) : note },
            });
          } else if (role) {
            setEditing({
              code: unit.code,
              roleId: role.id,
              target: {
                kind: 'cell',
                unitLabel: unit.label,
                roleLabel: role.label,
                cell: meeting.attendance[unit.code]?.cells[role.id],
                holder: holderOf(roster, unit.code, role.id)?.name ?? '',
              },
            });
          }
          return;
      }
    },
    [roles, rolesInvited, readOnly, undo, change, meeting, roster],
  );

  const saveEdit = (result: EditResult) => {
    const target = editing;
    setEditing(null);
    if (!target || readOnly) return;
    const unitLabel = target.target.unitLabel;
    if (result.kind === 'note') {
      change(t.attendance.change.note(unitLabel), setNote(target.code, result.note));
    } else if (target.roleId) {
      const roleId = target.roleId;
      const value = result.status === null && !result.name && !result.joinTime ? null : { status: result.status, name: result.name, joinTime: result.joinTime };
      change(t.attendance.change.cell(unitLabel, roleLabel(roleId), t.attendance.change.edited), setCells([{ unitCode: target.code, roleId, value }]));
    }
  };

  const readReport = async (file: File | null) => {
    if (!file) return;
    if (file.size > MAX_REPORT_BYTES) {
      notifications.show({ color: 'red', title: t.attendance.importFailed, message: t.attendance.tooBig, autoClose: 8000 });
      return;
    }
    setReading(true);
    try {
      const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const preview = await api.call('attendance/import-preview', { id: meeting.id, base64, fileName: file.name });
      setPending({ preview, base64 });
    } catch (err) {
      notifyError(err, t.attendance.importFailed);
    } finally {
      setReading(false);
    }
  };

  const applyImport = async (decisions: ImportDecisions) => {
    if (!pending) return;
    setApplying(true);
    try {
      await doc.flush();
      const before = doc.current() ?? meeting;
      const got: { res?: AttendanceImportResult } = {};
      await doc.run(async () => {
        got.res = await api.call('attendance/import-apply', {
          id: meeting.id,
          fileName: pending.preview.fileName,
          base64: pending.base64,
          decisions: { assign: [...decisions.assign], skip: [...decisions.skip], overwrite: [...decisions.overwrite] },
        });
        return got.res.meeting;
      });
      setPending(null);
      const r = got.res;
      if (r?.changed) {
        const entry = undoEntryFor(`${t.attendance.change.import} ${pending.preview.fileName}`, before, r.meeting);
        if (entry) setUndoStack((s) => pushUndo(s, entry));
        const c = r.counts;
        notifications.show({
          color: 'green',
          title: t.attendance.applied,
          message: t.attendance.appliedBody(c.filled, c.updated, c.overwritten, c.manualKept),
          autoClose: 6000,
        });
      } else {
        notifications.show({ color: 'gray', message: t.attendance.appliedNothing, autoClose: 4000 });
      }
    } catch (err) {
      notifyError(err, t.attendance.importFailed);
    } finally {
      setApplying(false);
    }
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDropOver(false);
    if (readOnly) return;
    const files = [...e.dataTransfer.files];
    if (files.length > 1) {
      notifications.show({ color: 'red', title: t.attendance.importFailed, message: t.attendance.oneFile });
      return;
    }
    void readReport(files[0] ?? null);
  };

  const exportList = async (kind: ExportKind) => {
    setExporting(kind);
    try {
      await doc.flush();
      const id = meeting.id;
      const file =
        kind === 'docx' || kind === 'docx-signatures'
          ? await api.call('attendance/export-docx', { id, signatures: kind === 'docx-signatures' })
          : kind === 'xlsx'
            ? await api.call('attendance/export-xlsx', { id })
            : await api.call('attendance/export-csv', { id, delimiter: kind === 'csv-semicolon' ? ';' : ',' });
      const where = await saveFile(file);
      if (where) notifyOk(t.attendance.exported(where));
    } catch (err) {
      notifyError(err);
    } finally {
      setExporting(null);
    }
  };

  const lastUndo = undoStack.at(-1);

  return (
    <Stack
      gap="sm"
      className="att-drop"
      data-over={dropOver}
      data-testid="attendance-dropzone"
      onDragOver={(e) => {
        if (readOnly || !e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDropOver(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDropOver(false);
      }}
      onDrop={onDrop}
    >
      {readOnly && (
        <Alert color="teal" data-testid="attendance-locked">
          {t.attendance.locked}
        </Alert>
      )}
      <AttendanceSummary meeting={meeting} units={allUnits} roles={roles} />

      <Group justify="space-between" align="center" gap="sm" wrap="nowrap">
        <Group align="center" gap="sm" wrap="nowrap">
          <TextInput
            ref={filterRef}
            aria-label={t.attendance.filterLabel}
            leftSection={
              <Text size="xs" fw={600} c="dimmed">
                {t.attendance.filterLabel}
              </Text>
            }
            leftSectionWidth={72}
            placeholder={t.attendance.filterPlaceholder}
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                if (filter) setFilter('');
                else focusGrid();
              } else if (e.key === 'Enter' || e.key === 'ArrowDown') {
                e.preventDefault();
                if (units[0]) setActive({ code: units[0].code, col: active.col || 1 });
                focusGrid(units[0]?.code);
              }
            }}
            w={330}
          />
          {filter && (
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {t.attendance.filterShown(units.length, allUnits.length)}
            </Text>
          )}
          <Button variant="default" disabled={!lastUndo || readOnly} onClick={undo} title={lastUndo ? t.attendance.undoWhat(lastUndo.label) : undefined}>
            {t.attendance.undo}
          </Button>
          <Button variant="subtle" size="compact-sm" onClick={() => setKeysShown(!keysShown)} aria-expanded={keysShown} aria-controls="att-keys">
            {keysShown ? t.attendance.keysHide : t.attendance.keysShow}
          </Button>
        </Group>
        <Group gap="xs" wrap="nowrap">
          {!readOnly && (
            <FileButton
              onChange={(f) => void readReport(f)}
              accept=".csv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            >
              {(props) => (
                <Tooltip label={t.attendance.dropHint} multiline w={260} withArrow>
                  <Button {...props} loading={reading}>
                    {t.attendance.pickFile}
                  </Button>
                </Tooltip>
              )}
            </FileButton>
          )}
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="light" loading={exporting !== null}>
                {t.attendance.exportMenu}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => void exportList('docx')}>{t.attendance.exportDocx}</Menu.Item>
              {meeting.mode !== 'daring' && <Menu.Item onClick={() => void exportList('docx-signatures')}>{t.attendance.exportDocxSignatures}</Menu.Item>}
              <Menu.Item onClick={() => void exportList('xlsx')}>{t.attendance.exportXlsx}</Menu.Item>
              <Menu.Item onClick={() => void exportList('csv')}>{t.attendance.exportCsv}</Menu.Item>
              <Menu.Item onClick={() => void exportList('csv-semicolon')}>{t.attendance.exportCsvSemicolon}</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>

      {keysShown && (
        <Group gap="sm" className="no-print" aria-label={t.attendance.keysTitle} id="att-keys" data-testid="attendance-keys">
          {t.attendance.keys.map(([k, what]) => (
            <Text key={k} size="xs" c="dimmed">
              <Kbd size="xs">{k}</Kbd> {what}
            </Text>
          ))}
        </Group>
      )}

      <AttendanceGrid
        units={units}
        roles={roles}
        attendance={meeting.attendance}
        active={active}
        onActiveChange={setActive}
        onAction={onAction}
        emptyText={allUnits.length === 0 ? t.attendance.noUnits : t.attendance.filterNone(filter)}
        fitKey={`${keysShown}-${readOnly}-${filter !== ''}`}
        unitsWord={unitsWord}
      />

      <CellEditor target={editing?.target ?? null} onSave={saveEdit} onClose={() => setEditing(null)} />
      {pending && (
        <ImportReview
          preview={pending.preview}
          meeting={meeting}
          roster={roster}
          units={allUnits}
          roles={roles}
          busy={applying}
          onApply={(d) => void applyImport(d)}
          onClose={() => setPending(null)}
        />
      )}
    </Stack>
  );

  function focusGrid(code?: string) {
    requestAnimationFrame(() => {
      const grid = document.querySelector<HTMLElement>('.att-grid');
      const target =
        (code && grid?.querySelector<HTMLElement>(`[data-code="${code}"][data-col="${active.col || 1}"]`)) ||
        grid?.querySelector<HTMLElement>('[tabindex="0"]');
      target?.focus();
    });
  }
}
