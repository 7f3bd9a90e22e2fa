// The host commission's own people: shown, never placed in the grid.
import { ScrollArea, Table, Text } from '@mantine/core';
import { t } from '../../../i18n';
import { joinText } from './review-parts';
import type { ImportDecisionState } from './use-import-decisions';

export function HostRowsTab({ d }: { d: ImportDecisionState }) {
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">
        {t.attendance.hostIntro}
      </Text>
      <ScrollArea.Autosize mah="calc(100vh - 300px)">
        <Table striped>
          <Table.Tbody>
            {d.hostRows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Td>
                  <Text size="sm">{r.name}</Text>
                  {r.email && (
                    <Text size="xs" c="dimmed">
                      {r.email}
                    </Text>
                  )}
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
        {d.hostRows.length === 0 && (
          <Text c="dimmed" size="sm">
            {t.attendance.emptyTab}
          </Text>
        )}
      </ScrollArea.Autosize>
    </>
  );
}
