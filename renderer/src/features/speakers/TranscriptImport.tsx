// "Impor transkrip" on the Pembicara tab: pick a Zoom or Teams .vtt and where the recording
// started, then review the proposed speaker log beside the transcript. Accepted turns are
// added through the meeting intent 'speakers/import-transcript', like every other change.
import { useMemo, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  FileButton,
  Grid,
  Group,
  Modal,
  Radio,
  ScrollArea,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { api, bytesToBase64 } from '../../api/client';
import type { Meeting, Segment, Speaker } from '../../../../shared/domain/meeting';
import type { RecordingStart, TranscriptPreview } from '../../../../shared/contract/transcript';
import { formatClockSeconds, instantClock, type SpeakerProposal } from '../../../../shared/import/transcript-speakers';
import { formatTime } from '../../../../shared/domain/datetime';
import { PROVINCE, SEGMENTS, blankSpeaker } from '../../../../shared/domain/speaker-ops';
import type { MeetingDoc } from '../meeting-doc';
import { errorText, notifyError } from '../../components/notify';
import { t } from '../../i18n';
import { newId } from '../new-id';

const MAX_BYTES = 16 * 1024 * 1024;

interface Props {
  meeting: Meeting;
  doc: MeetingDoc;
  institutions: Array<{ value: string; label: string }>;
}

interface Draft {
  accept: boolean;
  name: string;
  jabatan: string;
  institution: string;
  segment: Segment;
  points: string;
}

type StartChoice = RecordingStart['source'];

async function fileBase64(file: File): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

function draftOf(p: SpeakerProposal): Draft {
  return { accept: p.proposed, name: p.name, jabatan: p.jabatan, institution: p.institution || PROVINCE, segment: p.segment, points: p.points.join('\n') };
}

function offset(ms: number): string {
  return formatClockSeconds(Math.floor(ms / 1000));
}

function ProposalCard(props: {
  n: number;
  proposal: SpeakerProposal;
  draft: Draft;
  zone: Meeting['timeZone'];
  institutions: Props['institutions'];
  onChange(d: Draft): void;
}) {
  const { proposal: p, draft: d, n } = props;
  const set = (patch: Partial<Draft>) => props.onChange({ ...d, ...patch });
  const time = p.startedAt ? `${instantClock(p.startedAt, props.zone)}–${instantClock(p.endedAt, props.zone)} ${props.zone}` : '';
  const label = `${t.transcript.turn} ${n}`;
  const color = p.match === 'unknown' ? 'orange' : p.match === 'operator' ? 'gray' : p.match === 'unit' ? 'grape' : 'green';
  return (
    <Card
      withBorder
      component="section"
      aria-label={`${label}: ${p.displayName || p.name}`}
      data-testid="transcript-proposal"
      bg={d.accept ? undefined : 'gray.0'}
      padding="sm"
    >
      <Grid gap="sm">
        <Grid.Col span={5}>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            {t.transcript.transcriptCol}
          </Text>
          <Text size="sm" fw={600}>
            {p.displayName || '—'}
          </Text>
          <ScrollArea.Autosize mah={150} type="auto" offsetScrollbars>
            <Stack gap={2}>
              {p.cues.map((c, i) => (
                <Text key={i} size="sm">
                  <Text span size="xs" c="dimmed" className="rakor-tabular">
                    {offset(c.startMs)}{' '}
                  </Text>
                  {c.text}
                </Text>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </Grid.Col>
        <Grid.Col span={7}>
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Checkbox label={`${t.transcript.accept} — ${label}`} checked={d.accept} onChange={(e) => set({ accept: e.currentTarget.checked })} />
              <Group gap={6} wrap="nowrap">
                {time && (
                  <Text size="xs" c="dimmed" className="rakor-tabular">
                    {time}
                  </Text>
                )}
                <Badge color={color} variant="light">
                  {t.transcript.match[p.match]}
                </Badge>
                {p.state === 'typed' && (
                  <Badge color="blue" variant="outline">
                    {t.transcript.typed}
                  </Badge>
                )}
              </Group>
            </Group>
            <Text size="xs" c="dimmed">
              {p.reason}
            </Text>
            {d.accept ? (
              <>
                <Group grow gap="xs" align="flex-start">
                  <TextInput
                    size="xs"
                    label={t.speakers.name}
                    aria-label={`${t.speakers.name} — ${label}`}
                    value={d.name}
                    onChange={(e) => set({ name: e.currentTarget.value })}
                  />
                  <TextInput
                    size="xs"
                    label={t.speakers.jabatan}
                    aria-label={`${t.speakers.jabatan} — ${label}`}
                    value={d.jabatan}
                    onChange={(e) => set({ jabatan: e.currentTarget.value })}
                  />
                </Group>
                <Group grow gap="xs" align="flex-start">
                  <Select
                    size="xs"
                    label={t.speakers.institution}
                    aria-label={`${t.speakers.institution} — ${label}`}
                    data={props.institutions}
                    value={d.institution}
                    searchable
                    allowDeselect={false}
                    onChange={(v) => v && set({ institution: v })}
                  />
                  <Select
                    size="xs"
                    label={t.speakers.segment}
                    aria-label={`${t.speakers.segment} — ${label}`}
                    data={SEGMENTS.map((g) => ({ value: g, label: t.speakers.segments[g] }))}
                    value={d.segment}
                    allowDeselect={false}
                    onChange={(v) => v && set({ segment: v as Segment })}
                  />
                </Group>
                <Textarea
                  size="xs"
                  label={t.transcript.points}
                  aria-label={`${t.transcript.points} — ${label}`}
                  autosize
                  minRows={2}
                  maxRows={6}
                  value={d.points}
                  onChange={(e) => set({ points: e.currentTarget.value })}
                />
              </>
            ) : (
              <Text size="sm" c="dimmed" data-testid="transcript-dropped">
                {[d.name || '—', t.speakers.segments[d.segment]].join(' · ')}
              </Text>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Card>
  );
}

export function TranscriptImport({ meeting, doc, institutions }: Props) {
  const [opened, setOpened] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [choice, setChoice] = useState<StartChoice>(meeting.minutes.actualStart ? 'actual' : 'planned');
  const [typed, setTyped] = useState('');
  const [report, setReport] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const [preview, setPreview] = useState<TranscriptPreview | null>(null);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});

  const shown = useMemo(() => (preview ? preview.proposals.filter((p) => p.state === 'new' || p.state === 'typed') : []), [preview]);
  const earlier = useMemo(() => {
    const all = preview?.proposals ?? [];
    return { imported: all.filter((p) => p.state === 'imported').length, skipped: all.filter((p) => p.state === 'skipped').length };
  }, [preview]);
  const accepted = shown.filter((p) => drafts[p.key]?.accept);

  const close = () => {
    setOpened(false);
    setPreview(null);
    setProblem('');
  };

  const read = async () => {
    if (!file) return;
    setProblem('');
    if (file.size > MAX_BYTES) {
      setProblem(t.transcript.tooBig);
      return;
    }
    setBusy(true);
    try {
      let start: RecordingStart;
      if (choice === 'typed') start = { source: 'typed', time: typed };
      else if (choice === 'report') {
        if (!report) throw new Error(t.transcript.reportMissing);
        start = { source: 'report', base64: await fileBase64(report) };
      } else start = { source: choice };
      const got = await api.call('speakers/transcript-preview', { id: meeting.id, fileName: file.name, base64: await fileBase64(file), start });
      setPreview(got);
      setDrafts(Object.fromEntries(got.proposals.map((p) => [p.key, draftOf(p)])));
    } catch (err) {
      setProblem(err instanceof Error && !('code' in err) ? err.message : errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const apply = async () => {
    if (!preview) return;
    const speakers = accepted.map((p) => {
      const d = drafts[p.key] ?? draftOf(p);
      const points = d.points
        .split(/\r?\n/)
        .map((x) => x.trim())
        .filter(Boolean);
      const s: Speaker = blankSpeaker(newId(), {
        name: d.name.trim(),
        jabatan: d.jabatan.trim(),
        institution: d.institution,
        segment: d.segment,
        points: points.length ? points : [''],
        startedAt: p.startedAt,
        endedAt: p.endedAt,
      });
      return { ...s, sourceKey: p.key };
    });
    const skipped = shown.filter((p) => !drafts[p.key]?.accept).map((p) => p.key);
    setBusy(true);
    try {
      await doc.apply({ method: 'speakers/import-transcript', input: { speakers, skipped } });
      notifications.show({ color: 'green', message: speakers.length ? t.transcript.applied(speakers.length) : t.transcript.appliedNone, autoClose: 5000 });
      close();
      setFile(null);
    } catch (err) {
      notifyError(err, t.transcript.applyFailed);
    } finally {
      setBusy(false);
    }
  };

  const actual = meeting.minutes.actualStart;
  const startRadio = (
    <Radio.Group label={t.transcript.startLabel} description={t.transcript.startHelp} value={choice} onChange={(v) => setChoice(v as StartChoice)}>
      <Stack gap={6} mt={6}>
        <Radio
          value="actual"
          disabled={!actual}
          label={actual ? t.transcript.startActual(`${formatTime(actual)} ${meeting.timeZone}`) : t.transcript.startActualMissing}
        />
        <Radio value="planned" label={t.transcript.startPlanned(`${formatTime(meeting.startTime)} ${meeting.timeZone}`)} />
        <Group gap="xs">
          <Radio value="report" label={t.transcript.startReport} />
          {choice === 'report' && (
            <FileButton onChange={setReport} accept=".csv,.txt,text/csv,text/plain">
              {(props) => (
                <Button {...props} size="compact-sm" variant="light">
                  {report ? report.name : t.transcript.pickReport}
                </Button>
              )}
            </FileButton>
          )}
        </Group>
        <Group gap="xs">
          <Radio value="typed" label={t.transcript.startTyped} />
          {choice === 'typed' && (
            <TextInput
              size="xs"
              aria-label={t.transcript.startTyped}
              placeholder={t.transcript.typedPlaceholder}
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              w={120}
            />
          )}
        </Group>
      </Stack>
    </Radio.Group>
  );

  return (
    <>
      <Button variant="light" onClick={() => setOpened(true)}>
        {t.transcript.open}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t.transcript.title}
        size={preview ? '95%' : 'lg'}
        centered={!preview}
        closeButtonProps={{ 'aria-label': t.transcript.close }}
      >
        {!preview ? (
          <Stack>
            <Text size="sm">{t.transcript.intro}</Text>
            <div>
              <Text size="sm" fw={500} mb={4}>
                {t.transcript.file}
              </Text>
              <Group gap="xs">
                <FileButton onChange={setFile} accept=".vtt,text/vtt">
                  {(props) => (
                    <Button {...props} variant="default">
                      {t.transcript.pickFile}
                    </Button>
                  )}
                </FileButton>
                <Text size="sm" c={file ? undefined : 'dimmed'} data-testid="transcript-file-name">
                  {file ? file.name : t.transcript.noFile}
                </Text>
              </Group>
            </div>
            {startRadio}
            {problem && (
              <Alert color="red" title={t.transcript.failed} role="alert">
                {problem}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t.transcript.cancel}
              </Button>
              <Button onClick={() => void read()} disabled={!file || (choice === 'typed' && !typed.trim())} loading={busy}>
                {t.transcript.read}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Stack gap="sm">
            <Text size="sm" fw={500} data-testid="transcript-summary">
              {t.transcript.summary(preview.formatLabel, preview.cueCount, preview.recordingStartLabel)}
            </Text>
            {(preview.warnings.length > 0 || preview.emptyCues > 0) && (
              <Text size="xs" c="dimmed">
                {[preview.emptyCues ? t.transcript.emptyCues(preview.emptyCues) : '', ...preview.warnings].filter(Boolean).join(' ')}
              </Text>
            )}
            {(earlier.imported > 0 || earlier.skipped > 0) && (
              <Alert color="blue" data-testid="transcript-earlier">
                {shown.length === 0 ? t.transcript.nothingNew : t.transcript.earlier(earlier.imported, earlier.skipped)}
              </Alert>
            )}
            <Stack gap="xs">
              {shown.map((p, i) => (
                <ProposalCard
                  key={p.key}
                  n={i + 1}
                  proposal={p}
                  draft={drafts[p.key] ?? draftOf(p)}
                  zone={meeting.timeZone}
                  institutions={institutions}
                  onChange={(d) => setDrafts((all) => ({ ...all, [p.key]: d }))}
                />
              ))}
            </Stack>
            <Group
              justify="space-between"
              pos="sticky"
              bottom={0}
              bg="var(--mantine-color-body)"
              py="xs"
              style={{ borderTop: '1px solid var(--mantine-color-gray-3)', zIndex: 2 }}
            >
              <Text size="sm" data-testid="transcript-footer">
                {t.transcript.footer(accepted.length, shown.length - accepted.length)}
              </Text>
              <Group gap="xs">
                <Button variant="default" onClick={close}>
                  {t.transcript.cancel}
                </Button>
                <Button variant="default" onClick={() => setPreview(null)}>
                  {t.transcript.back}
                </Button>
                <Button onClick={() => void apply()} loading={busy} disabled={shown.length === 0}>
                  {t.transcript.apply(accepted.length)}
                </Button>
              </Group>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
