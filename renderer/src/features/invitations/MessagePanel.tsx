// The invitation as a WhatsApp message (shown as WhatsApp shows it) and as an email, each
// with a button that puts the text on the clipboard.
import { Anchor, Button, Card, Group, Paper, Stack, Tabs, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { InvitationPreview } from '../../../../shared/contract/invitations';
import { t } from '../../i18n';
import { routeHref } from '../../router';
import { WhatsAppText } from './WhatsAppText';

/** The old way, for a window where the Clipboard API is refused (e.g. no permission). */
function copyWithSelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

export function useCopy() {
  const [copied, setCopied] = useState(false);
  const [failed, setFailed] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const copy = async (text: string) => {
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      ok = copyWithSelection(text);
    }
    setFailed(!ok);
    setCopied(ok);
    if (timer.current) clearTimeout(timer.current);
    if (ok) timer.current = setTimeout(() => setCopied(false), 2500);
  };
  return { copy, copied, failed };
}

function CopyTextButton({ text, label }: { text: string; label: string }) {
  const clipboard = useCopy();
  return (
    <Stack gap={4} align="flex-start">
      <Button size="sm" variant={clipboard.copied ? 'filled' : 'light'} color={clipboard.copied ? 'teal' : undefined} onClick={() => void clipboard.copy(text)}>
        {clipboard.copied ? `${t.invitations.copied} ✓` : label}
      </Button>
      {clipboard.failed && (
        <>
          <Text size="xs" c="red" role="alert">
            {t.invitations.copyFailed}
          </Text>
          <Textarea aria-label={label} value={text} readOnly autosize maxRows={8} w="100%" onFocus={(e) => e.currentTarget.select()} autoFocus />
        </>
      )}
    </Stack>
  );
}

export function MessagePanel({ preview }: { preview: InvitationPreview }) {
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={3} size="h4">
            {preview.cancelled ? t.invitations.cancelMessageTitle : t.invitations.messageTitle}
          </Title>
          <Anchor href={routeHref({ name: 'settings' })} size="sm">
            {t.invitations.editTemplates}
          </Anchor>
        </Group>
        <Tabs defaultValue="wa" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="wa">{t.invitations.tabWhatsApp}</Tabs.Tab>
            <Tabs.Tab value="email">{t.invitations.tabEmail}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="wa" pt="sm">
            <Stack gap="xs">
              <CopyTextButton text={preview.whatsapp} label={t.invitations.copyWhatsApp} />
              <Paper
                withBorder
                p="sm"
                bg="var(--mantine-color-gray-0)"
                mah={420}
                style={{ overflowY: 'auto' }}
                tabIndex={0}
                role="region"
                aria-label={t.invitations.whatsappPreviewRegion}
                data-testid="whatsapp-preview"
              >
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  <WhatsAppText text={preview.whatsapp} />
                </Text>
              </Paper>
              <Text size="xs" c="dimmed">
                {t.invitations.whatsappHelp}
              </Text>
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="email" pt="sm">
            <Stack gap="xs">
              <Text size="sm" fw={500}>
                {t.invitations.emailSubject}
              </Text>
              <Paper withBorder p="xs" data-testid="email-subject">
                <Text size="sm">{preview.email.subject}</Text>
              </Paper>
              <CopyTextButton text={preview.email.subject} label={t.invitations.copySubject} />
              <Text size="sm" fw={500}>
                {t.invitations.emailBody}
              </Text>
              <Paper
                withBorder
                p="sm"
                mah={360}
                style={{ overflowY: 'auto' }}
                tabIndex={0}
                role="region"
                aria-label={t.invitations.emailBody}
                data-testid="email-body"
              >
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {preview.email.body}
                </Text>
              </Paper>
              <CopyTextButton text={preview.email.body} label={t.invitations.copyBody} />
            </Stack>
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Card>
  );
}
