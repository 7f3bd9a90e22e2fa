// The speakers section (Pembicara), built for typing during a live meeting: one card per
// speaker in the order they speak, a name field that fills position and institution from
// the roster and earlier speakers, a start/stop clock, and the points as a quick list.
// Every keystroke goes through the meeting document, which saves it within a second.
// Each card is memoised and gets only callbacks that never change, so typing into one speaker
// renders that card alone, however long the meeting (see README, Performance).
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ActionIcon, Autocomplete, Badge, Button, Card, Group, Kbd, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { api } from '../../api/client';
import type { Meeting, Segment, Speaker } from '../../../../shared/domain/meeting';
import { officialUnitName, sortUnits } from '../../../../shared/domain/units';
import { formatTime, utcToZoned } from '../../../../shared/domain/datetime';
import {
  PROVINCE,
  SEGMENTS,
  applySuggestion,
  blankSpeaker,
  currentSpeaker,
  findSuggestion,
  formatDuration,
  indexOfSpeaker,
  isSpeaking,
  nextSegment,
  speakerSuggestions,
  speakingSeconds,
  withInstitution,
  type KnownSpeaker,
} from '../../../../shared/domain/speaker-ops';
import { speakerChangeIntents, type MeetingIntent } from '../../../../shared/domain/meeting-intents';
import type { ReplacedStore } from '../meeting-doc';
import { FieldNotice } from '../live/FieldNotice';
import { t } from '../../i18n';
import type { SectionProps } from '../section-props';
import { FinalBanner, isFinal } from '../minutes/lock';
import { QuickList } from './QuickList';
import { TranscriptImport } from './TranscriptImport';
import { countRender } from '../render-probe';
import { newId } from '../new-id';
import { useStored } from '../use-stored';
import './speakers.css';
import { unitsGroupName } from '../../../../shared/domain/org-words';

/** Re-renders once a second while someone speaks, and only this small label. */
function RunningTime({ speaker }: { speaker: Speaker }) {
  const [now, setNow] = useState(() => Date.now());
  const running = isSpeaking(speaker);
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  const secs = speakingSeconds(speaker, now);
  if (secs === null) return null;
  return (
    <Text size="sm" fw={running ? 700 : 400} c={running ? 'red.8' : 'dimmed'} className="rakor-tabular" aria-live="off" data-testid="running-time">
      {formatDuration(secs)}
    </Text>
  );
}

function clock(iso: string, zone: Meeting['timeZone']): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : formatTime(utcToZoned(d, zone).time);
}

const NO_SUGGESTIONS: KnownSpeaker[] = [];

interface CardProps {
  speaker: Speaker;
  index: number;
  count: number;
  zone: Meeting['timeZone'];
  readOnly: boolean;
  /** The names the card's name field offers (everyone but this speaker), worked out when it is needed. */
  suggestionsFor(id: string): KnownSpeaker[];
  institutions: Array<{ value: string; label: string }>;
  institutionLabel(code: string): string;
  change(id: string, fn: (s: Speaker) => Speaker): void;
  onStart(id: string): void;
  onStop(id: string): void;
  onMove(id: string, by: number): void;
  onRemove(id: string): void;
  nameRef(id: string, el: HTMLInputElement | null): void;
  /** Text of this window another window replaced (live updates). */
  replaced: ReplacedStore;
}

interface FieldsProps {
  id: string;
  name: string;
  jabatan: string;
  institution: string;
  segment: Segment;
  readOnly: boolean;
  suggestionsFor(id: string): KnownSpeaker[];
  institutions: Array<{ value: string; label: string }>;
  institutionLabel(code: string): string;
  change(id: string, fn: (s: Speaker) => Speaker): void;
  nameRef(id: string, el: HTMLInputElement | null): void;
}

