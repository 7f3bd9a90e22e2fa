// The minutes section (Notulen): chair and minute-taker, when the meeting actually opened and
// closed, the participants in numbers, conclusions and follow-ups, the Draft/Final status,
// and the way out: DOCX, print view, print or PDF. Every field saves as it is typed.
// The parts are memoised with callbacks that never change, so typing a conclusion renders
// that conclusion, not every follow-up row (see README, Performance).
import type { MeetingIntentInput } from '../../../../shared/domain/meeting-intents';
import { actualTimesProblem } from '../../../../shared/domain/meeting-rules';
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Autocomplete,
  Badge,
  Button,
  Card,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { api, saveFile } from '../../api/client';
import { attendanceCounts } from '../../../../shared/domain/attendance';
import { formatTimeRange, isValidIsoDate, utcToZoned } from '../../../../shared/domain/datetime';
import type { FollowUp, Meeting, Signatory } from '../../../../shared/domain/meeting';
import type { Roster } from '../../../../shared/domain/roster';
import { officialUnitName, sortUnits } from '../../../../shared/domain/units';
import { replaceAt } from '../../../../shared/domain/speaker-ops';
import { notifyError, notifyOk } from '../../components/notify';
import { t } from '../../i18n';
import { navigate, routeHref } from '../../router';
import type { SectionProps } from '../section-props';
import { QuickList } from '../speakers/QuickList';
import { FinalBanner, isFinal, useLockActions } from './lock';
import { countRender } from '../render-probe';

