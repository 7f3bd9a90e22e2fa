// The live summary above the grid: units present out of invited, people per role, and the
// units still missing by name, computed by the same function the minutes print from.
import { memo, useMemo } from 'react';
import { Badge, Group, Paper, Spoiler, Stack, Text } from '@mantine/core';
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
  return (
    <Paper withBorder p="sm" data-testid="attendance-summary">
      <Group align="flex-start" gap="xl" wrap="nowrap">
        <Stack gap={2} miw={220}>
          <Text fw={700} size="xl" aria-live="polite" data-testid="summary-units">
            {t.attendance.summaryUnits(counts.unitsPresent, counts.unitsInvited)}
          </Text>
          <Text size="sm" c="dimmed" data-testid="summary-people">
            {t.attendance.summaryPeople(counts.peoplePresent)}
          </Text>
        </Stack>
        <Stack gap={4} miw={200}>
          {roles.map((r) => (
            <Text key={r.id} size="sm" className="rakor-tabular" data-testid={`summary-role-${r.id}`}>
              {t.attendance.summaryRole(r.label, counts.perRole[r.id] ?? 0, counts.unitsInvited)}
            </Text>
          ))}
        </Stack>
        <Stack gap={4} style={{ flex: 1 }}>
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t.attendance.missingTitle(missing.length)}
            </Text>
            {missing.length === 0 && (
              <Badge color="green" variant="light">
                {t.attendance.missingNone}
              </Badge>
            )}
          </Group>
          {missing.length > 0 && (
            <Spoiler maxHeight={44} showLabel={t.attendance.showAll} hideLabel={t.attendance.hideAll}>
              <Text size="sm" data-testid="summary-missing">
                {missing.join(', ')}
              </Text>
            </Spoiler>
          )}
        </Stack>
      </Group>
    </Paper>
  );
});