/** Name, position, institution and segment: memoised apart, so typing a point does not render them. */
const SpeakerFields = memo(function SpeakerFields(p: FieldsProps) {
  // The suggestions are only worked out while the name field has the focus: a card that is
  // not being named needs none, and typing elsewhere then never touches this card.
  const [naming, setNaming] = useState(false);
  const { suggestionsFor } = p;
  const suggestions = useMemo(() => (naming ? suggestionsFor(p.id) : NO_SUGGESTIONS), [naming, suggestionsFor, p.id]);
  const names = useMemo(() => suggestions.map((k) => k.name), [suggestions]);
  const sourceText: Record<KnownSpeaker['source'], string> = {
    meeting: t.speakers.sourceMeeting,
    earlier: t.speakers.sourceEarlier,
    chair: t.speakers.sourceChair,
    roster: t.speakers.sourceRoster,
  };
  const pick = (name: string) => {
    const k = findSuggestion(p.suggestionsFor(p.id), name);
    if (k) p.change(p.id, (x) => applySuggestion(x, k));
  };
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xs">
        <Autocomplete
          ref={(el) => p.nameRef(p.id, el)}
          label={t.speakers.name}
          placeholder={t.speakers.namePlaceholder}
          value={p.name}
          data={names}
          limit={8}
          readOnly={p.readOnly}
          onChange={(v) => p.change(p.id, (x) => ({ ...x, name: v }))}
          onOptionSubmit={pick}
          onFocus={() => setNaming(true)}
          onBlur={() => {
            setNaming(false);
            // A name typed in full that matches a known person fills what is still empty.
            if (p.readOnly || p.jabatan.trim()) return;
            const k = findSuggestion(p.suggestionsFor(p.id), p.name);
            if (k) p.change(p.id, (x) => ({ ...applySuggestion(x, k), name: x.name.trim() }));
          }}
          renderOption={({ option }) => {
            const k = findSuggestion(suggestions, option.value);
            return (
              <Stack gap={0}>
                <Text size="sm">{option.value}</Text>
                {k && (
                  <Text size="xs" c="dimmed">
                    {[k.jabatan, p.institutionLabel(k.institution), sourceText[k.source]].filter(Boolean).join(' · ')}
                  </Text>
                )}
              </Stack>
            );
          }}
        />
        <TextInput
          label={t.speakers.jabatan}
          value={p.jabatan}
          readOnly={p.readOnly}
          onChange={(e) => {
            const v = e.currentTarget.value;
            p.change(p.id, (x) => ({ ...x, jabatan: v }));
          }}
        />
        <Select
          label={t.speakers.institution}
          data={p.institutions}
          value={p.institution || PROVINCE}
          searchable
          allowDeselect={false}
          readOnly={p.readOnly}
          onChange={(v) => v && p.change(p.id, (x) => withInstitution(x, v))}
        />
      </SimpleGrid>
      <div>
        <Text size="sm" fw={500} mb={4} id={`segment-${p.id}`}>
          {t.speakers.segment}
        </Text>
        <SegmentedControl
          aria-labelledby={`segment-${p.id}`}
          size="xs"
          value={p.segment}
          readOnly={p.readOnly}
          data={SEGMENTS.map((g) => ({ value: g, label: t.speakers.segments[g] }))}
          onChange={(v) => p.change(p.id, (x) => ({ ...x, segment: v as Segment }))}
        />
      </div>
    </>
  );
});

