// Placeholder for the settings screen.
import { Text, Title } from '@mantine/core';
import { t } from '../../i18n';

export function SettingsPage() {
  return (
    <>
      <Title order={2}>{t.settings.title}</Title>
      <Text c="dimmed">{t.meeting.comingSoon}</Text>
    </>
  );
}
