// Rows the report placed by itself; each can be left out.
import { Checkbox, ScrollArea, Table, Text } from '@mantine/core';
import { t } from '../../../i18n';
import { joinText, RowResult, type Labels } from './review-parts';
import type { ImportDecisionState } from './use-import-decisions';

export function AutoRowsTab({ d, labels }: { d: ImportDecisionState; labels: Labels }) {
  return (
    <>
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
            {d.autoRows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Td>
                  <Checkbox aria-label={t.attendance.applyRow(r.name)} checked={!d.skip.has(r.key)} onChange={(e) => d.apply(r.key, e.currentTarget.checked)} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.name}</Text>
                  {(r.email || r.details || r.reason) && (
                    <Text size="xs" c="dimmed">
                      {[r.email, r.details, r.reason].filter(Boolean).join(' · ')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{labels.unit(r.unitCode!)}</Table.Td>
                <Table.Td>{labels.role(r.roleId!)}</Table.Td>
                <Table.Td className="rakor-tabular">{joinText(r)}</Table.Td>
                <Table.Td>
                  <RowResult row={r} d={d} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {d.autoRows.length === 0 && (
          <Text c="dimmed" size="sm">
            {t.attendance.emptyTab}
          </Text>
        )}
      </ScrollArea.Autosize>
    </>
  );
}
