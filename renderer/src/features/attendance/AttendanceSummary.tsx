// The live summary above the grid, in one line so the grid keeps the height of a laptop screen:
// units present out of invited, people, per role, and the units still missing by name (cut to
// the line, the whole list one click away), computed by the same function the minutes print from.
import { memo, useMemo, useState } from 'react';
import { Anchor, Badge, Group, Paper, Text } from '@mantine/core';
import type { Meeting } from '../../../../shared/domain/meeting';
import { attendanceCounts } from '../../../../shared/domain/attendance';
import { t } from '../../i18n';
import type { GridRole, GridUnit } from './grid-model';

interface Props {
  meeting: Pick<Meeting, 'unitsInvited' | 'rolesInvited' | 'attendance'>;
  units: GridUnit[];
  roles: GridRole[];
}

export const AttendanceSummary = memo(function AttendanceSummary({ meeting, units, roles }: Props) {
  const counts = useMemo(() => attendanceCounts(meeting), [meeting]);
  const label = useMemo(() => new Map(units.map((u) => [u.code, u.label])), [units]);
  const missing = counts.missingUnits.map((c) => label.get(c) ?? c);
  const [open, setOpen] = useState(false);
  return (
    <Paper withBorder px="sm" py={6} data-testid="attendance-summary">
      <Group gap="sm" wrap="nowrap" align="baseline">
        <Text fw={700} size="md" aria-live="polite" data-testid="summary-units" style={{ whiteSpace: 'nowrap' }}>
          {t.attendance.summaryUnits(counts.unitsPresent, counts.unitsInvited)}
        </Text>
        <Text size="sm" c="dimmed" data-testid="summary-people" style={{ whiteSpace: 'nowrap' }}>
          {t.attendance.summaryPeople(counts.peoplePresent)}
        </Text>
        {roles.map((r) => (
          <Text key={r.id} size="sm" className="rakor-tabular" data-testid={`summary-role-${r.id}`} style={{ whiteSpace: 'nowrap' }}>
            {t.attendance.summaryRole(r.label, counts.perRole[r.id] ?? 0, counts.unitsInvited)}
          </Text>
        ))}
        <Group gap={6} wrap="nowrap" align="baseline" style={{ flex: 1, minWidth: 0 }}>
          {missing.length === 0 ? (
            <>
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {t.attendance.missingTitle(0)}
              </Text>
              <Badge color="green" variant="light">
                {t.attendance.missingNone}
              </Badge>
            </>
          ) : (
            <>
              {/* The title unfolds the whole list; folded, the names are cut to the line. */}
              <Anchor
                component="button"
                type="button"
                size="sm"
                fw={600}
                onClick={() => setOpen((o) => !o)}
                style={{ whiteSpace: 'nowrap' }}
                aria-expanded={open}
                title={open ? t.attendance.hideAll : t.attendance.showAll}
              >
                {t.attendance.missingTitle(missing.length)}
              </Anchor>
              <Text size="sm" data-testid="summary-missing" className={open ? undefined : 'att-one-line'} style={{ flex: 1, minWidth: 0 }}>
                {missing.join(', ')}
              </Text>
            </>
          )}
        </Group>
      </Group>
    </Paper>
  );
});