const SpeakerCard = memo(function SpeakerCard(p: CardProps) {
  const s = p.speaker;
  countRender(`speaker-card:${s.id}`);
  const n = p.index + 1;
  const who = s.name.trim() || t.speakers.unnamed;
  const running = isSpeaking(s);
  const times = s.startedAt ? `${clock(s.startedAt, p.zone)}${s.endedAt ? `–${clock(s.endedAt, p.zone)}` : ''} ${p.zone}` : '';

  return (
    <Card
      withBorder
      component="section"
      aria-label={`${t.speakers.speaker} ${n}: ${who}`}
      data-testid="speaker-card"
      bg={running ? 'red.0' : undefined}
      className="speaker-card"
      style={{ '--speaker-card-height': `${240 + 48 * Math.max(1, s.points.length)}px` }}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Badge size="lg" variant={running ? 'filled' : 'light'} circle>
              {n}
            </Badge>
            {s.unitCode && s.segment === 'tanya_jawab' && (
              <Badge variant="outline" color="grape">
                {t.speakers.questionFrom} {p.institutionLabel(s.unitCode)}
              </Badge>
            )}
          </Group>
          <Group gap={6} wrap="nowrap">
            {times && (
              <Text size="xs" c="dimmed" className="rakor-tabular">
                {times}
              </Text>
            )}
            <RunningTime speaker={s} />
            {!p.readOnly &&
              (running ? (
                <Button size="compact-sm" color="red" onClick={() => p.onStop(s.id)}>
                  {t.speakers.stop}
                </Button>
              ) : (
                <Button size="compact-sm" variant={s.startedAt ? 'subtle' : 'light'} color={s.startedAt ? 'gray' : undefined} onClick={() => p.onStart(s.id)}>
                  {s.startedAt ? t.speakers.restart : t.speakers.start}
                </Button>
              ))}
            {!p.readOnly && (
              <>
                <ActionIcon variant="subtle" color="gray" aria-label={`${t.speakers.moveUp} ${n}`} disabled={p.index === 0} onClick={() => p.onMove(s.id, -1)}>
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`${t.speakers.moveDown} ${n}`}
                  disabled={p.index === p.count - 1}
                  onClick={() => p.onMove(s.id, 1)}
                >
                  ↓
                </ActionIcon>
                <ActionIcon variant="subtle" color="red" aria-label={`${t.speakers.remove} ${n}`} onClick={() => p.onRemove(s.id)}>
                  ×
                </ActionIcon>
              </>
            )}
          </Group>
        </Group>
        <SpeakerFields
          id={s.id}
          name={s.name}
          jabatan={s.jabatan}
          institution={s.institution}
          segment={s.segment}
          readOnly={p.readOnly}
          suggestionsFor={p.suggestionsFor}
          institutions={p.institutions}
          institutionLabel={p.institutionLabel}
          change={p.change}
          nameRef={p.nameRef}
        />
        <FieldNotice store={p.replaced} fieldKey={`speaker:${s.id}:name`} />
        <FieldNotice store={p.replaced} fieldKey={`speaker:${s.id}:jabatan`} />
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t.speakers.points}
          </Text>
          <QuickList
            items={s.points}
            numbering="letter"
            readOnly={p.readOnly}
            itemLabel={(k) => `${t.speakers.point} ${k} — ${t.speakers.speaker} ${n}`}
            removeLabel={(k) => `${t.common.remove} ${t.speakers.point} ${k} — ${t.speakers.speaker} ${n}`}
            onChange={(points) => p.change(s.id, (x) => ({ ...x, points }))}
            below={(k) => <FieldNotice store={p.replaced} fieldKey={`points:${s.id}:${k}`} />}
          />
        </div>
      </Stack>
    </Card>
  );
});

