// Rows the report could not place: a unit and a role picked by hand.
import { useMemo } from 'react';
import { ScrollArea, Select, Table, Text } from '@mantine/core';
import { t } from '../../../i18n';
import type { GridRole, GridUnit } from '../grid-model';
import { joinText, RowResult } from './review-parts';
import type { ImportDecisionState } from './use-import-decisions';

export function UnknownRowsTab({ d, units, roles }: { d: ImportDecisionState; units: GridUnit[]; roles: GridRole[] }) {
  const unitOptions = useMemo(() => units.map((u) => ({ value: u.code, label: `${u.label} (${u.code})` })), [units]);
  const roleOptions = useMemo(() => roles.map((r) => ({ value: r.id, label: r.label })), [roles]);
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">
        {t.attendance.unknownIntro}
      </Text>
      <ScrollArea.Autosize mah="calc(100vh - 300px)">
        <Table>
          <Table.Tbody>
            {d.unknownRows.map((r) => {
              const h = d.hand[r.key] ?? { unit: null, role: null };
              return (
                <Table.Tr key={r.key}>
                  <Table.Td>
                    <Text size="sm">{r.name}</Text>
                    <Text size="xs" c="dimmed">
                      {r.email ? `${r.email} · ` : ''}
                      {joinText(r)} · {r.reason}
                    </Text>
                  </Table.Td>
                  <Table.Td w={260}>
                    <Select
                      aria-label={t.attendance.unitFor(r.name)}
                      placeholder={t.attendance.pickUnit}
                      data={unitOptions}
                      value={h.unit}
                      onChange={(v) => d.pickByHand(r.key, { ...h, unit: v })}
                      searchable
                      clearable
                      size="xs"
                      comboboxProps={{ withinPortal: true }}
                    />
                  </Table.Td>
                  <Table.Td w={200}>
                    <Select
                      aria-label={t.attendance.roleFor(r.name)}
                      placeholder={t.attendance.pickRole}
                      data={roleOptions}
                      value={h.role}
                      onChange={(v) => d.pickByHand(r.key, { ...h, role: v })}
                      clearable
                      size="xs"
                    />
                  </Table.Td>
                  <Table.Td w={140}>{h.unit && h.role ? <RowResult row={{ ...r, unitCode: h.unit, roleId: h.role }} d={d} /> : null}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {d.unknownRows.length === 0 && (
          <Text c="dimmed" size="sm">
            {t.attendance.emptyTab}
          </Text>
        )}
      </ScrollArea.Autosize>
    </>
  );
}
