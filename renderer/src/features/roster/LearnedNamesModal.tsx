// The names learned across meetings (display name or email -> unit and role), listed for the
// secretariat to check, with "Lupakan" to forget one. They are personal data; removing a
// person from the roster forgets theirs too (the core does that).
import { useEffect, useState } from 'react';
import { Alert, Button, Loader, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import type { LearnedNameRow } from '../../../../shared/contract/learned';
import { formatDateLong, isValidIsoDate } from '../../../../shared/domain/datetime';
import { api } from '../../api/client';
import { errorText, notifyOk } from '../../components/notify';
import { t } from '../../i18n';

export function LearnedNamesModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const [rows, setRows] = useState<LearnedNameRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    if (!opened) return;
    setRows(null);
    setError(null);
    api.call('roster/learned-names', {}).then(setRows, (err) => setError(errorText(err)));
  }, [opened]);

  const forget = async (row: LearnedNameRow) => {
    setBusy(row.id);
    try {
      setRows(await api.call('roster/forget-learned-name', { id: row.id }));
      notifyOk(t.roster.learned.forgotten(row.name || row.email));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t.roster.learned.title} size="xl">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t.roster.learned.intro}
        </Text>
        {error && <Alert color="red">{error}</Alert>}
        {!rows && !error && <Loader size="sm" />}
        {rows && rows.length === 0 && (
          <Text size="sm" data-testid="learned-empty">
            {t.roster.learned.empty}
          </Text>
        )}
        {rows && rows.length > 0 && (
          <ScrollArea.Autosize mah="60vh">
            <Table striped data-testid="learned-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t.roster.learned.colName}</Table.Th>
                  <Table.Th>{t.roster.learned.colCell}</Table.Th>
                  <Table.Th>{t.roster.learned.colMeeting}</Table.Th>
                  <Table.Th w={110} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <Text size="sm">{r.name}</Text>
                      {r.email && (
                        <Text size="xs" c="dimmed">
                          {r.email}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {r.unitLabel} — {r.roleLabel}
                      </Text>
                      {r.personName && (
                        <Text size="xs" c="dimmed">
                          {t.roster.learned.holder(r.personName)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{isValidIsoDate(r.meetingDate) ? formatDateLong(r.meetingDate) : ''}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="light"
                        color="red"
                        loading={busy === r.id}
                        onClick={() => void forget(r)}
                        aria-label={t.roster.learned.forgetLabel(r.name || r.email)}
                      >
                        {t.roster.learned.forget}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
      </Stack>
    </Modal>
  );
}
