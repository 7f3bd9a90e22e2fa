// What still lacks before invitations go out: settings, letter number, link, and the units
// whose contacts are incomplete (grouped, since a fresh roster lacks all 38).
import { useState } from 'react';
import { Alert, Anchor, Button, Collapse, Group, List, Stack, Text } from '@mantine/core';
import type { InvitationPreview, InvitationWarning } from '../../../../shared/contract/invitations';
import { t } from '../../i18n';
import { routeHref } from '../../router';

function UnitGroup({ code, items }: { code: string; items: InvitationWarning[] }) {
  const [open, setOpen] = useState(false);
  const what = t.invitations.unitWarningKinds[code] ?? t.invitations.unitWarningOther;
  return (
    <List.Item>
      <Group gap="xs">
        <Text size="sm">{t.invitations.unitWarnings(items.length, what)}</Text>
        <Button size="compact-xs" variant="subtle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {open ? t.invitations.hideUnits : t.invitations.showUnits}
        </Button>
      </Group>
      <Collapse expanded={open}>
        <List size="xs" mt={4} withPadding>
          {items.map((w, i) => (
            <List.Item key={i}>{w.message}</List.Item>
          ))}
        </List>
      </Collapse>
    </List.Item>
  );
}

export function ReadinessPanel({ preview }: { preview: InvitationPreview }) {
  const general = preview.warnings.filter((w) => !w.unitCode);
  const perUnit = new Map<string, InvitationWarning[]>();
  for (const w of preview.warnings) {
    if (!w.unitCode) continue;
    perUnit.set(w.code, [...(perUnit.get(w.code) ?? []), w]);
  }
  const serious = preview.warnings.some((w) => w.severity === 'warning');

  return (
    <Stack gap="sm">
      {preview.templateProblems.length > 0 && (
        <Alert color="orange" title={t.invitations.templateProblemsTitle} data-testid="template-problems">
          <Stack gap={4}>
            <List size="sm">
              {preview.templateProblems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
            <Text size="sm">
              {t.invitations.templateProblemsBody}{' '}
              <Anchor href={routeHref({ name: 'settings' })} size="sm">
                {t.invitations.openSettings}
              </Anchor>
            </Text>
          </Stack>
        </Alert>
      )}
      {preview.warnings.length === 0 ? (
        <Alert color="green" title={t.invitations.readinessOkTitle}>
          {t.invitations.readinessOk}
        </Alert>
      ) : (
        <Alert color={serious ? 'yellow' : 'gray'} title={t.invitations.readinessTitle} data-testid="readiness">
          <List size="sm" spacing={4}>
            {general.map((w) => (
              <List.Item key={w.code}>
                {w.message}
                {w.code === 'no_organizer' && (
                  <>
                    {' '}
                    <Anchor href={routeHref({ name: 'settings' })} size="sm">
                      {t.invitations.openSettings}
                    </Anchor>
                  </>
                )}
              </List.Item>
            ))}
            {[...perUnit.entries()].map(([code, items]) => (
              <UnitGroup key={code} code={code} items={items} />
            ))}
          </List>
          {perUnit.size > 0 && (
            <Anchor href={routeHref({ name: 'roster' })} size="sm" mt="xs" display="inline-block">
              {t.invitations.openRoster}
            </Anchor>
          )}
        </Alert>
      )}
    </Stack>
  );
}
