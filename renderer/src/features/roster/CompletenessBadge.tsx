// "2/3": how many roles of a unit are filled, green when all are.
import { Badge } from '@mantine/core';
import { t } from '../../i18n';

export function CompletenessBadge({ filled, total, size = 'md' }: { filled: number; total: number; size?: 'sm' | 'md' | 'lg' }) {
  const color = total > 0 && filled === total ? 'green' : filled === 0 ? 'red' : 'yellow';
  return (
    <Badge color={color} variant="light" size={size} aria-label={t.roster.completeAria(filled, total)} data-testid="completeness">
      {filled}/{total}
    </Badge>
  );
}
