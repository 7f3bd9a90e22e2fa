// The roster (Daftar Kontak): the units with how complete each one is, a filter over units
// and people, import/export as CSV and the roles; a unit's page is where people are typed in.
import { useMemo, useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Loader, Menu, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { api, saveFile } from '../../api/client';
import { rosterCompleteness, searchRoster, unitCompleteness } from '../../../../shared/domain/roster-ops';
import { officialUnitName, sortUnits } from '../../../../shared/domain/units';
import { t } from '../../i18n';
import { navigate, routeHref } from '../../router';
import { errorText, notifyError, notifyOk } from '../../components/notify';
import { CompletenessBadge } from './CompletenessBadge';
import { ImportRosterModal } from './ImportRosterModal';
import { RolesModal } from './RolesModal';
import { LearnedNamesModal } from './LearnedNamesModal';
import { UnitRoster } from './UnitRoster';
import { useRefusedDrafts } from '../refused-drafts';
import { RefusedBadge } from '../../components/RefusedBadge';
import { useRoster, type RosterDoc } from './use-roster';
import { unitsGroupName } from '../../../../shared/domain/org-words';

function SaveStatus({ doc }: { doc: RosterDoc }) {
  const refused = useRefusedDrafts('roster:');
  const text = doc.status === 'saved' ? t.roster.status.saved : doc.status === 'pending' ? t.roster.status.pending : t.roster.status.error;
  return (
    <Group gap="xs" justify="flex-end">
      {refused.length > 0 && doc.status !== 'error' && <RefusedBadge drafts={refused} />}
      {doc.status === 'error' && (
        <>
          <Text size="xs" c="red" maw={420} ta="right">
            {errorText(doc.saveError)}
          </Text>
          <Button size="compact-xs" color="red" variant="light" onClick={doc.retry}>
            {t.roster.status.retry}
          </Button>
        </>
      )}
      {(refused.length === 0 || doc.status === 'error') && (
        <Badge variant="dot" color={doc.status === 'error' ? 'red' : doc.status === 'pending' ? 'yellow' : 'green'} data-testid="roster-save-status">
          {text}
        </Badge>
      )}
    </Group>
  );
}

function UnitList({ doc }: { doc: RosterDoc }) {
  const roster = doc.roster!;
  const [query, setQuery] = useState('');
  const [importOpen, setImportOpen] = useState(false);
  const [rolesOpen, setRolesOpen] = useState(false);
  const [learnedOpen, setLearnedOpen] = useState(false);
  const units = useMemo(() => sortUnits(roster.units), [roster.units]);
  const matches = useMemo(() => new Set(searchRoster(roster, query)), [roster, query]);
  const shown = units.filter((u) => matches.has(u.code));
  const total = rosterCompleteness(roster);
  const roleShort = new Map(roster.roles.map((r) => [r.id, r.short]));

  const exportCsv = async (delimiter: ',' | ';' | 'xlsx') => {
    try {
      const file = delimiter === 'xlsx' ? await api.call('roster/export-xlsx', {}) : await api.call('roster/export-csv', { delimiter });
      notifyOk(t.roster.exported(await saveFile(file)));
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Stack gap="sm" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2}>{t.roster.title}</Title>
          <Text size="sm" c="dimmed">
            {t.roster.subtitle(roster.units.filter((u) => !u.unlisted).length, unitsGroupName(roster.units.filter((u) => !u.unlisted)))}
          </Text>
          <Text size="sm" fw={500} data-testid="roster-summary">
            {t.roster.summary(total.unitsComplete, total.units, total.filled, total.total)}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button variant="light" onClick={() => setImportOpen(true)}>
            {t.roster.importCsv}
          </Button>
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="light">{t.roster.exportCsv}</Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => void exportCsv(',')}>{t.roster.exportComma}</Menu.Item>
              <Menu.Item onClick={() => void exportCsv(';')}>{t.roster.exportSemicolon}</Menu.Item>
              <Menu.Item onClick={() => void exportCsv('xlsx')}>{t.roster.exportXlsx}</Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <Button variant="subtle" onClick={() => setRolesOpen(true)}>
            {t.roster.manageRoles}
          </Button>
          <Button variant="subtle" onClick={() => setLearnedOpen(true)}>
            {t.roster.learnedButton}
          </Button>
        </Group>
      </Group>

      {roster.people.length === 0 && (
        <Alert color="blue" title={t.roster.emptyTitle} data-testid="roster-empty">
          {t.roster.emptyBody}
        </Alert>
      )}

      <TextInput
        label={t.roster.search}
        placeholder={t.roster.searchPlaceholder}
        description={t.roster.searchHint}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && shown.length > 0) navigate({ name: 'roster', unit: shown[0]!.code });
          if (e.key === 'Escape') setQuery('');
        }}
        autoFocus
        type="search"
      />

      {shown.length === 0 ? (
        <Text c="dimmed" data-testid="roster-no-match">
          {t.roster.noMatch(query)}
        </Text>
      ) : (
        <Table striped highlightOnHover withTableBorder verticalSpacing={6} data-testid="roster-units">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t.roster.columns.code}</Table.Th>
              <Table.Th>{t.roster.columns.unit}</Table.Th>
              <Table.Th w={120}>{t.roster.columns.complete}</Table.Th>
              <Table.Th>{t.roster.columns.missing}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((u) => {
              const c = unitCompleteness(roster, u.code);
              return (
                <Table.Tr key={u.code} data-testid="unit-row" style={{ cursor: 'pointer' }} onClick={() => navigate({ name: 'roster', unit: u.code })}>
                  <Table.Td>{u.code}</Table.Td>
                  <Table.Td>
                    <Anchor href={routeHref({ name: 'roster', unit: u.code })} onClick={(e) => e.stopPropagation()}>
                      {officialUnitName(u)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <CompletenessBadge filled={c.filled} total={c.total} />
                  </Table.Td>
                  <Table.Td>
                    {c.missingRoleIds.length === 0 ? (
                      <Text size="sm" c="green.8">
                        {t.roster.completeAll}
                      </Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {c.missingRoleIds.map((id) => roleShort.get(id) ?? id).join(', ')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <ImportRosterModal opened={importOpen} onClose={() => setImportOpen(false)} doc={doc} />
      <RolesModal opened={rolesOpen} onClose={() => setRolesOpen(false)} doc={doc} />
      <LearnedNamesModal opened={learnedOpen} onClose={() => setLearnedOpen(false)} />
    </Stack>
  );
}

export function RosterPage({ unit }: { unit?: string }) {
  const doc = useRoster();
  if (doc.loadError) return <Alert color="red">{errorText(doc.loadError)}</Alert>;
  if (!doc.roster) return <Loader />;
  return (
    <Stack gap="xs">
      <SaveStatus doc={doc} />
      {unit ? <UnitRoster key={unit} code={unit} doc={doc} /> : <UnitList doc={doc} />}
    </Stack>
  );
}
