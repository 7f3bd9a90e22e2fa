// The first start on a new data folder: one short screen for what goes into every document
// (the organisation on the letterhead, its logo, the default signatory, the organiser email of
// calendar invitations, the paper), before the first letter or list is exported. It can be
// skipped; everything in it stays editable in Pengaturan. Shown while settings.setupPending.
import { useEffect, useState } from 'react';
import { Alert, Button, Card, FileButton, Group, Image, Radio, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { api, bytesToBase64 } from '../../api/client';
import type { Settings } from '../../../../shared/domain/settings';
import { isValidEmail } from '../../../../shared/domain/roster-ops';
import { errorText, notifyOk } from '../../components/notify';
import { t } from '../../i18n';
import { UnitListChooser } from '../units/UnitListChooser';
import type { UnitsApplied } from '../../../../shared/contract/units';
import { useStored } from '../use-stored';

type OrgKey = 'name' | 'subtitle' | 'address' | 'city' | 'phone' | 'email' | 'website';

interface Form {
  organisation: Record<OrgKey, string>;
  signatoryJabatan: string;
  signatoryName: string;
  organizerEmail: string;
  paper: Settings['paper'];
}

function formOf(s: Settings): Form {
  const o = s.organisation;
  return {
    organisation: { name: o.name, subtitle: o.subtitle, address: o.address, city: o.city, phone: o.phone, email: o.email, website: o.website },
    signatoryJabatan: s.defaultSignatory.jabatan,
    signatoryName: s.defaultSignatory.name,
    organizerEmail: s.organizerEmail,
    paper: s.paper,
  };
}

export function FirstRunCard({ onDone }: { onDone?: () => void }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<Partial<Record<'email' | 'organizerEmail', string>>>({});
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  const stored = useStored('settings/get').value;
  useEffect(() => {
    if (!stored) return;
    setSettings(stored);
    setForm(formOf(stored));
  }, [stored]);

  if (!settings?.setupPending || !form) return null;
  const w = t.office.firstRun;
  const org = (key: OrgKey, label: string, extra: { placeholder?: string; type?: string; error?: string } = {}) => (
    <TextInput
      label={label}
      value={form.organisation[key]}
      onChange={(e) => setForm({ ...form, organisation: { ...form.organisation, [key]: e.currentTarget.value } })}
      {...extra}
    />
  );

  const finish = async (save: boolean) => {
    setProblem('');
    if (save) {
      const errs: typeof errors = {};
      const email = form.organisation.email.trim();
      const organizer = form.organizerEmail.trim();
      if (email && !isValidEmail(email)) errs.email = t.settings.badEmail(email);
      if (organizer && !isValidEmail(organizer)) errs.organizerEmail = t.settings.badEmail(organizer);
      setErrors(errs);
      if (Object.keys(errs).length) return;
    }
    setBusy(true);
    try {
      // Merged into the settings as stored now, so a logo chosen meanwhile is kept.
      const current = await api.call('settings/get', {});
      const trimmed = Object.fromEntries(Object.entries(form.organisation).map(([k, v]) => [k, v.trim()])) as Form['organisation'];
      const next: Settings = save
        ? {
            ...current,
            organisation: { ...current.organisation, ...trimmed },
            defaultSignatory: { jabatan: form.signatoryJabatan.trim(), name: form.signatoryName.trim() },
            organizerEmail: form.organizerEmail.trim(),
            paper: form.paper,
            setupPending: false,
          }
        : { ...current, setupPending: false };
      const stored = await api.call('settings/save', next);
      setSettings(stored);
      notifyOk(save ? w.saved : w.skipped);
      onDone?.();
    } catch (err) {
      setProblem(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  // The chosen region brings its letterhead words; what the user typed elsewhere stays.
  const unitsApplied = (applied: UnitsApplied) => {
    const o = applied.settings.organisation;
    setSettings({ ...applied.settings, setupPending: true });
    setForm({
      ...form,
      organisation: { ...form.organisation, name: o.name, subtitle: o.subtitle, city: o.city },
      signatoryJabatan: applied.organisation?.chair ?? form.signatoryJabatan,
    });
  };

  const pickLogo = async (file: File | null) => {
    if (!file) return;
    setProblem('');
    try {
      const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const s = await api.call('settings/set-logo', { fileName: file.name, base64 });
      setSettings({ ...s, setupPending: true });
    } catch (err) {
      setProblem(errorText(err));
    }
  };

  return (
    <Card withBorder padding="md" data-testid="first-run" component="section" aria-labelledby="first-run-title">
      <Stack gap="sm">
        <div>
          <Title order={3} id="first-run-title">
            {w.title}
          </Title>
          <Text size="sm" c="dimmed">
            {w.intro}
          </Text>
        </div>
        <UnitListChooser region={settings.region} onApplied={unitsApplied} />
        <SimpleGrid cols={2} spacing="sm" verticalSpacing={6}>
          {org('name', t.settings.name)}
          {org('subtitle', t.settings.subtitleField)}
        </SimpleGrid>
        {org('address', t.settings.address, { placeholder: w.addressHint })}
        <SimpleGrid cols={4} spacing="sm" verticalSpacing={6}>
          {org('city', t.settings.city)}
          {org('phone', t.settings.phone, { placeholder: '(031) …' })}
          {org('email', t.settings.email, { type: 'email', error: errors.email })}
          {org('website', t.settings.website)}
        </SimpleGrid>
        <SimpleGrid cols={3} spacing="sm" verticalSpacing={6}>
          <TextInput
            label={t.settings.signatoryJabatan}
            description={w.signatoryHint}
            placeholder={`Ketua ${settings.organizerName}`}
            value={form.signatoryJabatan}
            onChange={(e) => setForm({ ...form, signatoryJabatan: e.currentTarget.value })}
          />
          <TextInput
            label={t.settings.signatoryName}
            description=" "
            value={form.signatoryName}
            onChange={(e) => setForm({ ...form, signatoryName: e.currentTarget.value })}
          />
          <TextInput
            label={t.settings.organizerEmail}
            description={w.organizerHint}
            type="email"
            value={form.organizerEmail}
            error={errors.organizerEmail}
            onChange={(e) => setForm({ ...form, organizerEmail: e.currentTarget.value })}
          />
        </SimpleGrid>
        <Group gap="xl" align="flex-end">
          <Radio.Group label={t.settings.paper} value={form.paper} onChange={(v) => setForm({ ...form, paper: v as Settings['paper'] })}>
            <Group mt={6}>
              <Radio value="A4" label={t.settings.paperA4} />
              <Radio value="F4" label={t.settings.paperF4} />
            </Group>
          </Radio.Group>
          <Group gap="xs" align="center">
            {settings.organisation.logoDataUrl && <Image src={settings.organisation.logoDataUrl} alt={w.logoAlt} h={40} w="auto" fit="contain" />}
            <FileButton onChange={(f) => void pickLogo(f)} accept="image/png,image/jpeg">
              {(props) => (
                <Button {...props} variant="default" size="sm">
                  {settings.organisation.logoDataUrl ? w.logoChange : w.logoPick}
                </Button>
              )}
            </FileButton>
          </Group>
        </Group>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {w.later}
          </Text>
          <Group gap="xs">
            <Button variant="subtle" onClick={() => void finish(false)} disabled={busy}>
              {w.skip}
            </Button>
            <Button onClick={() => void finish(true)} loading={busy}>
              {w.save}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}
