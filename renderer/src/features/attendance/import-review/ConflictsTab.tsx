// Cells typed by hand that the report would change: kept unless ticked.
import { Button, Checkbox, Group, ScrollArea, Table, Text } from '@mantine/core';
import { cellId } from '../../../../../shared/domain/attendance-ops';
import { t } from '../../../i18n';
import { cellSummary, type Labels } from './review-parts';
import type { ImportDecisionState } from './use-import-decisions';

export function ConflictsTab({ d, labels }: { d: ImportDecisionState; labels: Labels }) {
  return (
    <>
      <Group justify="space-between" mb="xs">
        <Text size="sm" c="dimmed">
          {t.attendance.conflictIntro}
        </Text>
        {d.conflicts.length > 0 && (
          <Group gap="xs">
            <Button size="compact-xs" variant="light" onClick={d.overwriteAll}>
              {t.attendance.overwriteAll}
            </Button>
            <Button size="compact-xs" variant="subtle" onClick={d.overwriteNone}>
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
            {d.conflicts.map((c) => {
              const id = cellId(c.unitCode, c.roleId);
              return (
                <Table.Tr key={id}>
                  <Table.Td>
                    <Checkbox
                      aria-label={t.attendance.overwriteCell(labels.unit(c.unitCode), labels.role(c.roleId))}
                      checked={d.overwrite.has(id)}
                      onChange={(e) => d.overwriteCell(id, e.currentTarget.checked)}
                    />
                  </Table.Td>
                  <Table.Td>{labels.cell(c.unitCode, c.roleId)}</Table.Td>
                  <Table.Td>
                    {cellSummary(c.current)}{' '}
                    <Text span size="xs" c="dimmed">
                      ({t.attendance.manualValue})
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {cellSummary(c.proposed)}
                    {c.proposed.name !== d.nameOf.get(c.participantKey) && (
                      <Text size="xs" c="dimmed">
                        {d.nameOf.get(c.participantKey)}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {d.conflicts.length === 0 && (
          <Text c="dimmed" size="sm">
            {t.attendance.emptyTab}
          </Text>
        )}
      </ScrollArea.Autosize>
    </>
  );
}
