// The decisions of the import review and the plan they make: which proposal or candidate each
// row to decide takes, the cells picked by hand for unknown rows, the automatic rows left out
// and the manual cells to overwrite. The plan is the shared planAttendanceImport, the same the
// handler applies, so what the review shows is what is written.
import { useCallback, useMemo, useState } from 'react';
import type { AttendanceImportPreview, ImportPreviewRow } from '../../../../../shared/contract/attendance';
import type { Meeting } from '../../../../../shared/domain/meeting';
import type { Roster } from '../../../../../shared/domain/roster';
import {
  cellId,
  importPlanOptions,
  planAttendanceImport,
  targetsFromDecisions,
  type ImportDecisions,
  type PlannedCell,
} from '../../../../../shared/domain/attendance-ops';

export const SKIP = '';

export interface HandPick {
  unit: string | null;
  role: string | null;
}

function toggled<T>(set: Set<T>, item: T, on: boolean): Set<T> {
  const n = new Set(set);
  if (on) n.add(item);
  else n.delete(item);
  return n;
}

export function useImportDecisions(preview: AttendanceImportPreview, meeting: Meeting, roster: Roster) {
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
  };
  const pick = useCallback((key: string, value: string) => setPicks((p) => ({ ...p, [key]: value })), []);

  const [hand, setHand] = useState<Record<string, HandPick>>(() => {
    const out: Record<string, HandPick> = {};
    for (const r of unknownRows) {
      const prev = preview.previous[r.key];
      const unit = prev?.unitCode ?? (r.unitCode && meeting.unitsInvited.includes(r.unitCode) ? r.unitCode : null);
      const role = prev?.roleId ?? (r.roleId && meeting.rolesInvited.includes(r.roleId) ? r.roleId : null);
      out[r.key] = { unit, role };
    }
    return out;
  });
  const pickByHand = useCallback((key: string, h: HandPick) => setHand((s) => ({ ...s, [key]: h })), []);

  const [skip, setSkip] = useState<Set<string>>(() => new Set());
  const apply = useCallback((key: string, on: boolean) => setSkip((s) => toggled(s, key, !on)), []);
  const [overwrite, setOverwrite] = useState<Set<string>>(() => new Set());
  const overwriteCell = useCallback((id: string, on: boolean) => setOverwrite((s) => toggled(s, id, on)), []);

  const decisions: ImportDecisions = useMemo(() => {
    const assign: ImportDecisions['assign'][number][] = [];
    for (const [key, value] of Object.entries(picks)) {
      if (!value) continue;
      const [unitCode = '', roleId = ''] = value.split('|');
      assign.push({ key, unitCode, roleId });
    }
    for (const [key, { unit, role }] of Object.entries(hand)) if (unit && role) assign.push({ key, unitCode: unit, roleId: role });
    return { assign, skip: [...skip], overwrite: [...overwrite] };
  }, [picks, hand, skip, overwrite]);

  const plan = useMemo(
    () => planAttendanceImport(meeting, targetsFromDecisions(preview.rows, decisions), importPlanOptions(roster, preview)),
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
  const overwriteAll = () => setOverwrite(new Set(conflicts.map((c) => cellId(c.unitCode, c.roleId))));
  const overwriteNone = () => setOverwrite(new Set());

  /** A cell something else already fills (the grid now, or another row of this report). */
  const occupied = (unitCode: string, roleId: string, key: string) => {
    const planned = planByCell.get(cellId(unitCode, roleId));
    if (planned && planned.participantKey !== key) return true;
    const current = meeting.attendance[unitCode]?.cells[roleId];
    return !!current?.status && !planned;
  };

  return {
    autoRows,
    reviewRows,
    hostRows,
    unknownRows,
    nameOf,
    picks,
    pick,
    proposalRows,
    proposalId,
    acceptedProposals,
    acceptAll,
    hand,
    pickByHand,
    skip,
    apply,
    overwrite,
    overwriteCell,
    overwriteAll,
    overwriteNone,
    decisions,
    planByCell,
    conflicts,
    fill,
    update,
    overwritten,
    writes,
    openReviews,
    occupied,
  };
}

export type ImportDecisionState = ReturnType<typeof useImportDecisions>;
