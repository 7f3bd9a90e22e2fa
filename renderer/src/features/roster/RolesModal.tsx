// Managing the roles invited from each unit: rename, reorder, add (e.g. Divisi Hukum) and
// remove one nobody holds and no meeting uses; a refusal says what still depends on it.
import { useState } from 'react';
import { ActionIcon, Alert, Button, Card, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { api } from '../../api/client';
import type { Role } from '../../../../shared/domain/roles';
import { updateRole } from '../../../../shared/domain/roster-ops';
import { t } from '../../i18n';
import { errorText, notifyOk } from '../../components/notify';
import { InlineField } from './InlineField';
import type { RosterDoc } from './use-roster';

const splitKeywords = (text: string) =>
  text
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);

function RoleCard({ role, index, count, doc, onError }: { role: Role; index: number; count: number; doc: RosterDoc; onError: (m: string) => void }) {
  const save = (patch: Partial<{ label: string; short: string; keywords: string[] }>): string | null => {
    const next = { label: role.label, short: role.short, keywords: role.keywords, ...patch };
    try {
      // The same check the handler makes, so a refusal shows under the field at once.
      updateRole(doc.roster!, role.id, next);
    } catch (err) {
      return err instanceof Error ? err.message : t.common.error;
    }
    doc.run(() => api.call('roster/update-role', { id: role.id, role: next })).catch((err) => onError(errorText(err)));
    return null;
  };
  const move = (direction: -1 | 1) => {
    doc.run(() => api.call('roster/move-role', { id: role.id, direction })).catch((err) => onError(errorText(err)));
  };
  const remove = () => {
    doc
      .run(() => api.call('roster/remove-role', { id: role.id }))
      .then(() => notifyOk(t.roster.roles.removed(role.short)))
      .catch((err) => onError(errorText(err)));
  };
  return (
    <Card withBorder padding="sm" data-testid="role-card">
      <Group align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ flex: 1 }}>
          <InlineField label={t.roster.roles.label} value={role.label} onCommit={(v) => save({ label: v })} size="xs" />
          <Group grow>
            <InlineField label={t.roster.roles.short} value={role.short} onCommit={(v) => save({ short: v })} size="xs" />
            <InlineField label={t.roster.roles.keywords} value={role.keywords.join(', ')} onCommit={(v) => save({ keywords: splitKeywords(v) })} size="xs" />
          </Group>
        </Stack>
        <Stack gap={2}>
          <ActionIcon variant="subtle" aria-label={t.roster.roles.moveUp(role.short)} disabled={index === 0} onClick={() => move(-1)}>
            ↑
          </ActionIcon>
          <ActionIcon variant="subtle" aria-label={t.roster.roles.moveDown(role.short)} disabled={index === count - 1} onClick={() => move(1)}>
            ↓
          </ActionIcon>
          <ActionIcon variant="subtle" color="red" aria-label={t.roster.roles.remove(role.short)} onClick={remove}>
            ×
          </ActionIcon>
        </Stack>
      </Group>
    </Card>
  );
}

export function RolesModal({ opened, onClose, doc }: { opened: boolean; onClose: () => void; doc: RosterDoc }) {
  const [label, setLabel] = useState('');
  const [short, setShort] = useState('');
  const [keywords, setKeywords] = useState('');
  const [addError, setAddError] = useState('');
  const [error, setError] = useState('');
  const roles = doc.roster?.roles ?? [];

  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    setAddError('');
    try {
      let added = '';
      await doc.run(async () => {
        const res = await api.call('roster/add-role', { label, short, keywords: splitKeywords(keywords) });
        added = res.role.short;
        return res.roster;
      });
      notifyOk(t.roster.roles.added(added));
      setLabel('');
      setShort('');
      setKeywords('');
    } catch (err) {
      setAddError(errorText(err));
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t.roster.roles.title} size="xl">
      <Stack>
        <Text size="sm" c="dimmed">
          {t.roster.roles.body}
        </Text>
        {error && (
          <Alert color="red" role="alert" withCloseButton onClose={() => setError('')}>
            {error}
          </Alert>
        )}
        {roles.map((r, i) => (
          <RoleCard key={r.id} role={r} index={i} count={roles.length} doc={doc} onError={setError} />
        ))}
        <Card withBorder padding="sm" bg="var(--mantine-color-gray-0)">
          <form onSubmit={add}>
            <Stack gap="xs">
              <Title order={5}>{t.roster.roles.newTitle}</Title>
              <TextInput
                label={t.roster.roles.label}
                value={label}
                onChange={(e) => setLabel(e.currentTarget.value)}
                error={addError || undefined}
                placeholder="Divisi Hukum"
              />
              <Group grow>
                <TextInput label={t.roster.roles.short} value={short} onChange={(e) => setShort(e.currentTarget.value)} />
                <TextInput
                  label={t.roster.roles.keywords}
                  value={keywords}
                  onChange={(e) => setKeywords(e.currentTarget.value)}
                  placeholder="hukum, kadiv hukum"
                />
              </Group>
              <Group>
                <Button type="submit" size="xs">
                  {t.roster.roles.add}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
      </Stack>
    </Modal>
  );
}
