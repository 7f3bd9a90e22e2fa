// Placeholder for the invitations section of the meeting page.
import { Text } from '@mantine/core';
import { t } from '../../i18n';
import type { SectionProps } from '../section-props';

export function InvitationsSection(_props: SectionProps) {
  return <Text c="dimmed">{t.meeting.comingSoon}</Text>;
}
