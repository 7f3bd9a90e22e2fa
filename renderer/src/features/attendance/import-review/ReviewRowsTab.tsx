// Rows to decide: the likely cells as choices, the clearly best one proposed.
import { Badge, Button, Group, Radio, ScrollArea, Stack, Text } from '@mantine/core';
import { cellId } from '../../../../../shared/domain/attendance-ops';
import { t } from '../../../i18n';
import { joinText, type Labels } from './review-parts';
import { SKIP, type ImportDecisionState } from './use-import-decisions';

export function ReviewRowsTab({ d, labels, onAcceptAll }: { d: ImportDecisionState; labels: Labels; onAcceptAll(): void }) {
  return (
    <>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {t.attendance.reviewIntro}
        </Text>
        {d.proposalRows.length > 0 && (
          <Button size="compact-sm" variant="light" onClick={onAcceptAll} data-testid="accept-proposals">
            {t.attendance.acceptAll(d.proposalRows.length)}
          </Button>
        )}
      </Group>
      <ScrollArea.Autosize mah="calc(100vh - 300px)">
        <Stack gap="sm">
          {d.reviewRows.map((r) => (
            <Radio.Group
              key={r.key}
              name={`review-${r.key}`}
              label={
                r.proposed ? (
                  <Group gap={6} component="span">
                    <span>{r.name}</span>
                    <Badge size="xs" variant="light" color="teal" component="span">
                      {t.attendance.proposal}
                    </Badge>
                  </Group>
                ) : (
                  r.name
                )
              }
              description={[r.email, r.details, joinText(r), r.reason, r.proposed ? `${t.attendance.proposal}: ${r.proposed.reason}` : '']
                .filter(Boolean)
                .join(' · ')}
              value={d.picks[r.key] ?? SKIP}
              onChange={(v) => d.pick(r.key, v)}
              data-testid="review-row"
            >
              <Group gap="md" mt={6}>
                {r.candidates.map((c) => {
                  const id = cellId(c.unitCode, c.roleId);
                  const taken = d.picks[r.key] !== id && d.occupied(c.unitCode, c.roleId, r.key);
                  const mark = [id === d.proposalId(r) ? t.attendance.proposalMark : '', taken ? t.attendance.taken : ''].filter(Boolean).join(', ');
                  return <Radio key={id} value={id} label={labels.cell(c.unitCode, c.roleId) + (mark ? ` (${mark})` : '')} />;
                })}
                <Radio value={SKIP} label={t.attendance.skip} />
              </Group>
            </Radio.Group>
          ))}
          {d.reviewRows.length === 0 && (
            <Text c="dimmed" size="sm">
              {t.attendance.emptyTab}
            </Text>
          )}
        </Stack>
      </ScrollArea.Autosize>
    </>
  );
}
