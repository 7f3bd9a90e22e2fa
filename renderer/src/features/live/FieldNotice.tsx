// Next to a text field: "another window replaced your text", with the text offered back.
// It listens to the meeting's ReplacedStore for its own field only, so a notice never
// re-renders the rest of the page.
import { memo, useSyncExternalStore } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import type { ReplacedStore } from '../meeting-doc';
import { t } from '../../i18n';

export const FieldNotice = memo(function FieldNotice({ store, fieldKey }: { store: ReplacedStore; fieldKey: string }) {
  const notice = useSyncExternalStore(store.subscribe, () => store.get(fieldKey));
  if (!notice) return null;
  return (
    <Alert color="yellow" variant="light" p="xs" mt={4} mb={6} role="status" data-testid="replaced-notice" title={t.live.replacedTitle}>
      <Text size="sm">{t.live.replacedBody}</Text>
      <Text size="sm" fs="italic" mt={2} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="replaced-mine">
        {notice.mine || t.live.empty}
      </Text>
      <Group gap="xs" mt={6}>
        <Button size="compact-xs" onClick={() => void store.restore(fieldKey)?.catch(() => undefined)}>
          {t.live.useMine}
        </Button>
        <Button size="compact-xs" variant="subtle" onClick={() => store.dismiss(fieldKey)}>
          {t.live.keepTheirs}
        </Button>
      </Group>
    </Alert>
  );
});
