// The minutes section (Notulen): chair and minute-taker, when the meeting actually opened and
// closed, the participants in numbers, conclusions and follow-ups, the Draft/Final status,
// and the way out: DOCX, print view, print or PDF. Every field saves as it is typed.
// A keystroke renders only the field typed into and what reads it: the person and time fields,
// each follow-up row and the follow-ups table are memoised and get callbacks that never change
// (they read the meeting through doc.current() when called), and the queue keeps the identity
// of every part of the meeting a change does not touch (shared/domain/keep-identity.ts).
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
  MultiSelect,
  Paper,
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
import { officialUnitName, shortUnitName, sortUnits } from '../../../../shared/domain/units';
import { ALL_INVITED, PROVINCE, statusCounts } from '../../../../shared/domain/follow-ups';
import type { ProgressByUnit } from '../../../../shared/domain/meeting';
import { CarriedFollowUps } from '../follow-ups/CarriedFollowUps';
import { removeAt, replaceAt } from '../../../../shared/domain/speaker-ops';
import { keepIdentity } from '../../../../shared/domain/keep-identity';
import { notifyError, notifyOk } from '../../components/notify';
import { DateField, TimeField as IndonesianTimeField } from '../../components/DateTimeFields';
import { t } from '../../i18n';
import { useOrganisation } from '../units/use-organisation';
import { navigate, routeHref } from '../../router';
import type { SectionProps } from '../section-props';
import { QuickList } from '../speakers/QuickList';
import { FieldNotice } from '../live/FieldNotice';
import { FinalBanner, isFinal, useLockActions } from './lock';
import { newId } from '../new-id';
import { useStored } from '../use-stored';
import './minutes.css';
import { countRender } from '../render-probe';
import { itemAt } from '../../../../shared/indexed';
import type { Roster } from '../../../../shared/domain/roster';
import { unitsGroupName } from '../../../../shared/domain/org-words';

const DIVISIONS = [
  'Divisi Teknis Penyelenggaraan',
  'Divisi Sosdiklih Parmas',
  'Divisi SDM dan Litbang',
  'Divisi Hukum dan Pengawasan',
  'Divisi Perencanaan, Data dan Informasi',
  'Sekretariat',
];

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

const PersonFields = memo(function PersonFields({
  label,
  value,
  readOnly,
  onChange,
  hints,
}: {
  label: string;
  value: Signatory;
  readOnly: boolean;
  onChange(v: Signatory): void;
  hints: { name: string; jabatan: string };
}) {
  countRender(`person:${label}`);
  return (
    <Stack gap={4}>
      <Text fw={500} size="sm">
        {label}
      </Text>
      <TextInput
        aria-label={`${label}: ${t.minutes.personName}`}
        placeholder={hints.name}
        value={value.name}
        readOnly={readOnly}
        onChange={(e) => onChange({ ...value, name: e.currentTarget.value })}
      />
      <TextInput
        aria-label={`${label}: ${t.minutes.personJabatan}`}
        placeholder={hints.jabatan}
        value={value.jabatan}
        readOnly={readOnly}
        onChange={(e) => onChange({ ...value, jabatan: e.currentTarget.value })}
      />
    </Stack>
  );
});

