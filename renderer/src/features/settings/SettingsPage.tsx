// Settings (Pengaturan): the organisation on the letterhead (with its logo), the default
// signatory, time zone and paper size, and the organiser of calendar invitations. Each field
// is saved when it is left, merged into the stored settings so nothing else is overwritten.
import { useCallback, useEffect, useReducer, useState } from 'react';
import { IntentQueue } from '../intent-queue';
import { isRefusal } from '../meeting-queue';
import { Alert, Badge, Button, Card, FileButton, Group, Image, Loader, Radio, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { api, bytesToBase64 } from '../../api/client';
import type { Settings } from '../../../../shared/domain/settings';
import { isValidEmail } from '../../../../shared/domain/roster-ops';
import { t } from '../../i18n';
import { errorText, notifyError, notifyOk } from '../../components/notify';
import { InlineField } from '../roster/InlineField';
import { useRefusedDrafts } from '../refused-drafts';
import { RefusedBadge } from '../../components/RefusedBadge';
import { TemplateSettings } from '../templates/TemplateSettings';
import { BackupSettings } from '../backups/BackupSettings';
import { Kop } from '../../components/Kop';
import { UnitListChooser } from '../units/UnitListChooser';
import type { UnitsApplied } from '../../../../shared/contract/units';
import { useStored } from '../use-stored';

const LOGO_MAX = 1024 * 1024;

type Change = (s: Settings) => Settings;

/**
 * The settings through the same intent queue as a meeting and the roster: a field's change
 * shows at once and is stored on top of the latest stored settings, one at a time and in
 * order; a write that failed stays queued and goes again with the next change. The logo calls
 * wait in the same line.
 */
function useSettings() {
  const [, render] = useReducer((n: number) => n + 1, 0);
  const [queue] = useState(
    () =>
      new IntentQueue<Settings, Change>({
        apply: (s, change) => change(s),
        send: async (change) => api.call('settings/save', change(await api.call('settings/get', {}))),
        isRefusal,
        onChange: render,
        onRefused: (err) => notifyError(err),
      }),
  );

  const { value: stored, error: loadError } = useStored('settings/get');
  useEffect(() => {
    if (stored) queue.load(stored);
  }, [queue, stored]);

  const update = useCallback(
    (change: Change) => {
      queue.push(change).catch(() => {
        // Not stored yet: the badge says why and the change stays on screen and in the queue.
      });
    },
    [queue],
  );
  const run = useCallback((call: () => Promise<Settings>) => queue.run(call), [queue]);

  const status = queue.status;
  return { settings: queue.view, loadError, status, saveError: status === 'error' ? queue.error : null, update, run };
}

function emailCheck(v: string): string | null {
  const value = v.trim();
  return value && !isValidEmail(value) ? t.settings.badEmail(value) : null;
}

export function SettingsPage() {
  const { settings, loadError, status, saveError, update, run } = useSettings();
  const refused = useRefusedDrafts('settings:');
  const [logoError, setLogoError] = useState('');
  const [logoBusy, setLogoBusy] = useState(false);

  if (loadError) return <Alert color="red">{errorText(loadError)}</Alert>;
  if (!settings) return <Loader />;

  const org = settings.organisation;
  const orgField = (key: keyof Settings['organisation'], label: string, check?: (v: string) => string | null, extra: object = {}) => (
    <InlineField
      label={label}
      value={org[key]}
      onCommit={(v) => {
        const err = check?.(v) ?? null;
        if (err) return err;
        const value = v.trim();
        update((s) => ({ ...s, organisation: { ...s.organisation, [key]: value } }));
        return null;
      }}
      draft={{ key: `settings:organisation.${key}`, where: `${t.settings.title} · ${label}`, href: '#/pengaturan' }}
      {...extra}
    />
  );

  const pickLogo = async (file: File | null) => {
    setLogoError('');
    if (!file) return;
    if (file.size > LOGO_MAX) {
      setLogoError(t.settings.logoTooBig(file.name, (file.size / LOGO_MAX).toFixed(1).replace('.', ',')));
      return;
    }
    if (!['image/png', 'image/jpeg'].includes(file.type)) {
      setLogoError(t.settings.logoBadType(file.name));
      return;
    }
    setLogoBusy(true);
    try {
      const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      await run(() => api.call('settings/set-logo', { fileName: file.name, base64 }));
      notifyOk(t.settings.logoSaved);
    } catch (err) {
      setLogoError(errorText(err));
    } finally {
      setLogoBusy(false);
    }
  };

  // Through the settings queue, so a field saved meanwhile is not overwritten by the new letterhead.
  const applyUnits = async (source: Parameters<typeof api.call<'roster/apply-units'>>[1]): Promise<UnitsApplied> => {
    let applied: UnitsApplied | null = null;
    await run(async () => {
      applied = await api.call('roster/apply-units', source);
      return applied.settings;
    });
    return applied as unknown as UnitsApplied;
  };

  const removeLogo = async () => {
    try {
      await run(() => api.call('settings/remove-logo', {}));
      notifyOk(t.settings.logoRemoved);
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Stack maw={980}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={2}>{t.settings.title}</Title>
          <Text size="sm" c="dimmed">
            {t.settings.subtitle}
          </Text>
        </Stack>
        <Stack gap={2} align="flex-end">
          {refused.length > 0 && status !== 'error' ? (
            <RefusedBadge drafts={refused} />
          ) : (
            <Badge variant="dot" color={status === 'error' ? 'red' : status === 'pending' ? 'yellow' : 'green'} data-testid="settings-save-status">
              {status === 'error' ? t.roster.status.error : status === 'pending' ? t.roster.status.pending : t.roster.status.saved}
            </Badge>
          )}
          {status === 'error' && (
            <Text size="xs" c="red" maw={360} ta="right">
              {errorText(saveError)}
            </Text>
          )}
        </Stack>
      </Group>

      <Card withBorder>
        <UnitListChooser region={settings.region} apply={applyUnits} showAttribution />
      </Card>

      <Card withBorder>
        <Stack>
          <Title order={4}>{t.settings.organisation}</Title>
          <SimpleGrid cols={2}>
            {orgField('name', t.settings.name)}
            {orgField('subtitle', t.settings.subtitleField)}
          </SimpleGrid>
          {orgField('address', t.settings.address)}
          <SimpleGrid cols={3}>
            {orgField('city', t.settings.city)}
            {orgField('phone', t.settings.phone)}
            {orgField('email', t.settings.email, emailCheck, { type: 'email' })}
          </SimpleGrid>
          {orgField('website', t.settings.website)}
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t.settings.logo}
            </Text>
            <Group align="center">
              {org.logoDataUrl ? (
                <Image src={org.logoDataUrl} alt={t.settings.logo} h={64} w="auto" fit="contain" data-testid="logo-preview" />
              ) : (
                <Text size="sm" c="dimmed">
                  {t.settings.logoNone}
                </Text>
              )}
              <FileButton onChange={(f) => void pickLogo(f)} accept="image/png,image/jpeg">
                {(props) => (
                  <Button {...props} variant="light" size="xs" loading={logoBusy}>
                    {t.settings.logoPick}
                  </Button>
                )}
              </FileButton>
              {org.logoDataUrl && (
                <Button variant="subtle" color="red" size="xs" onClick={() => void removeLogo()}>
                  {t.settings.logoRemove}
                </Button>
              )}
            </Group>
            <Text size="xs" c={logoError ? 'red' : 'dimmed'} role={logoError ? 'alert' : undefined}>
              {logoError || t.settings.logoHint}
            </Text>
          </Stack>
          <Card withBorder padding="sm" bg="white" aria-label={t.settings.letterheadPreview}>
            <Text size="xs" c="dimmed" mb={4}>
              {t.settings.letterheadPreview}
            </Text>
            <Kop organisation={org} scale={0.8} />
          </Card>
        </Stack>
      </Card>

      <Card withBorder>
        <Stack>
          <Title order={4}>{t.settings.signatory}</Title>
          <Text size="sm" c="dimmed">
            {t.settings.signatoryHint}
          </Text>
          <SimpleGrid cols={2}>
            <InlineField
              label={t.settings.signatoryJabatan}
              value={settings.defaultSignatory.jabatan}
              placeholder="Ketua"
              onCommit={(v) => {
                update((s) => ({ ...s, defaultSignatory: { ...s.defaultSignatory, jabatan: v.trim() } }));
                return null;
              }}
            />
            <InlineField
              label={t.settings.signatoryName}
              value={settings.defaultSignatory.name}
              onCommit={(v) => {
                update((s) => ({ ...s, defaultSignatory: { ...s.defaultSignatory, name: v.trim() } }));
                return null;
              }}
            />
          </SimpleGrid>
        </Stack>
      </Card>

      <Card withBorder>
        <Stack>
          <Title order={4}>{t.settings.documents}</Title>
          <SimpleGrid cols={2}>
            <Select
              label={t.settings.timeZone}
              data={[
                { value: 'WIB', label: 'WIB (UTC+7)' },
                { value: 'WITA', label: 'WITA (UTC+8)' },
                { value: 'WIT', label: 'WIT (UTC+9)' },
              ]}
              value={settings.defaultTimeZone}
              allowDeselect={false}
              onChange={(v) => v && update((s) => ({ ...s, defaultTimeZone: v as Settings['defaultTimeZone'] }))}
            />
            <Radio.Group label={t.settings.paper} value={settings.paper} onChange={(v) => update((s) => ({ ...s, paper: v as Settings['paper'] }))}>
              <Group mt={8}>
                <Radio value="A4" label={t.settings.paperA4} />
                <Radio value="F4" label={t.settings.paperF4} />
              </Group>
            </Radio.Group>
          </SimpleGrid>
          <Radio.Group
            label={t.settings.formOfAddress}
            description={t.settings.formOfAddressHint}
            value={settings.formOfAddress}
            onChange={(v) => update((s) => ({ ...s, formOfAddress: v as Settings['formOfAddress'] }))}
          >
            <Group mt={8}>
              <Radio value="Saudara" label="Saudara" />
              <Radio value="Bapak/Ibu" label="Bapak/Ibu" />
            </Group>
          </Radio.Group>
          <SimpleGrid cols={2}>
            <InlineField
              label={t.settings.organizerEmail}
              description={t.settings.organizerEmailHint}
              type="email"
              value={settings.organizerEmail}
              draft={{ key: 'settings:organizerEmail', where: `${t.settings.title} · ${t.settings.organizerEmail}`, href: '#/pengaturan' }}
              onCommit={(v) => {
                const err = emailCheck(v);
                if (err) return err;
                update((s) => ({ ...s, organizerEmail: v.trim() }));
                return null;
              }}
            />
            <InlineField
              label={t.settings.organizerName}
              value={settings.organizerName}
              onCommit={(v) => {
                update((s) => ({ ...s, organizerName: v.trim() }));
                return null;
              }}
            />
          </SimpleGrid>
        </Stack>
      </Card>

      <TemplateSettings />

      <BackupSettings />
    </Stack>
  );
}
