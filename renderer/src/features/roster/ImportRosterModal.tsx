// Importing a roster CSV in two steps: the preview says per row what will change, and which
// rows are wrong and why; only "Terapkan" writes, and then only the good rows.
import { useState } from 'react';
import { Alert, Badge, Button, FileInput, Group, List, Loader, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { api, bytesToBase64 } from '../../api/client';
import type { RosterImportPreview, RosterPreviewRow } from '../../../../shared/contract/roster';
import { t } from '../../i18n';
import { errorText, notifyOk } from '../../components/notify';
import type { RosterDoc } from './use-roster';

const STATUS_COLOR: Record<RosterPreviewRow['change'], string> = { baru: 'green', ubah: 'blue', sama: 'gray', salah: 'red' };

export function ImportRosterModal({ opened, onClose, doc }: { opened: boolean; onClose: () => void; doc: RosterDoc }) {
  const [file, setFile] = useState<File | null>(null);
  const [base64, setBase64] = useState('');
  const [preview, setPreview] = useState<RosterImportPreview | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setFile(null);
    setBase64('');
    setPreview(null);
    setError('');
  };
  const close = () => {
    reset();
    onClose();
  };

  const choose = async (f: File | null) => {
    reset();
    setFile(f);
    if (!f) return;
    setBusy(true);
    try {
      const b64 = bytesToBase64(new Uint8Array(await f.arrayBuffer()));
      setBase64(b64);
      setPreview(await api.call('roster/import-preview', { base64: b64 }));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const apply = async () => {
    setBusy(true);
    try {
      const res = await doc.run(async () => {
        const r = await api.call('roster/import-apply', { base64 });
        notifyOk(t.roster.import.applied(r.added, r.updated, r.skipped));
        return r.roster;
      });
      doc.replace(res);
      close();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const toApply = preview ? preview.counts.baru + preview.counts.ubah : 0;

  return (
    <Modal opened={opened} onClose={close} title={t.roster.import.title} size="85rem">
      <Stack>
        <Text size="sm" c="dimmed">
          {t.roster.import.columnsHelp}
        </Text>
        <FileInput
          label={t.roster.import.file}
          placeholder={t.roster.import.filePlaceholder}
          accept=".csv,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={(f) => void choose(f)}
          clearable
          data-autofocus
        />
        {busy && !preview && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{t.roster.import.reading}</Text>
          </Group>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {preview && (
          <>
            <Group gap="xs">
              {(['baru', 'ubah', 'sama', 'salah'] as const).map((k) => (
                <Badge key={k} color={STATUS_COLOR[k]} variant="light" data-testid={`count-${k}`}>
                  {preview.counts[k]} {t.roster.import.counts[k]}
                </Badge>
              ))}
              <Text size="xs" c="dimmed">
                {t.roster.import.readAs(
                  preview.encoding,
                  preview.delimiter === null ? null : (t.roster.import.delimiterName[preview.delimiter] ?? preview.delimiter),
                )}
              </Text>
            </Group>
            {preview.counts.salah > 0 && (
              <Alert color="orange" py="xs">
                {t.roster.import.badRowsNote(preview.counts.salah)}
              </Alert>
            )}
            <ScrollArea.Autosize mah={420}>
              <Table striped withTableBorder verticalSpacing={4} data-testid="import-preview">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={60}>{t.roster.import.columns.line}</Table.Th>
                    <Table.Th w={110}>{t.roster.import.columns.status}</Table.Th>
                    <Table.Th>{t.roster.import.columns.unit}</Table.Th>
                    <Table.Th>{t.roster.import.columns.role}</Table.Th>
                    <Table.Th>{t.roster.import.columns.name}</Table.Th>
                    <Table.Th>{t.roster.import.columns.detail}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.rows.map((r) => (
                    <Table.Tr key={r.line} data-testid="preview-row" data-status={r.change} bg={r.ok ? undefined : 'var(--mantine-color-red-0)'}>
                      <Table.Td>{r.line}</Table.Td>
                      <Table.Td>
                        <Badge color={STATUS_COLOR[r.change]} variant={r.ok ? 'light' : 'filled'}>
                          {t.roster.import.counts[r.change]}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{r.unitLabel}</Table.Td>
                      <Table.Td>{r.roleLabel}</Table.Td>
                      <Table.Td>{r.name}</Table.Td>
                      <Table.Td>
                        {r.ok ? (
                          r.changes.length > 0 && (
                            <List size="xs">
                              {r.changes.map((c) => (
                                <List.Item key={c.field}>{t.roster.import.change(t.roster.fields[c.field], c.from, c.to)}</List.Item>
                              ))}
                            </List>
                          )
                        ) : (
                          <Stack gap={2}>
                            <List size="sm" c="red.8">
                              {r.errors.map((e) => (
                                <List.Item key={e}>{e}</List.Item>
                              ))}
                            </List>
                            {r.raw && (
                              <Text size="xs" c="dimmed">
                                {t.roster.import.rawRow}: {r.raw}
                              </Text>
                            )}
                          </Stack>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="subtle" onClick={close}>
            {t.common.cancel}
          </Button>
          <Button onClick={() => void apply()} disabled={!preview || toApply === 0} loading={busy && Boolean(preview)}>
            {preview && toApply === 0 ? t.roster.import.nothingToApply : t.roster.import.apply(toApply)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
