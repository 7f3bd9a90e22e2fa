// The transcript figure: a 3-hour rakor's Zoom transcript (4,000 cues) read, merged into turns
// and matched against the meeting, an earlier meeting's speakers and a full East Java roster,
// as the handler of 'speakers/transcript-preview' does. Each run's output is checked: every
// cue read, turns in time order, every unit's question linked to its unit, no operator turn
// proposed.
import { demoMeeting } from '../shared/domain/demo';
import { JATIM_UNITS, officialUnitName } from '../shared/domain/units';
import { speakersOfMeetings } from '../shared/domain/speaker-ops';
import { zonedToUtc } from '../shared/domain/datetime';
import { mergeTurns, parseTranscript } from '../shared/import/transcript-vtt';
import { proposeSpeakerLog } from '../shared/import/transcript-speakers';
import { rosterFor } from './data';
import { medianRow, type FigureRow } from './figures';
import { itemAt } from '../shared/indexed';

const NAME = 'transkrip: import + merge + match of a 3-hour Zoom transcript (4,000 cues)';
const TARGET_MS = 300;
const CUES = 4000;
const WARMUP = 2;
const RUNS = 9;

const OFFICIALS = ['Insan Qoriawan', 'Rochani', 'Gogot Cahyo Baskoro'];
const SENTENCES = [
  'Tahapan sosialisasi adalah tahapan terpanjang Pemilu 2024.',
  'Mohon setiap KPU Kabupaten/Kota menyampaikan laporan kegiatan paling lambat Jumat.',
  'Berita di website agar ditulis dengan judul yang jelas.',
  'Akun TikTok diisi minimal tiga video per pekan.',
  'Izin bertanya, bagaimana jadwal sosialisasi di sekolah?',
];

const stamp = (ms: number) => {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(Math.floor(ms / 3600000))}:${p(Math.floor(ms / 60000) % 60)}:${p(Math.floor(ms / 1000) % 60)}.${p(ms % 1000, 3)}`;
};

/** A Zoom .vtt of 3 hours: the host, three officials taking turns, and questions from all 38 units in between. */
function syntheticTranscript(): { vtt: string; questions: Map<string, string> } {
  const lines = ['WEBVTT', ''];
  const questions = new Map<string, string>();
  const cueMs = Math.floor((3 * 3600 * 1000) / CUES);
  let speaker = 'Host KPU Jatim';
  for (let i = 0; i < CUES; i++) {
    if (i % 6 === 0) {
      const block = Math.floor(i / 6);
      if (block % 5 === 4) {
        const unit = itemAt(JATIM_UNITS, block % JATIM_UNITS.length);
        speaker = `${officialUnitName(unit).replace('Kabupaten', 'Kab.')} - Parmas`;
        questions.set(speaker, unit.code);
      } else speaker = block % 40 === 0 ? 'Host KPU Jatim' : itemAt(OFFICIALS, block % 3);
    }
    const start = i * cueMs;
    lines.push(String(i + 1), `${stamp(start)} --> ${stamp(start + cueMs - 200)}`, `${speaker}: ${SENTENCES[i % SENTENCES.length]}`, '');
  }
  return { vtt: lines.join('\n'), questions };
}

export async function measureTranskrip(): Promise<FigureRow> {
  const { vtt, questions } = syntheticTranscript();
  const bytes = new TextEncoder().encode(vtt);
  const roster = rosterFor([...JATIM_UNITS]);
  const meeting = { ...demoMeeting('bench', '2022-05-25T00:00:00.000Z'), speakers: [] };
  const earlier = speakersOfMeetings([demoMeeting('earlier', '2022-05-18T00:00:00.000Z')]);
  const recordingStartMs = zonedToUtc(meeting.date, '09:00', meeting.timeZone).getTime();
  const run = () => {
    const parsed = parseTranscript(bytes);
    const turns = mergeTurns(parsed.cues);
    return { parsed, turns, proposals: proposeSpeakerLog(turns, { meeting, roster, earlier, recordingStartMs }) };
  };
  const verify = ({ parsed, turns, proposals }: ReturnType<typeof run>) => {
    if (parsed.cues.length !== CUES) throw new Error(`read ${parsed.cues.length} of ${CUES} cues`);
    for (let i = 1; i < turns.length; i++) if (itemAt(turns, i).startMs < itemAt(turns, i - 1).startMs) throw new Error('turns out of time order');
    for (const p of proposals) {
      const unit = questions.get(p.displayName);
      if (unit && (p.institution !== unit || p.segment !== 'tanya_jawab')) throw new Error(`question of ${p.displayName} not linked to ${unit}`);
      if (p.match === 'operator' && p.proposed) throw new Error('an operator turn was proposed');
    }
    if (!proposals.some((p) => p.proposed)) throw new Error('nothing proposed');
  };
  const times: number[] = [];
  try {
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const t0 = performance.now();
      const out = run();
      const ms = performance.now() - t0;
      verify(out);
      if (i >= WARMUP) times.push(ms);
    }
  } catch (err) {
    console.error(`${NAME}: ${(err as Error).message}`);
    return { name: NAME, target: `median <= ${TARGET_MS} ms`, value: 'CHECK FAILED', met: false };
  }
  return medianRow(NAME, TARGET_MS, times);
}

if (process.argv[1]?.endsWith('transkrip.ts')) {
  measureTranskrip().then((r) => console.log(JSON.stringify(r)));
}
