// In place of "Semua perubahan tersimpan" while something typed was refused: an orange badge
// that says so and lists where, each with a link back to the field's screen.
import { Anchor, Badge, HoverCard, Stack, Text } from '@mantine/core';
import type { RefusedDraft } from '../features/refused-drafts';
import { t } from '../i18n';

export function RefusedBadge({ drafts, testId = 'refused-status' }: { drafts: RefusedDraft[]; testId?: string }) {
  return (
    <HoverCard width={360} position="bottom-end" withArrow openDelay={100}>
      <HoverCard.Target>
        <Badge
          variant="dot"
          color="orange"
          data-testid={testId}
          tabIndex={0}
          style={{ flexShrink: 0 }}
          styles={{ label: { whiteSpace: 'nowrap', overflow: 'visible' } }}
        >
          {t.office.refused.badge(drafts.length)}
        </Badge>
      </HoverCard.Target>
      <HoverCard.Dropdown>
        <Stack gap={6}>
          <Text size="sm">{t.office.refused.explain}</Text>
          {drafts.map((d) => (
            <Text size="xs" key={d.key}>
              {d.href ? (
                <Anchor href={d.href} size="xs">
                  {d.where}
                </Anchor>
              ) : (
                d.where
              )}
              : “{d.text}” — {d.message}
            </Text>
          ))}
        </Stack>
      </HoverCard.Dropdown>
    </HoverCard>
  );
}
