// One unit's page: a row per role (and per extra person in a role), typed straight into the
// table. Empty roles stand out, and clearing or removing a person can be undone.
import { useMemo, useRef, useState } from 'react';
import { ActionIcon, Alert, Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { api } from '../../api/client';
import type { Person } from '../../../../shared/domain/roster';
import type { Role } from '../../../../shared/domain/roles';
import { checkPersonPatch, formatPhone, PERSON_FIELDS, unitCompleteness, type PersonField } from '../../../../shared/domain/roster-ops';
import { officialUnitName, shortUnitName, sortUnits } from '../../../../shared/domain/units';
import { t } from '../../i18n';
import { routeHref } from '../../router';
import { notifyError } from '../../components/notify';
import { CompletenessBadge } from './CompletenessBadge';
import { InlineField } from './InlineField';
import type { RosterDoc } from './use-roster';
import { UnitAttendanceHistory } from '../rekap/UnitAttendanceHistory';
import { UnitReportHistory } from '../unit-reports/UnitReportHistory';
import { newId } from '../new-id';

interface Row {
  role: Role;
  id: string;
  person: Person | undefined;
  firstOfRole: boolean;
}

const WIDTH: Record<PersonField, string> = { name: '17%', jabatan: '21%', email: '19%', phone: '175px', notes: '15%' };

function newPersonId(): string {
  return `p-${newId()}`;
}

export function UnitRoster({ code, doc }: { code: string; doc: RosterDoc }) {
  const roster = doc.roster!;
  const unit = roster.units.find((u) => u.code === code);
  const [extraRows, setExtraRows] = useState<Array<{ roleId: string; id: string }>>([]);
  const table = useRef<HTMLTableElement>(null);

  const rows = useMemo(() => {
    const out: Row[] = [];
    for (const role of roster.roles) {
      const people = roster.people.filter((p) => p.unitCode === code && p.roleId === role.id);
      const ids = people.map((p) => p.id);
      for (const extra of extraRows) if (extra.roleId === role.id && !ids.includes(extra.id)) ids.push(extra.id);
      // The empty row of a role has a fixed id, so the second field typed into it reaches the
      // person the first one created, however quickly the user tabs on.
      if (ids.length === 0) ids.push(`n-${code}-${role.id}`.slice(0, 60));
      ids.forEach((id, i) => out.push({ role, id, person: people.find((p) => p.id === id), firstOfRole: i === 0 }));
    }
    return out;
  }, [roster, code, extraRows]);

  if (!unit) {
    return (
      <Stack>
        <Anchor href={routeHref({ name: 'roster' })}>← {t.roster.unit.back}</Anchor>
        <Alert color="orange">{t.roster.unit.notFound}</Alert>
      </Stack>
    );
  }

  const ordered = sortUnits(roster.units);
  const at = ordered.findIndex((u) => u.code === code);
  const prev = ordered[at - 1];
  const next = ordered[at + 1];
  const completeness = unitCompleteness(roster, code);

  const focusCell = (rowIndex: number, field: PersonField) => {
    const el = table.current?.querySelector<HTMLElement>(`[data-row="${rowIndex}"][data-field="${field}"]`);
    el?.focus();
    if (el instanceof HTMLInputElement) el.select();
  };

  const commit = (row: Row, field: PersonField, value: string): string | null => {
    const { clean, errors } = checkPersonPatch({ [field]: value });
    if (errors[field]) return errors[field]!;
    doc.savePerson(row.id, code, row.role.id, clean);
    return null;
  };

  const remove = async (row: Row) => {
    const gone = row.person;
    if (!gone) return;
    try {
      await doc.run(() => api.call('roster/delete-person', { id: gone.id }));
      setExtraRows((x) => x.filter((e) => e.id !== gone.id));
      const { id, unitCode, roleId, ...fields } = gone;
      notifications.show({
        color: 'gray',
        message: (
          <Group gap="xs">
            <Text size="sm">{t.roster.unit.removed}</Text>
            <Button size="compact-xs" variant="light" onClick={() => doc.savePerson(id, unitCode, roleId, fields)}>
              {t.roster.unit.undo}
            </Button>
          </Group>
        ),
        autoClose: 8000,
      });
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Anchor href={routeHref({ name: 'roster' })} size="sm">
            ← {t.roster.unit.back}
          </Anchor>
          <Group gap="sm" align="center">
            <Title order={2}>{officialUnitName(unit)}</Title>
            <CompletenessBadge filled={completeness.filled} total={completeness.total} size="lg" />
          </Group>
          <Text size="sm" c="dimmed">
            {t.roster.columns.code} {unit.code} · {t.roster.unit.hint}
          </Text>
        </Stack>
        <Group gap="xs">
          {prev && (
            <Button
              component="a"
              variant="subtle"
              size="xs"
              href={routeHref({ name: 'roster', unit: prev.code })}
              aria-label={t.roster.unit.prevLink(prev.code, officialUnitName(prev))}
            >
              ← {prev.code}
            </Button>
          )}
          {next && (
            <Button
              component="a"
              variant="subtle"
              size="xs"
              href={routeHref({ name: 'roster', unit: next.code })}
              aria-label={t.roster.unit.nextLink(next.code, officialUnitName(next))}
            >
              {next.code} →
            </Button>
          )}
        </Group>
      </Group>

      <Table ref={table} layout="fixed" withTableBorder verticalSpacing={4} horizontalSpacing="xs" data-testid="unit-roster">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>{t.roster.unit.role}</Table.Th>
            {PERSON_FIELDS.map((f) => (
              <Table.Th key={f} w={WIDTH[f]}>
                {t.roster.fields[f]}
              </Table.Th>
            ))}
            <Table.Th w={36} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, i) => {
            const empty = !row.person?.name;
            const label = (f: PersonField) =>
              rows.filter((r) => r.role.id === row.role.id).length > 1
                ? `${t.roster.fields[f]} ${row.role.short} ${rows.filter((r, j) => r.role.id === row.role.id && j <= i).length}`
                : `${t.roster.fields[f]} ${row.role.short}`;
            return (
              <Table.Tr
                key={row.id}
                bg={empty ? 'var(--mantine-color-yellow-0)' : undefined}
                data-testid="role-row"
                data-role={row.role.id}
                data-empty={empty || undefined}
              >
                <Table.Td style={{ verticalAlign: 'top' }}>
                  {row.firstOfRole && (
                    <Stack gap={2}>
                      <Text size="sm" fw={600}>
                        {row.role.short}
                      </Text>
                      {row.role.label !== row.role.short && (
                        <Text size="xs" c="dimmed" lineClamp={2} title={row.role.label}>
                          {row.role.label}
                        </Text>
                      )}
                      {empty && (
                        <Badge size="xs" color="yellow" variant="filled" w="fit-content">
                          {t.roster.unit.empty}
                        </Badge>
                      )}
                    </Stack>
                  )}
                </Table.Td>
                {PERSON_FIELDS.map((f) => (
                  <Table.Td key={f} style={{ verticalAlign: 'top' }}>
                    <InlineField
                      size="xs"
                      aria-label={label(f)}
                      placeholder={t.roster.placeholders[f]}
                      value={f === 'phone' ? formatPhone(row.person?.phone ?? '') : (row.person?.[f] ?? '')}
                      onCommit={(v) => commit(row, f, v)}
                      onEnter={() => focusCell(i + 1, f)}
                      draft={{ key: `roster:${row.id}:${f}`, where: `${shortUnitName(unit)} · ${label(f)}`, href: routeHref({ name: 'roster', unit: code }) }}
                      multiline={f === 'notes'}
                      data-row={i}
                      data-field={f}
                      type={f === 'email' ? 'email' : f === 'phone' ? 'tel' : 'text'}
                      autoFocus={i === 0 && f === 'name'}
                    />
                  </Table.Td>
                ))}
                <Table.Td style={{ verticalAlign: 'top' }}>
                  {row.person ? (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      tabIndex={-1}
                      aria-label={t.roster.unit.removePerson(row.role.short, row.person.name)}
                      onClick={() => void remove(row)}
                    >
                      ×
                    </ActionIcon>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>

      <Group justify="space-between">
        <Group gap="xs">
          {roster.roles.map((role) => (
            <Button
              key={role.id}
              size="compact-xs"
              variant="subtle"
              aria-label={t.roster.unit.addPersonFor(role.short)}
              onClick={() => setExtraRows((x) => [...x, { roleId: role.id, id: newPersonId() }])}
            >
              + {role.short}
            </Button>
          ))}
        </Group>
        {next && (
          <Button component="a" variant="light" href={routeHref({ name: 'roster', unit: next.code })}>
            {t.roster.unit.next}: {officialUnitName(next)} →
          </Button>
        )}
      </Group>
      <UnitAttendanceHistory code={code} roles={roster.roles} />
      <UnitReportHistory code={code} />
    </Stack>
  );
}