export function SpeakersSection({ meeting, doc }: SectionProps) {
  const roster = useStored('roster/get').value;
  const [earlier, setEarlier] = useState<KnownSpeaker[]>([]);
  const hostName = useStored('settings/get').value?.organizerName.trim() || 'KPU Provinsi';
  const nameRefs = useRef(new Map<string, HTMLInputElement>());
  const [focusName, setFocusName] = useState<string | null>(null);
  const readOnly = isFinal(meeting);
  const list = meeting.speakers;

  useEffect(() => {
    api.call('speakers/known', { excludeId: meeting.id }).then(setEarlier, () => setEarlier([]));
  }, [meeting.id]);

  useLayoutEffect(() => {
    if (!focusName) return;
    nameRefs.current.get(focusName)?.focus();
    setFocusName(null);
  }, [focusName]);

  const { apply, current } = doc;
  // Each card suggests everyone but the speaker itself, from the meeting as it is right now.
  const suggestionsFor = useCallback(
    (id: string) => {
      const m = current();
      return speakerSuggestions({ speakers: (m?.speakers ?? []).filter((x) => x.id !== id), earlier, chair: m?.chair, roster: roster ?? undefined });
    },
    [current, earlier, roster],
  );
  const institutions = useMemo(() => {
    const units = sortUnits(roster?.units ?? []).map((u) => ({ value: u.code, label: officialUnitName(u) }));
    return [{ value: PROVINCE, label: hostName }, ...units];
  }, [roster, hostName]);
  const institutionLabel = useCallback((code: string) => institutions.find((i) => i.value === code)?.label ?? code, [institutions]);

  /** Send one intent; a refusal is reported by the meeting document and taken back from the screen. */
  const send = useCallback(
    (intent: MeetingIntent) => {
      apply(intent).catch(() => {
        // Refused or not stored yet: the document shows why (notice or status badge).
      });
    },
    [apply],
  );
  /** A change to one speaker's card, sent as the intents it amounts to (typing in the points is merged). */
  const change = useCallback(
    (id: string, fn: (s: Speaker) => Speaker) => {
      const before = current()?.speakers.find((x) => x.id === id);
      if (!before) return;
      for (const intent of speakerChangeIntents(before, fn(before))) send(intent);
    },
    [current, send],
  );

  /** Close whoever is speaking, add the next speaker after the last, and keep the clock running if it was. */
  const next = (init: Partial<Speaker> = {}) => {
    if (readOnly) return;
    const id = newId();
    const live = currentSpeaker(list);
    const at = new Date().toISOString();
    if (live) send({ method: 'speakers/timing', input: { speakerId: live.id, action: 'stop', at } });
    send({ method: 'speakers/add', input: { speaker: blankSpeaker(id, { segment: nextSegment(list), ...init }) } });
    if (live) send({ method: 'speakers/timing', input: { speakerId: id, action: 'start', at } });
    setFocusName(id);
  };

  const remove = useCallback(
    (id: string) => {
      const speakers = current()?.speakers ?? [];
      const i = indexOfSpeaker(speakers, id);
      const removed = speakers[i];
      if (!removed) return;
      send({ method: 'speakers/remove', input: { speakerId: id } });
      notifications.show({
        color: 'gray',
        autoClose: 10_000,
        message: (
          <Group gap="xs">
            <Text size="sm">
              {t.speakers.removed}: {removed.name || t.speakers.unnamed}
            </Text>
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => {
                if (!current()?.speakers.some((x) => x.id === id)) send({ method: 'speakers/add', input: { speaker: removed, index: i } });
              }}
            >
              {t.speakers.undo}
            </Button>
          </Group>
        ),
      });
    },
    [current, send],
  );
  const onStart = useCallback(
    (id: string) => send({ method: 'speakers/timing', input: { speakerId: id, action: 'start', at: new Date().toISOString() } }),
    [send],
  );
  const onStop = useCallback(
    (id: string) => send({ method: 'speakers/timing', input: { speakerId: id, action: 'stop', at: new Date().toISOString() } }),
    [send],
  );
  const onMove = useCallback((id: string, by: number) => send({ method: 'speakers/move', input: { speakerId: id, by } }), [send]);
  const nameRef = useCallback((id: string, el: HTMLInputElement | null) => {
    if (el) nameRefs.current.set(id, el);
    else nameRefs.current.delete(id);
  }, []);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      next();
    }
  };

  const live = currentSpeaker(list);

  return (
    <Stack onKeyDown={onKeyDown}>
      <FinalBanner meeting={meeting} doc={doc} />
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={3}>{t.speakers.title}</Title>
          <Text size="sm" c="dimmed">
            {t.speakers.intro}
          </Text>
          {!readOnly && list.length > 0 && (
            <Text size="xs" c="dimmed">
              {t.speakers.pointsHint}
            </Text>
          )}
        </Stack>
        <Group gap="xs">
          {!readOnly && <TranscriptImport meeting={meeting} doc={doc} institutions={institutions} />}
          <Badge variant="dot" color={live ? 'red' : 'gray'} size="lg">
            {live ? `${t.speakers.speakingNow}: ${live.name || t.speakers.unnamed}` : t.speakers.nobodySpeaking}
          </Badge>
          {live && <RunningTime speaker={live} />}
        </Group>
      </Group>

      {list.length === 0 ? (
        <Card withBorder data-testid="speakers-empty">
          <Stack align="flex-start">
            <Title order={4}>{t.speakers.emptyTitle}</Title>
            <Text size="sm" maw={760}>
              {t.speakers.emptyBody}
            </Text>
            {!readOnly && <Button onClick={() => next({ segment: 'pembukaan' })}>{t.speakers.addFirst}</Button>}
          </Stack>
        </Card>
      ) : (
        list.map((s, i) => (
          <SpeakerCard
            key={s.id}
            speaker={s}
            index={i}
            count={list.length}
            zone={meeting.timeZone}
            readOnly={readOnly}
            suggestionsFor={suggestionsFor}
            institutions={institutions}
            institutionLabel={institutionLabel}
            change={change}
            onStart={onStart}
            onStop={onStop}
            onMove={onMove}
            onRemove={remove}
            replaced={doc.replaced}
            nameRef={nameRef}
          />
        ))
      )}

      {!readOnly && list.length > 0 && (
        <Group>
          <Button onClick={() => next()} rightSection={<Kbd size="xs">{t.speakers.nextHint}</Kbd>}>
            {t.speakers.next}
          </Button>
          <Button variant="light" onClick={() => next({ segment: 'tanya_jawab', institution: '' })}>
            {t.speakers.addQuestion(unitsGroupName((roster?.units ?? []).filter((u) => !u.unlisted)))}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
