// Create or edit a meeting's set-up, with validation messages next to each field: time and
// place, agenda and references, chair and minute-taker, the invitation letter, and who is
// invited (which units, which roles) with the calendar reminder.
import { useEffect, useState } from 'react';
import {
  ActionIcon,
  Autocomplete,
  Button,
  Card,
  Checkbox,
  Group,
  Loader,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { ApiError, api } from '../api/client';
import { SifatSchema, defaultMeetingSetup, setupOf, type MeetingSetup, type Signatory } from '../../../shared/domain/meeting';
import { normalizeSetup, problemsByField, setupProblems } from '../../../shared/domain/meeting-rules';
import { baseKind, officialUnitName, sortUnits, type Unit } from '../../../shared/domain/units';
import { DateField, TimeField } from '../components/DateTimeFields';
import { setupWarnings } from '../../../shared/domain/setup-warnings';
import { utcToZoned } from '../../../shared/domain/datetime';
import { t } from '../i18n';
import { navigate } from '../router';
import { notifyError, notifyOk } from '../components/notify';
import { itemAt } from '../../../shared/indexed';
import { useStored } from '../features/use-stored';

export type FieldErrors = Record<string, string>;

type UnitsMode = MeetingSetup['unitsInvitedMode'];

/** The units a mode stands for; "picked" keeps the user's own choice. */
export function unitsForMode(mode: UnitsMode, units: readonly Unit[], picked: readonly string[]): string[] {
  // A unit no longer in the list stays only where it was picked before.
  const sorted = sortUnits(mode === 'picked' ? units : units.filter((u) => !u.unlisted));
  if (mode === 'all') return sorted.map((u) => u.code);
  if (mode === 'kabupaten' || mode === 'kota') return sorted.filter((u) => baseKind(u.kind) === mode).map((u) => u.code);
  const wanted = new Set(picked);
  return sorted.filter((u) => wanted.has(u.code)).map((u) => u.code);
}

/** An ordered list of one-line items (agenda, references, tembusan): add, remove, move. */
function ListEditor({
  items,
  onChange,
  itemLabel,
  addLabel,
  errorAt,
  placeholder,
  removeLabel,
}: {
  items: string[];
  onChange: (items: string[]) => void;
  itemLabel: string;
  addLabel: string;
  errorAt: (i: number) => string | undefined;
  placeholder?: string;
  removeLabel?: (n: number) => string;
}) {
  const rows = items.length ? items : [''];
  const move = (i: number, d: -1 | 1) => {
    const next = [...rows];
    [next[i], next[i + d]] = [itemAt(next, i + d), itemAt(next, i)];
    onChange(next);
  };
  return (
    <Stack gap="xs">
      {rows.map((item, i) => (
        <Group key={i} wrap="nowrap" align="flex-start" gap="xs">
          <Text w={20} mt={6} c="dimmed">
            {i + 1}.
          </Text>
          <TextInput
            style={{ flex: 1 }}
            aria-label={`${itemLabel} ${i + 1}`}
            value={item}
            placeholder={i === 0 ? placeholder : undefined}
            onChange={(e) => {
              const next = [...rows];
              next[i] = e.currentTarget.value;
              onChange(next);
            }}
            error={errorAt(i)}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            mt={4}
            tabIndex={-1}
            disabled={i === 0}
            aria-label={t.setup.moveUp(itemLabel, i + 1)}
            onClick={() => move(i, -1)}
          >
            ↑
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="gray"
            mt={4}
            tabIndex={-1}
            disabled={i === rows.length - 1}
            aria-label={t.setup.moveDown(itemLabel, i + 1)}
            onClick={() => move(i, 1)}
          >
            ↓
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="gray"
            mt={4}
            aria-label={removeLabel ? removeLabel(i + 1) : t.setup.removeItem(itemLabel, i + 1)}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="light" size="xs" onClick={() => onChange([...rows, ''])}>
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}

function SignatoryFields({
  value,
  onChange,
  jabatanLabel,
  nameLabel,
  jabatanHint,
  nameHint,
}: {
  value: Signatory;
  onChange: (v: Signatory) => void;
  jabatanLabel: string;
  nameLabel: string;
  jabatanHint?: string;
  nameHint?: string;
}) {
  return (
    <SimpleGrid cols={2}>
      <TextInput
        label={jabatanLabel}
        placeholder={jabatanHint}
        value={value.jabatan}
        onChange={(e) => onChange({ ...value, jabatan: e.currentTarget.value })}
      />
      <TextInput label={nameLabel} placeholder={nameHint} value={value.name} onChange={(e) => onChange({ ...value, name: e.currentTarget.value })} />
    </SimpleGrid>
  );
}

export function MeetingFormPage({ id }: { id?: string }) {
  const [setup, setSetup] = useState<MeetingSetup | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const roster = useStored('roster/get').value;
  const settings = useStored('settings/get').value;
  const [seriesNames, setSeriesNames] = useState<string[]>([]);

  useEffect(() => {
    api.call('series/list', {}).then(
      (xs) => setSeriesNames(xs.map((x) => x.name)),
      () => setSeriesNames([]),
    );
  }, []);

  useEffect(() => {
    if (id) {
      api.call('meetings/get', { id }).then((m) => setSetup(setupOf(m)), notifyError);
    } else if (settings && roster) {
      // A new meeting invites every unit and role of this roster, whichever commission it is.
      api.call('app/info', {}).then((info) => {
        const base = defaultMeetingSetup(info.today, { signatory: settings.defaultSignatory, timeZone: settings.defaultTimeZone });
        const roles = base.rolesInvited.filter((roleId) => roster.roles.some((role) => role.id === roleId));
        // Once: a roster or settings change arriving later must not reset what is typed.
        setSetup(
          (cur) =>
            cur ?? {
              ...base,
              letter: { ...base.letter, place: settings.organisation.city.trim() || base.letter.place },
              unitsInvited: unitsForMode('all', roster.units, []),
              rolesInvited: roles.length ? roles : roster.roles.map((role) => role.id),
            },
        );
      }, notifyError);
    }
  }, [id, settings, roster]);

  if (!setup || !roster) return <Loader />;
  // Older set-ups (a copy made before series existed) have none.
  const series = setup.series ?? '';

  // Advice, not rules: shown under the field, saving still works (a past rakor can be archived).
  const warnings = setupWarnings(setup, utcToZoned(new Date(), setup.timeZone).date);
  const warningAt = (field: string) => warnings.find((w) => w.field === field)?.message;

  const set = <K extends keyof MeetingSetup>(key: K, value: MeetingSetup[K]) => {
    setSetup({ ...setup, [key]: value });
    if (errors[key as string]) setErrors({ ...errors, [key as string]: '' });
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    // The same rules the core applies, with the same messages, next to the fields.
    const clean = normalizeSetup({ ...setup, unitsInvited: unitsForMode(setup.unitsInvitedMode, roster.units, setup.unitsInvited) });
    const errs = problemsByField(setupProblems(clean, roster));
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
      // A rule the core refused (e.g. the roster changed meanwhile) shows next to its field too.
      if (err instanceof ApiError && err.problems.length) setErrors(problemsByField(err.problems));
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const letter = setup.letter;
  const setLetter = (patch: Partial<MeetingSetup['letter']>) => set('letter', { ...letter, ...patch });
  const units = sortUnits(roster.units);
  const invited = new Set(setup.unitsInvited);
  const setMode = (mode: UnitsMode) => {
    setSetup({ ...setup, unitsInvitedMode: mode, unitsInvited: unitsForMode(mode, roster.units, setup.unitsInvited) });
    if (errors.unitsInvited) setErrors({ ...errors, unitsInvited: '' });
  };
  const togglePicked = (code: string, on: boolean) => {
    const next = on ? [...setup.unitsInvited, code] : setup.unitsInvited.filter((c) => c !== code);
    setSetup({ ...setup, unitsInvitedMode: 'picked', unitsInvited: unitsForMode('picked', roster.units, next) });
    if (errors.unitsInvited) setErrors({ ...errors, unitsInvited: '' });
  };
  // Roles a meeting invites that the roster no longer has still show, so they can be unticked.
  const roleOptions = [
    ...roster.roles.map((r) => ({ id: r.id, short: r.short, label: r.label })),
    ...setup.rolesInvited.filter((id) => !roster.roles.some((r) => r.id === id)).map((id) => ({ id, short: id, label: '' })),
  ];

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
            <Autocomplete
              label={t.followUps.seriesLabel}
              description={t.followUps.seriesHint}
              placeholder={t.followUps.seriesPlaceholder}
              data={seriesNames}
              value={series}
              onChange={(v) => set('series', v)}
              error={errors.series}
            />
            <SimpleGrid cols={4}>
              <DateField label={t.form.date} value={setup.date} onChange={(v) => set('date', v)} error={errors.date} required warning={warningAt('date')} />
              <TimeField label={t.form.startTime} value={setup.startTime} onChange={(v) => set('startTime', v)} error={errors.startTime} required />
              <TimeField
                label={t.form.endTime}
                description={t.form.endTimeHint}
                value={setup.endTime}
                onChange={(v) => set('endTime', v)}
                error={errors.endTime}
              />
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
                <TextInput
                  label={t.form.joinUrl}
                  value={setup.joinUrl}
                  onChange={(e) => set('joinUrl', e.currentTarget.value)}
                  error={errors.joinUrl}
                  placeholder="https://zoom.us/j/…"
                />
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
            <ListEditor
              items={setup.agenda}
              onChange={(items) => set('agenda', items)}
              itemLabel={t.form.agendaItem}
              addLabel={t.form.addAgenda}
              errorAt={(i) => errors[`agenda.${i}`]}
              removeLabel={(n) => `${t.common.remove} ${n}`}
            />
            <Title order={5} mt="sm">
              {t.setup.references}
            </Title>
            <ListEditor
              items={setup.references}
              onChange={(items) => set('references', items)}
              itemLabel={t.setup.referenceItem}
              addLabel={t.setup.addReference}
              errorAt={(i) => errors[`references.${i}`]}
              placeholder={t.setup.referencesHint}
            />
          </Stack>
        </Card>
        <Card withBorder>
          <Stack>
            <Title order={4}>{t.setup.people}</Title>
            <SignatoryFields
              value={setup.chair}
              onChange={(v) => set('chair', v)}
              jabatanLabel={t.setup.chairJabatan}
              nameLabel={t.setup.chairName}
              jabatanHint={t.office.placeholders.chair.jabatan}
              nameHint={t.office.placeholders.chair.name}
            />
            <SignatoryFields
              value={setup.notetaker}
              onChange={(v) => set('notetaker', v)}
              jabatanLabel={t.setup.notetakerJabatan}
              nameLabel={t.setup.notetakerName}
              jabatanHint={t.office.placeholders.notetaker.jabatan}
              nameHint={t.office.placeholders.notetaker.name}
            />
          </Stack>
        </Card>
        <Card withBorder>
          <Stack>
            <Title order={4}>{t.setup.letter}</Title>
            <SimpleGrid cols={3}>
              <TextInput
                label={t.setup.letterNumber}
                placeholder="123/PP.01-Und/35/2022"
                value={letter.number}
                onChange={(e) => setLetter({ number: e.currentTarget.value })}
              />
              <Select
                label={t.setup.sifat}
                data={SifatSchema.options}
                value={letter.sifat}
                allowDeselect={false}
                onChange={(v) => v && setLetter({ sifat: v as MeetingSetup['letter']['sifat'] })}
              />
              <TextInput label={t.setup.lampiran} value={letter.lampiran} onChange={(e) => setLetter({ lampiran: e.currentTarget.value })} />
            </SimpleGrid>
            <TextInput label={t.setup.hal} value={letter.hal} onChange={(e) => setLetter({ hal: e.currentTarget.value })} />
            <SimpleGrid cols={2}>
              <DateField
                label={t.setup.letterDate}
                description={t.setup.letterDateHint}
                value={letter.letterDate}
                onChange={(v) => setLetter({ letterDate: v })}
                error={errors['letter.letterDate']}
                warning={warningAt('letter.letterDate')}
                clearable
              />
              <TextInput label={t.setup.letterPlace} description=" " value={letter.place} onChange={(e) => setLetter({ place: e.currentTarget.value })} />
            </SimpleGrid>
            <SignatoryFields
              value={letter.signatory}
              onChange={(v) => setLetter({ signatory: v })}
              jabatanLabel={t.setup.signatoryJabatan}
              nameLabel={t.setup.signatoryName}
              jabatanHint={t.setup.signatoryJabatanHint}
            />
            <Text size="sm" fw={500}>
              {t.setup.tembusan}
            </Text>
            <ListEditor
              items={letter.tembusan}
              onChange={(items) => setLetter({ tembusan: items })}
              itemLabel={t.setup.tembusanItem}
              addLabel={t.setup.addTembusan}
              errorAt={(i) => errors[`letter.tembusan.${i}`]}
              placeholder="Ketua KPU Republik Indonesia"
            />
          </Stack>
        </Card>
        <Card withBorder>
          <Stack>
            <Title order={4}>{t.setup.invited}</Title>
            <Radio.Group label={t.setup.unitsMode} value={setup.unitsInvitedMode} onChange={(v) => setMode(v as UnitsMode)} error={errors.unitsInvited}>
              <Group mt={6}>
                {(['all', 'kabupaten', 'kota', 'picked'] as const).map((m) => (
                  <Radio key={m} value={m} label={t.setup.unitsModes[m]} />
                ))}
              </Group>
            </Radio.Group>
            <Group justify="space-between">
              <Text size="sm" c="dimmed" data-testid="units-count">
                {t.setup.unitsCount(setup.unitsInvited.length, units.length)}
              </Text>
              {setup.unitsInvitedMode === 'picked' && (
                <Group gap="xs">
                  <Button size="compact-xs" variant="subtle" onClick={() => setMode('all')}>
                    {t.setup.pickAll}
                  </Button>
                  <Button size="compact-xs" variant="subtle" onClick={() => setSetup({ ...setup, unitsInvitedMode: 'picked', unitsInvited: [] })}>
                    {t.setup.pickNone}
                  </Button>
                </Group>
              )}
            </Group>
            {setup.unitsInvitedMode === 'picked' && (
              <SimpleGrid cols={3} spacing={4} verticalSpacing={4} role="group" aria-label={t.setup.unitsList}>
                {units.map((u) => (
                  <Checkbox
                    key={u.code}
                    size="xs"
                    label={officialUnitName(u)}
                    checked={invited.has(u.code)}
                    onChange={(e) => togglePicked(u.code, e.currentTarget.checked)}
                  />
                ))}
              </SimpleGrid>
            )}
            <Checkbox.Group
              label={t.setup.roles}
              description={t.setup.rolesHint}
              value={setup.rolesInvited}
              onChange={(v) =>
                set(
                  'rolesInvited',
                  roleOptions.map((r) => r.id).filter((id) => v.includes(id)),
                )
              }
              error={errors.rolesInvited}
            >
              <Stack gap={6} mt={6}>
                {roleOptions.map((r) => (
                  <Checkbox key={r.id} value={r.id} label={r.short} description={r.label !== r.short ? r.label : undefined} />
                ))}
              </Stack>
            </Checkbox.Group>
            <NumberInput
              label={t.setup.reminder}
              description={t.setup.reminderHint}
              value={setup.reminderMinutes}
              min={0}
              max={10080}
              step={5}
              allowDecimal={false}
              allowNegative={false}
              w={260}
              onChange={(v) => set('reminderMinutes', typeof v === 'number' ? v : Number(v) || 0)}
              error={errors.reminderMinutes}
            />
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
