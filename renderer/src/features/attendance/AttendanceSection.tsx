// Placeholder for the attendance section of the meeting page.
import { Text } from '@mantine/core';
import { t } from '../../i18n';
import type { SectionProps } from '../section-props';

export function AttendanceSection(_props: SectionProps) {
  return <Text c="dimmed">{t.meeting.comingSoon}</Text>;
}
