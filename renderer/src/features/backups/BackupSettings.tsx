// Backups in Pengaturan: the automatic copies with restore, and the archive file to carry
// the whole data folder to a USB stick or another computer.
import { useCallback, useEffect, useState } from 'react';
import { Button, Card, FileButton, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { api, bytesToBase64, saveFile } from '../../api/client';
import type { BackupInfo } from '../../../../shared/contract/backups';
import { formatInstant } from '../../../../shared/domain/datetime';
import { t } from '../../i18n';
import { notifyError, notifyOk } from '../../components/notify';

const MAX_ARCHIVE_BYTES = 60 * 1024 * 1024;

export function BackupSettings() {
  const [list, setList] = useState<BackupInfo[]>([]);
  const [dataDir, setDataDir] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<{ name?: string; file?: File } | null>(null);

  const load = useCallback(() => {
    api.call('backups/list', {}).then((r) => {
      setList(r.backups);
      setDataDir(r.dataDir);
    }, notifyError);
  }, []);
  useEffect(load, [load]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
      load();
    }
  };

  const restore = () =>
    run(async () => {
      const target = confirm;
      setConfirm(null);
      if (!target) return;
      let safety: BackupInfo;
      if (target.name) {
        safety = (await api.call('backups/restore', { name: target.name })).safetyBackup;
      } else {
        const file = target.file!;
        if (file.size > MAX_ARCHIVE_BYTES) throw new Error(t.backups.tooBig);
        const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
        safety = (await api.call('backups/import-archive', { base64 })).safetyBackup;
      }
      notifyOk(`${t.backups.restored} (${formatInstant(safety.createdAt, 'WIB')}).`);
      // Every screen holds data read before the restore: start afresh on the meetings list.
      setTimeout(() => {
        window.location.hash = '#/';
        window.location.reload();
      }, 1500);
    });

  return (
    <Card withBorder>
      <Stack>
        <Title order={4}>{t.backups.title}</Title>
        <Text size="sm">{t.backups.intro}</Text>
        <Text size="sm" c="dimmed">
          {t.backups.dataDir}: <code>{dataDir}</code>
        </Text>
        <Group>
          <Button
            variant="light"
            loading={busy}
            onClick={() =>
              run(async () => {
                await api.call('backups/create', {});
                notifyOk(t.backups.created);
              })
            }
          >
            {t.backups.createNow}
          </Button>
          <Button
            variant="light"
            loading={busy}
            onClick={() =>
              run(async () => {
                const where = await saveFile(await api.call('backups/export-archive', {}));
                notifyOk(`${t.backups.fileSaved}: ${where}`);
              })
            }
          >
            {t.backups.toFile}
          </Button>
          <FileButton accept=".zip,application/zip" onChange={(file) => file && setConfirm({ file })}>
            {(props) => (
              <Button variant="subtle" {...props} disabled={busy}>
                {t.backups.fromFile}
              </Button>
            )}
          </FileButton>
        </Group>
        {list.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t.backups.none}
          </Text>
        ) : (
          <Table striped data-testid="backup-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.backups.when}</Table.Th>
                <Table.Th>{t.backups.kind}</Table.Th>
                <Table.Th>{t.backups.size}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((b) => (
                <Table.Tr key={b.name}>
                  <Table.Td>{b.createdAt ? formatInstant(b.createdAt, 'WIB') : b.name}</Table.Td>
                  <Table.Td>{t.backups.reason[b.reason] ?? b.reason}</Table.Td>
                  <Table.Td>
                    {b.files} {t.backups.files}, {Math.max(1, Math.round(b.bytes / 1024))} KB
                  </Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="subtle" onClick={() => setConfirm({ name: b.name })} disabled={busy}>
                      {t.backups.restore}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <Modal opened={confirm !== null} onClose={() => setConfirm(null)} title={confirm?.file ? t.backups.restoreFileTitle : t.backups.restoreTitle}>
        <Stack>
          <Text size="sm">{t.backups.restoreBody}</Text>
          {confirm?.file && (
            <Text size="sm" fw={600}>
              {confirm.file.name}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="subtle" onClick={() => setConfirm(null)}>
              {t.common.cancel}
            </Button>
            <Button color="red" onClick={restore}>
              {t.backups.restore}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
