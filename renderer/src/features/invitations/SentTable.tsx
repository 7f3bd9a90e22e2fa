// Per invited unit: who is invited (from the Roster), whether and when its invitation was
// sent, and its own calendar file. Units are ticked and marked sent in one go.
import { useMemo, useState } from 'react';
import { Anchor, Badge, Button, Card, Checkbox, Group, SegmentedControl, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import type { InvitationPreview, InvitationUnitRow } from '../../../../shared/contract/invitations';
import type { Meeting } from '../../../../shared/domain/meeting';
import { formatInstant } from '../../../../shared/domain/datetime';
import { notifications } from '@mantine/notifications';
import { api, mailLinksGoThroughCore, openLink } from '../../api/client';
import { mailtoLink, whatsAppLink } from '../../../../shared/invitations/links';
import { notifyError } from '../../components/notify';
import { t } from '../../i18n';
import { routeHref } from '../../router';
import type { InvitationActions } from './InvitationsSection';

type Filter = 'all' | 'unsent' | 'sent';

interface Props {
  meeting: Meeting;
  preview: InvitationPreview;
  actions: InvitationActions;
}

function People({ unit, whatsapp, onWhatsApp }: { unit: InvitationUnitRow; whatsapp: string; onWhatsApp?: (url: string) => void }) {
  if (unit.people.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {t.invitations.noContacts}{' '}
        <Anchor href={routeHref({ name: 'roster', unit: unit.code })} size="xs">
          {t.invitations.openRoster}
        </Anchor>
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {unit.people.map((p, i) => (
        <Text size="xs" key={i}>
          <Text span fw={600} size="xs">
            {p.roleShort}:
          </Text>{' '}
          {p.name || '—'}
          {' · '}
          {p.email ? (
            p.emailUsable ? (
              p.email
            ) : (
              <Text span c="red" size="xs">
                {p.email} ({t.invitations.badEmail})
              </Text>
            )
          ) : (
            <Text span c="orange.8" size="xs">
              {t.invitations.noEmail}
            </Text>
          )}
          {p.phone && ` · ${t.invitations.waLabel} ${p.phone}`}
          {p.phone && onWhatsApp && whatsAppLink(p.phone, whatsapp) && (
            <>
              {' · '}
              <Anchor
                size="xs"
                href={whatsAppLink(p.phone, whatsapp)!}
                aria-label={t.office.send.waAria(p.name || p.roleShort, unit.name)}
                data-testid={`wa-${unit.code}-${p.roleId}`}
                onClick={(e) => {
                  e.preventDefault();
                  onWhatsApp(whatsAppLink(p.phone, whatsapp)!);
                }}
              >
                {t.office.send.wa}
              </Anchor>
            </>
          )}
        </Text>
      ))}
      {unit.missingRoles.length > 0 && (
        <Text size="xs" c="orange.8">
          {t.invitations.missing(unit.missingRoles.join(', '))}
        </Text>
      )}
    </Stack>
  );
}

export function SentTable({ meeting, preview, actions }: Props) {
  const [filter, setFilter] = useState<Filter>('all');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const cancelled = meeting.status === 'batal';
  const stale = preview.calendar.changedSinceSent;

  const rows = useMemo(
    () => preview.units.filter((u) => (filter === 'all' ? true : filter === 'sent' ? u.sentAt !== '' : u.sentAt === '')),
    [preview.units, filter],
  );
  const sentCount = preview.units.filter((u) => u.sentAt !== '').length;
  const visibleSelected = rows.filter((u) => selected.has(u.code));
  const allVisibleSelected = rows.length > 0 && visibleSelected.length === rows.length;

  const toggle = (code: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });
  const toggleAll = () => setSelected(allVisibleSelected ? new Set() : new Set(rows.map((u) => u.code)));

  const run = async (codes: string[], mark: boolean) => {
    if (codes.length === 0) return;
    setBusy(true);
    const ok = await actions.change(
      () => api.call(mark ? 'invitations/mark-sent' : 'invitations/unmark-sent', { id: meeting.id, unitCodes: codes }),
      mark ? t.invitations.marked(codes.length) : t.invitations.unmarked(codes.length),
    );
    if (ok) setSelected(new Set());
    setBusy(false);
  };

  const chosen = visibleSelected.map((u) => u.code);

  /** After an invitation left the app, ask (never silently) whether to record it as sent. */
  const askMarkSent = (u: InvitationUnitRow) => {
    if (u.sentAt !== '' && !stale) return;
    const id = `ask-sent-${u.code}`;
    notifications.show({
      id,
      color: 'blue',
      autoClose: 12000,
      message: (
        <Group gap="xs" wrap="nowrap">
          <Text size="sm">{t.office.send.askSent(u.name)}</Text>
          <Button
            size="compact-xs"
            onClick={() => {
              notifications.hide(id);
              void run([u.code], true);
            }}
          >
            {t.office.send.markNow}
          </Button>
        </Group>
      ),
    });
  };
  const downloadEml = async (u: InvitationUnitRow) => {
    await actions.download(() => api.call('invitations/export-eml', { id: meeting.id, unitCode: u.code }));
    askMarkSent(u);
  };
  const openOutside = async (u: InvitationUnitRow, url: string) => {
    try {
      await openLink(url);
      askMarkSent(u);
    } catch (err) {
      notifyError(err);
    }
  };
  const mailtoOf = (u: InvitationUnitRow) =>
    mailtoLink(
      u.people.filter((p) => p.emailUsable).map((p) => p.email),
      preview.email.subject,
      preview.email.body,
    );

  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Stack gap={2}>
            <Title order={3} size="h4">
              {t.invitations.sentTitle}
            </Title>
            <Text size="sm" c="dimmed" data-testid="sent-summary">
              {t.invitations.sentSummary(sentCount, preview.units.length)}
            </Text>
          </Stack>
          <Group gap="xs" align="flex-end">
            <SegmentedControl
              aria-label={t.invitations.filterLabel}
              size="xs"
              value={filter}
              onChange={(v) => setFilter(v as Filter)}
              data={[
                { value: 'all', label: t.invitations.filterAll },
                { value: 'unsent', label: t.invitations.filterUnsent },
                { value: 'sent', label: t.invitations.filterSent },
              ]}
            />
          </Group>
        </Group>
        {!cancelled && preview.units.length > 0 && (
          <Group gap="xs">
            <Button size="xs" disabled={chosen.length === 0 || busy} onClick={() => void run(chosen, true)}>
              {t.invitations.markSelected(chosen.length)}
            </Button>
            <Button
              size="xs"
              variant="light"
              disabled={busy}
              onClick={() =>
                void run(
                  preview.units.map((u) => u.code),
                  true,
                )
              }
            >
              {t.invitations.markAll}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              disabled={busy || !visibleSelected.some((u) => u.sentAt !== '')}
              onClick={() =>
                void run(
                  visibleSelected.filter((u) => u.sentAt !== '').map((u) => u.code),
                  false,
                )
              }
            >
              {t.invitations.unmarkSelected(visibleSelected.filter((u) => u.sentAt !== '').length)}
            </Button>
          </Group>
        )}
        {preview.units.length === 0 ? (
          <Text c="dimmed">{t.invitations.noUnits}</Text>
        ) : (
          <Table striped highlightOnHover verticalSpacing={4} data-testid="sent-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>
                  <Checkbox
                    aria-label={t.invitations.selectAll}
                    checked={allVisibleSelected}
                    indeterminate={visibleSelected.length > 0 && !allVisibleSelected}
                    onChange={toggleAll}
                    disabled={cancelled || rows.length === 0}
                  />
                </Table.Th>
                <Table.Th w={220}>{t.invitations.colUnit}</Table.Th>
                <Table.Th>{t.invitations.colPeople}</Table.Th>
                <Table.Th w={290}>{t.invitations.colSent}</Table.Th>
                <Table.Th w={150}>{t.invitations.colFile}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text size="sm" c="dimmed">
                      {t.invitations.noneInFilter}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {rows.map((u) => {
                const fileLabel = cancelled ? t.invitations.downloadUnitCancel(u.name) : t.invitations.downloadUnitIcs(u.name);
                return (
                  <Table.Tr key={u.code} data-unit={u.code}>
                    <Table.Td>
                      <Checkbox
                        aria-label={t.invitations.selectUnit(u.name)}
                        checked={selected.has(u.code)}
                        onChange={() => toggle(u.code)}
                        disabled={cancelled}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{u.name}</Text>
                    </Table.Td>
                    <Table.Td>
                      <People unit={u} whatsapp={preview.whatsapp} onWhatsApp={cancelled ? undefined : (url) => void openOutside(u, url)} />
                    </Table.Td>
                    <Table.Td data-testid={`sent-${u.code}`}>
                      {u.sentAt ? (
                        <Group gap={6}>
                          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                            {formatInstant(u.sentAt, meeting.timeZone)}
                          </Text>
                          {stale && (
                            <Badge size="xs" color="orange" variant="light">
                              {t.invitations.resend}
                            </Badge>
                          )}
                        </Group>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t.invitations.notSent}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Tooltip label={fileLabel}>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color={cancelled ? 'red' : undefined}
                          aria-label={fileLabel}
                          onClick={() =>
                            void actions.download(() =>
                              api.call(cancelled ? 'invitations/export-cancel' : 'invitations/export-ics', { id: meeting.id, unitCode: u.code }),
                            )
                          }
                        >
                          .ics
                        </Button>
                      </Tooltip>
                      {!cancelled && (
                        <Tooltip label={t.office.send.emlTip(u.name)} multiline w={260}>
                          <Button size="compact-xs" variant="subtle" aria-label={t.office.send.emlAria(u.name)} onClick={() => void downloadEml(u)}>
                            .eml
                          </Button>
                        </Tooltip>
                      )}
                      {!cancelled && mailtoOf(u) && (
                        <Anchor
                          size="xs"
                          href={mailtoOf(u)!}
                          aria-label={t.office.send.mailtoAria(u.name)}
                          data-testid={`mailto-${u.code}`}
                          onClick={(e) => {
                            if (!mailLinksGoThroughCore()) return askMarkSent(u);
                            e.preventDefault();
                            void openOutside(u, e.currentTarget.href);
                          }}
                          ml={4}
                        >
                          {t.office.send.mailto}
                        </Anchor>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
