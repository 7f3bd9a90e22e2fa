// Create or edit a meeting's set-up, with validation messages next to each field.
import { useEffect, useState } from 'react';
import { ActionIcon, Button, Card, Group, Loader, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { api } from '../api/client';
import { MeetingSetupSchema, defaultMeetingSetup, setupOf, type MeetingSetup } from '../../../shared/domain/meeting';
import { t } from '../i18n';
import { navigate } from '../router';
import { notifyError, notifyOk } from '../components/notify';

export type FieldErrors = Record<string, string>;

export function validateSetup(setup: MeetingSetup): FieldErrors {
  const out: FieldErrors = {};
  const parsed = MeetingSetupSchema.safeParse(setup);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.join('.');
      out[key] ??= issue.message;
    }
  }
  if (setup.joinUrl && !/^https?:\/\/\S+$/i.test(setup.joinUrl.trim())) out.joinUrl = t.form.badUrl;
  if (setup.endTime && setup.endTime <= setup.startTime) out.endTime = 'Waktu selesai harus setelah waktu mulai.';
  return out;
}

export function MeetingFormPage({ id }: { id?: string }) {
  const [setup, setSetup] = useState<MeetingSetup | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (id) {
      api.call('meetings/get', { id }).then((m) => setSetup(setupOf(m)), notifyError);
    } else {
      Promise.all([api.call('settings/get', {}), api.call('app/info', {})]).then(
        ([s, info]) => setSetup(defaultMeetingSetup(info.today, { signatory: s.defaultSignatory, timeZone: s.defaultTimeZone })),
        notifyError,
      );
    }
  }, [id]);

  if (!setup) return <Loader />;

  const set = <K extends keyof MeetingSetup>(key: K, value: MeetingSetup[K]) => {
    setSetup({ ...setup, [key]: value });
    if (errors[key as string]) setErrors({ ...errors, [key as string]: '' });
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const clean: MeetingSetup = { ...setup, title: setup.title.trim(), agenda: setup.agenda.filter((a) => a.trim()) };
    const errs = validateSetup(clean);
    setErrors(errs);
    if (Object.values(errs).some(Boolean)) {
      notifyError(null, t.form.invalid);
      return;
    }
    setBusy(true);
    try {
      const m = id ? await api.call('meetings/update-setup', { id, setup: clean }) : await api.call('meetings/create', clean);
      notifyOk(id ? t.form.updated : t.form.created);
      navigate({ name: 'meeting', id: m.id, tab: 'undangan' });
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const agenda = setup.agenda.length ? setup.agenda : [''];

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={900}>
        <Title order={2}>{id ? t.form.editTitle : t.form.createTitle}</Title>
        <Card withBorder>
          <Stack>
            <TextInput
              label={t.form.title}
              placeholder={t.form.titlePlaceholder}
              value={setup.title}
              onChange={(e) => set('title', e.currentTarget.value)}
              error={errors.title}
              required
              data-autofocus
              autoFocus
            />
            <SimpleGrid cols={4}>
              <TextInput type="date" label={t.form.date} value={setup.date} onChange={(e) => set('date', e.currentTarget.value)} error={errors.date} required />
              <TextInput type="time" label={t.form.startTime} value={setup.startTime} onChange={(e) => set('startTime', e.currentTarget.value)} error={errors.startTime} required />
              <TextInput type="time" label={t.form.endTime} description={t.form.endTimeHint} value={setup.endTime} onChange={(e) => set('endTime', e.currentTarget.value)} error={errors.endTime} />
              <Select
                label={t.form.timeZone}
                data={['WIB', 'WITA', 'WIT']}
                value={setup.timeZone}
                onChange={(v) => v && set('timeZone', v as MeetingSetup['timeZone'])}
                allowDeselect={false}
              />
            </SimpleGrid>
          </Stack>
        </Card>
        <Card withBorder>
          <Stack>
            <Title order={4}>{t.form.sectionBasic}</Title>
            <SimpleGrid cols={2}>
              <Select
                label={t.form.mode}
                data={Object.entries(t.mode).map(([value, label]) => ({ value, label }))}
                value={setup.mode}
                onChange={(v) => v && set('mode', v as MeetingSetup['mode'])}
                allowDeselect={false}
              />
              <TextInput label={t.form.platform} value={setup.platform} onChange={(e) => set('platform', e.currentTarget.value)} placeholder="Zoom" />
            </SimpleGrid>
            {setup.mode !== 'luring' && (
              <>
                <TextInput label={t.form.joinUrl} value={setup.joinUrl} onChange={(e) => set('joinUrl', e.currentTarget.value)} error={errors.joinUrl} placeholder="https://zoom.us/j/…" />
                <SimpleGrid cols={2}>
                  <TextInput label={t.form.meetingId} value={setup.meetingId} onChange={(e) => set('meetingId', e.currentTarget.value)} />
                  <TextInput label={t.form.passcode} value={setup.passcode} onChange={(e) => set('passcode', e.currentTarget.value)} />
                </SimpleGrid>
              </>
            )}
            {setup.mode !== 'daring' && (
              <TextInput label={t.form.location} value={setup.location} onChange={(e) => set('location', e.currentTarget.value)} error={errors.location} />
            )}
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="xs">
            <Title order={4}>{t.form.agenda}</Title>
            {agenda.map((item, i) => (
              <Group key={i} wrap="nowrap" align="flex-start">
                <Text w={20} mt={6} c="dimmed">
                  {i + 1}.
                </Text>
                <TextInput
                  style={{ flex: 1 }}
                  aria-label={`${t.form.agendaItem} ${i + 1}`}
                  value={item}
                  onChange={(e) => {
                    const next = [...agenda];
                    next[i] = e.currentTarget.value;
                    set('agenda', next);
                  }}
                  error={errors[`agenda.${i}`]}
                />
                <ActionIcon variant="subtle" color="gray" mt={4} aria-label={`${t.common.remove} ${i + 1}`} onClick={() => set('agenda', agenda.filter((_, j) => j !== i))}>
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button variant="light" size="xs" onClick={() => set('agenda', [...agenda, ''])}>
                {t.form.addAgenda}
              </Button>
            </Group>
          </Stack>
        </Card>
        <Group>
          <Button type="submit" loading={busy}>
            {id ? t.common.save : t.form.create}
          </Button>
          <Button variant="subtle" onClick={() => (id ? navigate({ name: 'meeting', id, tab: 'undangan' }) : navigate({ name: 'meetings' }))}>
            {t.common.cancel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