const TimeField = memo(function TimeField({
  label,
  value,
  readOnly,
  error,
  zone,
  onChange,
  draftKey,
}: {
  label: string;
  value: string;
  readOnly: boolean;
  error?: string;
  zone: Meeting['timeZone'];
  onChange(v: string): void;
  draftKey: string;
}) {
  countRender(`time:${label}`);
  return (
    <Group align="flex-end" gap={6} wrap="nowrap">
      <IndonesianTimeField
        label={`${label} (${zone})`}
        draft={{ key: draftKey, where: `${t.meeting.tabs.notulen} · ${label}` }}
        value={value}
        readOnly={readOnly}
        error={error}
        onChange={onChange}
        style={{ flex: 1 }}
      />
      {!readOnly && (
        <Button
          variant="light"
          size="sm"
          aria-label={`${t.minutes.nowLabel}: ${label}`}
          onClick={() => onChange(utcToZoned(new Date(), zone).time)}
          mb={error ? 22 : 0}
        >
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
  assigneeOptions: Array<{ value: string; label: string }>;
  responsibleOptions: string[];
  progress: ProgressByUnit | undefined;
  meetingId: string;
  change(id: string, fn: (f: FollowUp) => FollowUp): void;
  remove(id: string): void;
  setDateError(id: string, message: string): void;
}

/** One follow-up; renders again only when this follow-up, its number or its options change. */
const FollowUpRow = memo(function FollowUpRow({
  followUp: f,
  index: i,
  readOnly,
  dateError,
  assigneeOptions,
  responsibleOptions,
  progress,
  meetingId,
  change,
  remove,
  setDateError,
}: FollowUpRowProps) {
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
        <MultiSelect
          mt={4}
          size="xs"
          aria-label={`${t.followUps.assignees} ${i + 1}`}
          placeholder={f.assignees.length ? undefined : `${t.followUps.assignees}: ${t.followUps.assigneesPlaceholder}`}
          data={assigneeOptions}
          value={f.assignees}
          searchable
          clearable={!readOnly}
          readOnly={readOnly}
          hidePickedOptions
          maxDropdownHeight={240}
          onChange={(v) => change(f.id, (x) => ({ ...x, assignees: v }))}
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
        <DateField
          ariaLabel={`${t.minutes.dueDate} ${i + 1}`}
          showLong={false}
          clearable
          value={f.dueDate}
          readOnly={readOnly}
          error={dateError}
          onChange={(v) => {
            if (v === '' || isValidIsoDate(v)) {
              setDateError(f.id, '');
              change(f.id, (x) => ({ ...x, dueDate: v }));
            } else {
              setDateError(f.id, t.minutes.badDate);
            }
          }}
        />
      </Table.Td>
      <Table.Td valign="top" pt={10}>
        <FollowUpProgress progress={progress} meetingId={meetingId} />
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

interface FollowUpTableProps extends Pick<
  FollowUpRowProps,
  'readOnly' | 'assigneeOptions' | 'responsibleOptions' | 'meetingId' | 'change' | 'remove' | 'setDateError'
> {
  followUps: FollowUp[];
  dateErrors: Record<string, string>;
  progress: Record<string, ProgressByUnit>;
  add(): void;
}

/**
 * The follow-ups card, not rendered at all by typing elsewhere. A Mantine Card gives its context
 * a new value whenever it renders, and React then searches everything inside it for readers.
 */
const FollowUpsCard = memo(function FollowUpsCard({ followUps, dateErrors, progress, add, ...row }: FollowUpTableProps) {
  return (
    <Card withBorder component="section" aria-label={t.minutes.followUps} className="minutes-card">
      <Title order={4} mb="xs">
        {t.minutes.followUps}
      </Title>
      {followUps.length === 0 ? (
        <Text size="sm" c="dimmed" mb="xs">
          {t.minutes.followUpsEmpty}
        </Text>
      ) : (
        <Table verticalSpacing={4} withRowBorders={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={30}>No.</Table.Th>
              <Table.Th>{t.minutes.action}</Table.Th>
              <Table.Th w={230}>{t.minutes.responsible}</Table.Th>
              <Table.Th w={160}>{t.minutes.dueDate}</Table.Th>
              <Table.Th w={120}>{t.followUps.progress}</Table.Th>
              <Table.Th w={30} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {followUps.map((f, i) => (
              <FollowUpRow key={f.id} followUp={f} index={i} dateError={dateErrors[f.id]} progress={progress[f.id]} {...row} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      {!row.readOnly && (
        <Group mt="xs">
          <Button variant="light" size="xs" onClick={add}>
            {t.minutes.addFollowUp}
          </Button>
        </Group>
      )}
    </Card>
  );
});

const NO_UNITS: Roster['units'] = [];
const conclusionLabel = (n: number) => `${t.minutes.conclusion} ${n}`;
const removeConclusionLabel = (n: number) => `${t.minutes.removeConclusion} ${n}`;

export function MinutesSection({ meeting, doc }: SectionProps) {
  const m = meeting;
  const readOnly = isFinal(m);
  const lock = useLockActions(m, doc);
  const roster = useStored('roster/get').value;
  const organisation = useOrganisation();
  const [busy, setBusy] = useState(false);
  const [dateErrors, setDateErrors] = useState<Record<string, string>>({});

  // Where each follow-up's units stand: the record's own copy once final, else the tracker's.
  const [progress, setProgress] = useState<Record<string, ProgressByUnit>>({});
  const followUpShape = m.minutes.followUps.map((f) => `${f.id}:${f.assignees.join(',')}`).join('|');
  const { flush } = doc;
  useEffect(() => {
    if (m.minutes.status === 'final') {
      setProgress(m.minutes.followUpsAtFinal);
      return;
    }
    const timer = setTimeout(() => {
      // After the follow-ups just typed are stored, so the core counts them too.
      flush()
        .then(() => api.call('followups/list', { meetingId: m.id, includeDone: true }))
        .then(
          (list) => {
            const out: Record<string, ProgressByUnit> = {};
            for (const r of list.rows) (out[r.followUpId] ??= {})[r.unitKey] = r.progress;
            // A follow-up whose progress is unchanged keeps its object, so its row does not render again.
            setProgress((before) => keepIdentity(before, out));
          },
          () => setProgress((before) => (Object.keys(before).length ? {} : before)),
        );
    }, 300);
    return () => clearTimeout(timer);
  }, [flush, m.id, m.minutes.status, m.minutes.followUpsAtFinal, followUpShape]);
  const unitsWord = useMemo(() => unitsGroupName((roster?.units ?? []).filter((u) => !u.unlisted)), [roster]);
  const assigneeOptions = useMemo(() => {
    const invited = new Set(m.unitsInvited);
    return [
      { value: ALL_INVITED, label: t.followUps.allInvited(unitsWord) },
      { value: PROVINCE, label: t.followUps.provinceOption(organisation.organizerName) },
      ...sortUnits((roster?.units ?? []).filter((u) => invited.has(u.code))).map((u) => ({ value: u.code, label: shortUnitName(u) })),
    ];
  }, [roster, m.unitsInvited, organisation.organizerName, unitsWord]);

  const counts = useMemo(
    () => attendanceCounts({ attendance: m.attendance, unitsInvited: m.unitsInvited, rolesInvited: m.rolesInvited }),
    [m.attendance, m.unitsInvited, m.rolesInvited],
  );
  const responsibleOptions = useMemo(() => {
    const units = sortUnits(roster?.units ?? []).map((u) => officialUnitName(u));
    const people = [...(roster?.people ?? []).map((p) => p.name), ...m.speakers.map((s) => s.name)].map((x) => x.trim()).filter(Boolean);
    return [...new Set([...(organisation.allUnits ? [organisation.allUnits] : []), ...DIVISIONS, ...units, ...people])];
  }, [roster, m.speakers, organisation.allUnits]);

  // The document's callbacks never change; everything below that calls them is made once.
  const { apply, current, replaced } = doc;
  /** One minutes/update intent with the fields the change touches (typing in one field is merged). */
  const sendMinutes = useCallback(
    (patch: MeetingIntentInput<'minutes/update'>['patch'], base?: MeetingIntentInput<'minutes/update'>['base']) => {
      apply({ method: 'minutes/update', input: { patch, ...(base ? { base } : {}) } }).catch(() => {
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
      // The conclusions the change was made on: another window's conclusion typed meanwhile is kept.
      if (Object.keys(patch).length) sendMinutes(patch, patch.conclusions ? { conclusions: before.conclusions } : undefined);
    },
    [current, sendMinutes],
  );
  /** A change to one follow-up, found by its id when the change is made. */
  const setFollowUp = useCallback(
    (id: string, fn: (f: FollowUp) => FollowUp) =>
      setMinutes((x) => {
        const i = x.followUps.findIndex((f) => f.id === id);
        return i < 0 ? x : { ...x, followUps: replaceAt(x.followUps, i, fn(itemAt(x.followUps, i))) };
      }),
    [setMinutes],
  );
  const removeFollowUp = useCallback(
    (id: string) =>
      setMinutes((x) => {
        const i = x.followUps.findIndex((f) => f.id === id);
        return i < 0 ? x : { ...x, followUps: removeAt(x.followUps, i) };
      }),
    [setMinutes],
  );
  const addFollowUp = useCallback(
    () => setMinutes((x) => ({ ...x, followUps: [...x.followUps, { id: newId(), action: '', responsible: '', assignees: [], dueDate: '', status: 'belum' }] })),
    [setMinutes],
  );
  const setDateError = useCallback((id: string, message: string) => setDateErrors((d) => (d[id] === message ? d : { ...d, [id]: message })), []);
  const setChair = useCallback((chair: Signatory) => sendMinutes({ chair }), [sendMinutes]);
  const setNotetaker = useCallback((notetaker: Signatory) => sendMinutes({ notetaker }), [sendMinutes]);
  const setStart = useCallback((v: string) => setMinutes((x) => ({ ...x, actualStart: v })), [setMinutes]);
  const setEnd = useCallback((v: string) => setMinutes((x) => ({ ...x, actualEnd: v })), [setMinutes]);
  const setConclusions = useCallback((conclusions: string[]) => setMinutes((x) => ({ ...x, conclusions })), [setMinutes]);
  const conclusionNotice = useCallback((k: number) => <FieldNotice store={replaced} fieldKey={`conclusion:${k}`} />, [replaced]);
  const endError = actualTimesProblem(m.minutes)?.message;

  const id = m.id;
  const exportDocx = useCallback(async () => {
    setBusy(true);
    try {
      await flush();
      const file = await api.call('minutes/export-docx', { id });
      const where = await saveFile(file);
      if (where) notifyOk(`${t.minutes.exported}: ${where}`);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  }, [flush, id]);

  const openPrint = useCallback(async () => {
    try {
      await flush();
      navigate({ name: 'minutes-print', id });
    } catch (err) {
      notifyError(err);
    }
  }, [flush, id]);

  // The header and the facts are made again only when what they show changes, not per keystroke
  // in a conclusion or a follow-up.
  const ask = lock.ask;
  const todoText = missing(m).join('\n');
  const header = useMemo(() => {
    const todo = todoText ? todoText.split('\n') : [];
    return (
      <Card withBorder className="minutes-card">
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
            <Button
              component="a"
              variant="light"
              href={routeHref({ name: 'minutes-print', id })}
              onClick={(e: React.MouseEvent) => {
                e.preventDefault();
                void openPrint();
              }}
            >
              {t.minutes.printView}
            </Button>
            {readOnly ? (
              <Button variant="outline" color="orange" onClick={() => ask('unlock')}>
                {t.minutes.unlock}
              </Button>
            ) : (
              <Button variant="outline" color="teal" onClick={() => ask('finalize')}>
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
    );
  }, [readOnly, todoText, busy, id, exportDocx, openPrint, ask]);
  const { chair, notetaker, timeZone, startTime, endTime } = m;
  const { actualStart, actualEnd } = m.minutes;
  const facts = useMemo(
    () => (
      <Card withBorder className="minutes-card">
        <Stack>
          <Title order={4}>{t.minutes.facts}</Title>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <PersonFields label={t.minutes.chair} hints={t.office.placeholders.chair} value={chair} readOnly={readOnly} onChange={setChair} />
            <PersonFields label={t.minutes.notetaker} hints={t.office.placeholders.notetaker} value={notetaker} readOnly={readOnly} onChange={setNotetaker} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <TimeField
              draftKey={`meeting:${id}:actualStart`}
              label={t.minutes.actualStart}
              zone={timeZone}
              value={actualStart}
              readOnly={readOnly}
              onChange={setStart}
            />
            <TimeField
              draftKey={`meeting:${id}:actualEnd`}
              label={t.minutes.actualEnd}
              zone={timeZone}
              value={actualEnd}
              readOnly={readOnly}
              error={endError}
              onChange={setEnd}
            />
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                {t.minutes.plannedTime}
              </Text>
              <Text size="sm">{formatTimeRange(startTime, endTime, timeZone)}</Text>
            </Stack>
          </SimpleGrid>
          <Group gap="xs">
            <Text size="sm" fw={500}>
              {t.minutes.participants}:
            </Text>
            <Text size="sm" data-testid="participants-line">
              {fill(t.minutes.participantsLine, {
                unit_hadir: counts.unitsPresent,
                unit_diundang: counts.unitsInvited,
                orang_hadir: counts.peoplePresent,
                satuan: unitsWord,
              })}
            </Text>
            <Anchor size="sm" href={routeHref({ name: 'meeting', id: id, tab: 'kehadiran' })}>
              {t.minutes.toAttendance}
            </Anchor>
          </Group>
        </Stack>
      </Card>
    ),
    [
      chair,
      notetaker,
      timeZone,
      startTime,
      endTime,
      actualStart,
      actualEnd,
      endError,
      readOnly,
      counts,
      id,
      setChair,
      setNotetaker,
      setStart,
      setEnd,
      unitsWord,
    ],
  );

  return (
    <Stack>
      <FinalBanner meeting={m} doc={doc} />
      {header}

      {facts}

      {/* A Paper, not a Card: this box renders at every keystroke in a conclusion, and a Card's
          context would make React search every conclusion field for its readers each time. */}
      <Paper withBorder p="md" component="section" aria-label={t.minutes.conclusions}>
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
          below={conclusionNotice}
        />
      </Paper>

      <FollowUpsCard
        followUps={m.minutes.followUps}
        readOnly={readOnly}
        dateErrors={dateErrors}
        assigneeOptions={assigneeOptions}
        responsibleOptions={responsibleOptions}
        progress={progress}
        meetingId={m.id}
        change={setFollowUp}
        remove={removeFollowUp}
        setDateError={setDateError}
        add={addFollowUp}
      />
      <CarriedFollowUps meetingId={m.id} series={m.series} final={readOnly} units={roster?.units ?? NO_UNITS} />
      {lock.modal}
    </Stack>
  );
}

/** "2 dari 38 selesai", linking to the follow-ups page filtered to this meeting. */
function FollowUpProgress({ progress, meetingId }: { progress: ProgressByUnit | undefined; meetingId: string }) {
  if (!progress)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  const counts = statusCounts(progress);
  const total = Object.keys(progress).length;
  return (
    <Anchor size="sm" href={routeHref({ name: 'follow-ups', meetingId })} data-testid="follow-up-progress">
      {t.followUps.progressLine(counts.selesai, total)}
    </Anchor>
  );
}
