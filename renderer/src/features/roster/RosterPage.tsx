// Placeholder for the roster screen.
import { Text, Title } from '@mantine/core';
import { t } from '../../i18n';

export function RosterPage(_props: { unit?: string }) {
  return (
    <>
      <Title order={2}>{t.roster.title}</Title>
      <Text c="dimmed">{t.meeting.comingSoon}</Text>
    </>
  );
}