const DIVISIONS = [
  'Divisi Teknis Penyelenggaraan',
  'Divisi Sosdiklih Parmas',
  'Divisi SDM dan Litbang',
  'Divisi Hukum dan Pengawasan',
  'Divisi Perencanaan, Data dan Informasi',
  'Sekretariat',
];

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `f${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, k: string) => (k in values ? String(values[k]) : all));
}

/** What still lacks before the minutes read well; shown, never enforced. */
function missing(m: Meeting): string[] {
  const out: string[] = [];
  if (!m.chair.name.trim()) out.push(t.minutes.missingChair);
  if (!m.notetaker.name.trim()) out.push(t.minutes.missingNotetaker);
  if (!m.minutes.actualEnd) out.push(t.minutes.missingEnd);
  if (!m.speakers.some((s) => s.name.trim())) out.push(t.minutes.missingSpeakers);
  if (!Object.keys(m.attendance).length) out.push(t.minutes.missingAttendance);
  return out;
}

const PersonFields = memo(function PersonFields({ label, value, readOnly, onChange }: { label: string; value: Signatory; readOnly: boolean; onChange(v: Signatory): void }) {
  return (
    <Stack gap={4}>
      <Text fw={500} size="sm">
        {label}
      </Text>
      <TextInput
        aria-label={`${label}: ${t.minutes.personName}`}
        placeholder={t.minutes.personName}
        value={value.name}
        readOnly={readOnly}
        onChange={(e) => onChange({ ...value, name: e.currentTarget.value })}
      />
      <TextInput
        aria-label={`${label}: ${t.minutes.personJabatan}`}
        placeholder={t.minutes.personJabatan}
        value={value.jabatan}
        readOnly={readOnly}
        onChange={(e) => onChange({ ...value, jabatan: e.currentTarget.value })}
      />
    </Stack>
  );
});

const TimeField = memo(function TimeField({ label, value, readOnly, error, zone, onChange }: { label: string; value: string; readOnly: boolean; error?: string; zone: Meeting['timeZone']; onChange(v: string): void }) {
  return (
    <Group align="flex-end" gap={6} wrap="nowrap">
      <TextInput type="time" label={`${label} (${zone})`} value={value} readOnly={readOnly} error={error} onChange={(e) => onChange(e.currentTarget.value)} style={{ flex: 1 }} />
      {!readOnly && (
        <Button variant="light" size="sm" aria-label={`${t.minutes.nowLabel}: ${label}`} onClick={() => onChange(utcToZoned(new Date(), zone).time)} mb={error ? 22 : 0}>
          {t.minutes.now}
        </Button>
      )}
    </Group>
  );
});

interface FollowUpRowProps {
  followUp: FollowUp;
  index: number;
  readOnly: boolean;
  dateError?: string;
  responsibleOptions: string[];
  change(id: string, fn: (f: FollowUp) => FollowUp): void;
  remove(id: string): void;
  setDateError(id: string, message: string): void;
}

const STATUS_OPTIONS = Object.entries(t.minutes.followUpStatus).map(([value, label]) => ({ value, label }));

const FollowUpRow = memo(function FollowUpRow({ followUp: f, index: i, readOnly, dateError, responsibleOptions, change, remove, setDateError }: FollowUpRowProps) {
  countRender(`follow-up:${f.id}`);
  return (
    <Table.Tr data-testid="follow-up-row">
      <Table.Td valign="top" pt={10}>
        {i + 1}.
      </Table.Td>
      <Table.Td>
        <Textarea
          aria-label={`${t.minutes.action} ${i + 1}`}
          autosize
          minRows={1}
          value={f.action}
          readOnly={readOnly}
          onChange={(e) => {
            const v = e.currentTarget.value;
            change(f.id, (x) => ({ ...x, action: v }));
          }}
        />
      </Table.Td>
      <Table.Td>
        <Autocomplete
          aria-label={`${t.minutes.responsible} ${i + 1}`}
          placeholder={t.minutes.responsiblePlaceholder}
          data={responsibleOptions}
          limit={10}
          value={f.responsible}
          readOnly={readOnly}
          onChange={(v) => change(f.id, (x) => ({ ...x, responsible: v }))}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          type="date"
          aria-label={`${t.minutes.dueDate} ${i + 1}`}
          value={f.dueDate}
          readOnly={readOnly}
          error={dateError}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (v === '' || isValidIsoDate(v)) {
              setDateError(f.id, '');
              change(f.id, (x) => ({ ...x, dueDate: v }));
            } else {
              setDateError(f.id, t.minutes.badDate);
            }
          }}
        />
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={`${t.minutes.status} ${i + 1}`}
          data={STATUS_OPTIONS}
          value={f.status}
          allowDeselect={false}
          readOnly={readOnly}
          onChange={(v) => v && change(f.id, (x) => ({ ...x, status: v as FollowUp['status'] }))}
        />
      </Table.Td>
      <Table.Td>
        {!readOnly && (
          <ActionIcon variant="subtle" color="gray" mt={4} aria-label={`${t.minutes.removeFollowUp} ${i + 1}`} onClick={() => remove(f.id)}>
            ×
          </ActionIcon>
        )}
      </Table.Td>
    </Table.Tr>
  );
});

export function MinutesSection({ meeting, doc }: SectionProps) {
  const m = meeting;
  const readOnly = isFinal(m);
  const lock = useLockActions(m, doc);
  const [roster, setRoster] = useState<Roster | null>(null);
  const [busy, setBusy] = useState(false);
  const [dateErrors, setDateErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    api.call('roster/get', {}).then(setRoster, () => setRoster(null));
  }, []);

  const counts = attendanceCounts(m);
  const todo = missing(m);
  const responsibleOptions = useMemo(() => {
    const units = sortUnits(roster?.units ?? []).map((u) => officialUnitName(u));
    const people = [...(roster?.people ?? []).map((p) => p.name), ...m.speakers.map((s) => s.name)].map((x) => x.trim()).filter(Boolean);
    return [...new Set(['KPU Kabupaten/Kota se-Jawa Timur', ...DIVISIONS, ...units, ...people])];
  }, [roster, m.speakers]);

  const { apply, current } = doc;
  /** One minutes/update intent with the fields the change touches (typing in one field is merged). */
  const sendMinutes = useCallback(
    (patch: MeetingIntentInput<'minutes/update'>['patch']) => {
      apply({ method: 'minutes/update', input: { patch } }).catch(() => {
        // Refused or not stored yet: the document shows why (notice or status badge).
      });
    },
    [apply],
  );
  const setMinutes = useCallback(
    (fn: (x: Meeting['minutes']) => Meeting['minutes']) => {
      const before = current()?.minutes;
      if (!before) return;
      const after = fn(before);
      const patch: MeetingIntentInput<'minutes/update'>['patch'] = {};
      if (after.actualStart !== before.actualStart) patch.actualStart = after.actualStart;
      if (after.actualEnd !== before.actualEnd) patch.actualEnd = after.actualEnd;
      if (after.conclusions !== before.conclusions) patch.conclusions = after.conclusions;
      if (after.followUps !== before.followUps) patch.followUps = after.followUps;
      if (Object.keys(patch).length) sendMinutes(patch);
    },
    [current, sendMinutes],
  );
  /** A change to one follow-up, found by its id when the change is made. */
  const setFollowUp = useCallback(
    (id: string, fn: (f: FollowUp) => FollowUp) =>
      setMinutes((x) => {
        const i = x.followUps.findIndex((f) => f.id === id);
        return i < 0 ? x : { ...x, followUps: replaceAt(x.followUps, i, fn(x.followUps[i])) };
      }),
    [setMinutes],
  );
  const removeFollowUp = useCallback((id: string) => setMinutes((x) => ({ ...x, followUps: x.followUps.filter((f) => f.id !== id) })), [setMinutes]);
  const setDateError = useCallback((id: string, message: string) => setDateErrors((d) => (d[id] === message ? d : { ...d, [id]: message })), []);
  const setChair = useCallback((chair: Signatory) => sendMinutes({ chair }), [sendMinutes]);
  const setNotetaker = useCallback((notetaker: Signatory) => sendMinutes({ notetaker }), [sendMinutes]);
  const setStart = useCallback((v: string) => setMinutes((x) => ({ ...x, actualStart: v })), [setMinutes]);
  const setEnd = useCallback((v: string) => setMinutes((x) => ({ ...x, actualEnd: v })), [setMinutes]);
  const setConclusions = useCallback((conclusions: string[]) => setMinutes((x) => ({ ...x, conclusions })), [setMinutes]);
  const conclusionLabel = useCallback((n: number) => `${t.minutes.conclusion} ${n}`, []);
  const removeConclusionLabel = useCallback((n: number) => `${t.minutes.removeConclusion} ${n}`, []);
  const endError = actualTimesProblem(m.minutes)?.message;

  const exportDocx = async () => {
    setBusy(true);
    try {
      await doc.flush();
      const file = await api.call('minutes/export-docx', { id: m.id });
      const where = await saveFile(file);
      if (where) notifyOk(`${t.minutes.exported}: ${where}`);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const openPrint = async () => {
    try {
      await doc.flush();
      navigate({ name: 'minutes-print', id: m.id });
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Stack>
      <FinalBanner meeting={m} doc={doc} />
      <Card withBorder>
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Group gap="xs">
              <Title order={3}>{t.minutes.title}</Title>
              <Badge color={readOnly ? 'teal' : 'yellow'} variant="filled" data-testid="minutes-status">
                {readOnly ? t.minutes.statusFinal : t.minutes.statusDraft}
              </Badge>
            </Group>
            {!readOnly && (
              <Text size="sm" c="dimmed">
                {t.minutes.draftBody}
              </Text>
            )}
          </Stack>
          <Group gap="xs">
            <Button onClick={exportDocx} loading={busy}>
              {t.minutes.exportDocx}
            </Button>
            <Button component="a" variant="light" href={routeHref({ name: 'minutes-print', id: m.id })} onClick={(e: React.MouseEvent) => {
              e.preventDefault();
              void openPrint();
            }}>
              {t.minutes.printView}
            </Button>
            {readOnly ? (
              <Button variant="outline" color="orange" onClick={() => lock.ask('unlock')}>
                {t.minutes.unlock}
              </Button>
            ) : (
              <Button variant="outline" color="teal" onClick={() => lock.ask('finalize')}>
                {t.minutes.finalize}
              </Button>
            )}
          </Group>
        </Group>
        {!readOnly && todo.length > 0 && (
          <Alert color="yellow" variant="light" mt="sm" title={t.minutes.checklist}>
            <List size="sm">
              {todo.map((x) => (
                <List.Item key={x}>{x}</List.Item>
              ))}
            </List>
          </Alert>
        )}
      </Card>

      <Card withBorder>
        <Stack>
          <Title order={4}>{t.minutes.facts}</Title>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <PersonFields label={t.minutes.chair} value={m.chair} readOnly={readOnly} onChange={setChair} />
            <PersonFields label={t.minutes.notetaker} value={m.notetaker} readOnly={readOnly} onChange={setNotetaker} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <TimeField label={t.minutes.actualStart} zone={m.timeZone} value={m.minutes.actualStart} readOnly={readOnly} onChange={setStart} />
            <TimeField label={t.minutes.actualEnd} zone={m.timeZone} value={m.minutes.actualEnd} readOnly={readOnly} error={endError} onChange={setEnd} />
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                {t.minutes.plannedTime}
              </Text>
              <Text size="sm">{formatTimeRange(m.startTime, m.endTime, m.timeZone)}</Text>
            </Stack>
          </SimpleGrid>
          <Group gap="xs">
            <Text size="sm" fw={500}>
              {t.minutes.participants}:
            </Text>
            <Text size="sm" data-testid="participants-line">
              {fill(t.minutes.participantsLine, { unit_hadir: counts.unitsPresent, unit_diundang: counts.unitsInvited, orang_hadir: counts.peoplePresent })}
            </Text>
            <Anchor size="sm" href={routeHref({ name: 'meeting', id: m.id, tab: 'kehadiran' })}>
              {t.minutes.toAttendance}
            </Anchor>
          </Group>
        </Stack>
      </Card>

      <Card withBorder component="section" aria-label={t.minutes.conclusions}>
        <Title order={4} mb="xs">
          {t.minutes.conclusions}
        </Title>
        {!readOnly && !m.minutes.conclusions.some((c) => c.trim()) && (
          <Text size="sm" c="dimmed" mb="xs">
            {t.minutes.conclusionsEmpty}
          </Text>
        )}
        <QuickList
          items={m.minutes.conclusions}
          numbering="number"
          readOnly={readOnly}
          itemLabel={conclusionLabel}
          removeLabel={removeConclusionLabel}
          onChange={setConclusions}
        />
      </Card>

      <Card withBorder component="section" aria-label={t.minutes.followUps}>
        <Title order={4} mb="xs">
          {t.minutes.followUps}
        </Title>
        {m.minutes.followUps.length === 0 ? (
          <Text size="sm" c="dimmed" mb="xs">
            {t.minutes.followUpsEmpty}
          </Text>
        ) : (
          <Table verticalSpacing={4} withRowBorders={false}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={30}>No.</Table.Th>
                <Table.Th>{t.minutes.action}</Table.Th>
                <Table.Th w={260}>{t.minutes.responsible}</Table.Th>
                <Table.Th w={170}>{t.minutes.dueDate}</Table.Th>
                <Table.Th w={130}>{t.minutes.status}</Table.Th>
                <Table.Th w={30} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {m.minutes.followUps.map((f, i) => (
                <FollowUpRow
                  key={f.id}
                  followUp={f}
                  index={i}
                  readOnly={readOnly}
                  dateError={dateErrors[f.id]}
                  responsibleOptions={responsibleOptions}
                  change={setFollowUp}
                  remove={removeFollowUp}
                  setDateError={setDateError}
                />
              ))}
            </Table.Tbody>
          </Table>
        )}
        {!readOnly && (
          <Group mt="xs">
            <Button
              variant="light"
              size="xs"
              onClick={() =>
                setMinutes((x) => ({
                  ...x,
                  followUps: [...x.followUps, { id: newId(), action: '', responsible: '', dueDate: '', status: 'belum' }],
                }))
              }
            >
              {t.minutes.addFollowUp}
            </Button>
          </Group>
        )}
      </Card>
      {lock.modal}
    </Stack>
  );
}
