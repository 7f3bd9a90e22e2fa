// The bin (Sampah): deleted meetings, each restorable; permanent removal asks first.
import { useCallback, useEffect, useState } from 'react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { api } from '../api/client';
import type { MeetingSummary } from '../../../shared/domain/meeting';
import { formatDayDate } from '../../../shared/domain/datetime';
import { t } from '../i18n';
import { navigate } from '../router';
import { notifyError, notifyOk } from '../components/notify';

export function BinPage() {
  const [items, setItems] = useState<MeetingSummary[]>([]);
  const load = useCallback(() => {
    api.call('meetings/list', { includeDeleted: true }).then((r) => setItems(r.meetings.filter((m) => m.deletedAt)), notifyError);
  }, []);
  useEffect(load, [load]);

  const restore = async (id: string) => {
    try {
      await api.call('meetings/restore', { id });
      notifyOk(t.meetings.restored);
      navigate({ name: 'meeting', id, tab: 'undangan' });
    } catch (err) {
      notifyError(err);
    }
  };
  const purge = async (id: string) => {
    if (!window.confirm(t.meetings.purgeConfirm)) return;
    try {
      await api.call('meetings/purge', { id });
      load();
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Stack maw={900}>
      <Title order={2}>{t.meetings.binTitle}</Title>
      {items.length === 0 && <Text c="dimmed">{t.meetings.binEmpty}</Text>}
      {items.map((m) => (
        <Card withBorder padding="sm" key={m.id} data-testid="bin-row">
          <Group justify="space-between">
            <Stack gap={2}>
              <Text fw={600}>{m.title}</Text>
              <Text size="sm" c="dimmed">
                {formatDayDate(m.date)} · {t.meetings.deletedAt} {m.deletedAt.slice(0, 10)}
              </Text>
            </Stack>
            <Group>
              <Button variant="light" onClick={() => restore(m.id)}>
                {t.common.restore}
              </Button>
              <Button variant="subtle" color="red" onClick={() => purge(m.id)}>
                {t.meetings.purge}
              </Button>
            </Group>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
