import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAttendanceReport, parseClockSeconds, parseDurationSeconds, participantKey, type ParsedReport } from '../../shared/import/attendance-report';
import { readCsv, writeCsv } from '../../shared/text/csv';
import { decodeText } from '../../shared/text/decode';
import { appErrorOf } from './helpers/app-error';
import { itemAt } from '../helpers/indexed';

const DIR = join(__dirname, '..', 'fixtures', 'attendance');
const fixture = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}

/** ASCII/Latin text as Windows-1252 bytes, the way Excel saves "CSV" on Windows. */
function cp1252(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => {
    const c = ch.charCodeAt(0);
    if (c > 0xff) throw new Error(`not in Windows-1252: ${ch}`);
    return c;
  });
}

const utf8 = (text: string) => new TextEncoder().encode(text);

const byName = (report: ParsedReport, name: string) => report.rows.find((r) => r.name === name)!;

describe('the four sample reports', () => {
  const zoom = parseAttendanceReport(fixture('zoom-participants.csv'));
  const zoomMeeting = parseAttendanceReport(fixture('zoom-participants-with-meeting.csv'));
  const teams = parseAttendanceReport(fixture('teams-attendance.csv'));
  const meet = parseAttendanceReport(fixture('meet-attendance.csv'));

  it('recognises each format from its content', () => {
    expect([zoom.format, zoom.encoding, zoom.delimiter]).toEqual(['zoom', 'utf-8-bom', ',']);
    expect([zoomMeeting.format, zoomMeeting.encoding, zoomMeeting.delimiter]).toEqual(['zoom', 'utf-8-bom', ',']);
    expect([teams.format, teams.encoding, teams.delimiter]).toEqual(['teams', 'utf-16le', '\t']);
    expect([meet.format, meet.encoding, meet.delimiter]).toEqual(['meet', 'utf-8', ',']);
  });

  it('merges reconnections: 114 report rows are 98 people', () => {
    for (const report of [zoom, zoomMeeting, teams, meet]) {
      expect(report.rawRowCount).toBe(114);
      expect(report.rows.length).toBe(98);
      expect(report.warnings).toEqual([]);
    }
  });

  it('keeps the first join and sums the durations of one person', () => {
    expect(byName(zoom, 'KPU Kota Blitar_Operator Medsos')).toEqual({
      key: participantKey('KPU Kota Blitar_Operator Medsos', ''),
      name: 'KPU Kota Blitar_Operator Medsos',
      email: '',
      firstJoin: '09:01',
      durationMinutes: 36 + 96,
      rawRows: 2,
    });
    expect(byName(zoom, 'vivo 1904')).toMatchObject({ firstJoin: '09:16', durationMinutes: 32, rawRows: 2 });
    expect(byName(zoom, 'Kab. Nganjuk Operator (Winda Handayani)')).toMatchObject({
      firstJoin: '09:23',
      durationMinutes: 42 + 67,
      rawRows: 2,
    });
    // Teams gives seconds: 35m 59s + 95m 54s.
    expect(byName(teams, 'KPU Kota Blitar_Operator Medsos')).toMatchObject({ firstJoin: '09:01', durationMinutes: 132 });
    expect(byName(zoom, 'kpu kab probolinggo (Kasubbag TP2H)').email).toBe('tekmas.kpu.kabprobolinggo@example.com');
  });

  it('gives the same people and first joins whatever the platform', () => {
    const view = (r: ParsedReport) => r.rows.map((p) => [p.key, p.firstJoin, p.rawRows]);
    expect(view(zoomMeeting)).toEqual(view(zoom));
    expect(view(teams)).toEqual(view(zoom));
    expect(view(meet)).toEqual(view(zoom));
    // Meet and Teams round differently from Zoom, never by more than a minute per connection.
    for (const other of [teams, meet]) {
      other.rows.forEach((p, i) => {
        expect(Math.abs(p.durationMinutes! - itemAt(zoom.rows, i).durationMinutes!)).toBeLessThanOrEqual(p.rawRows);
      });
    }
  });

  it('reads the meeting block of Zoom and the summary of Teams', () => {
    expect(zoom.meeting).toBeNull();
    expect(zoomMeeting.meeting).toEqual({
      meetingId: '845 1234 5678',
      title: 'Rapat Koordinasi Persiapan Sosialisasi dan Pendidikan Pemilih Pemilu Tahun 2024',
      start: '05/25/2022 08:30:00 AM',
      end: '05/25/2022 11:38:00 AM',
    });
    expect(teams.meeting).toEqual({
      title: 'Rapat Koordinasi Persiapan Sosialisasi dan Pendidikan Pemilih',
      start: '25/05/22, 09:00:00',
      end: '25/05/22, 11:35:00',
    });
  });

  it('reads Teams from section 3 alone when section 2 is missing', () => {
    const text = decodeText(fixture('teams-attendance.csv')).text;
    const start = text.indexOf('2. Participants');
    const end = text.indexOf('3. In-Meeting Activities');
    const onlyActivities = parseAttendanceReport(utf16le(text.slice(0, start) + text.slice(end)));
    expect(onlyActivities.format).toBe('teams');
    expect(onlyActivities.rows.map((r) => [r.key, r.firstJoin])).toEqual(teams.rows.map((r) => [r.key, r.firstJoin]));
  });
});

describe('variants users will meet', () => {
  const zoom = parseAttendanceReport(fixture('zoom-participants.csv'));

  it('reads a Zoom report re-saved by Excel in an Indonesian locale (";", Windows-1252, reformatted times)', () => {
    const table = readCsv(decodeText(fixture('zoom-participants.csv')).text.replace(/^\ufeff/, ''));
    const resaved = table.rows.map((row, i) =>
      i === 0
        ? row
        : row.map((cell, c) =>
            c === 2 || c === 3
              ? cell.replace(/^(\d\d)\/(\d\d)\/(\d{4}) (\d\d):(\d\d):(\d\d) (AM|PM)$/, (_m, mo, d, y, h, mi, _s, ap) => {
                  const hour = (Number(h) % 12) + (ap === 'PM' ? 12 : 0);
                  return `${d}/${mo}/${y} ${hour}.${mi}`;
                })
              : cell,
          ),
    );
    const report = parseAttendanceReport(cp1252(writeCsv(resaved, { delimiter: ';', guard: false })));
    expect([report.format, report.encoding, report.delimiter]).toEqual(['zoom', 'utf-8', ';']);
    expect(report.rows).toEqual(zoom.rows);

    const withAccent = writeCsv([...resaved, ['Désirée Kota Batu Operator', '', '25/05/2022 9.30', '', '5', 'Yes']], {
      delimiter: ';',
      guard: false,
    });
    const latin = parseAttendanceReport(cp1252(withAccent));
    expect(latin.encoding).toBe('windows-1252');
    expect(latin.rows.at(-1)).toMatchObject({ name: 'Désirée Kota Batu Operator', firstJoin: '09:30', durationMinutes: 5 });
  });

  it('reads Teams with Indonesian headers', () => {
    const english = decodeText(fixture('teams-attendance.csv')).text;
    const indonesian = english
      .replace('1. Summary', '1. Ringkasan')
      .replace('Meeting title', 'Judul rapat')
      .replace('Start time', 'Waktu mulai')
      .replace('End time', 'Waktu selesai')
      .replace('2. Participants', '2. Peserta')
      .replace(
        'Name\tFirst join\tLast leave\tIn-meeting duration\tEmail\tParticipant ID (UPN)\tRole',
        'Nama\tBergabung pertama kali\tTerakhir keluar\tDurasi dalam rapat\tEmail\tID Peserta (UPN)\tPeran',
      )
      .replace('3. In-Meeting Activities', '3. Aktivitas Dalam Rapat')
      .replace('Name\tJoin time\tLeave time\tDuration\tEmail\tRole', 'Nama\tWaktu bergabung\tWaktu keluar\tDurasi\tEmail\tPeran')
      .replace(/(\d+)h (\d+)m (\d+)s/g, '$1 j $2 mnt $3 dtk');
    expect(indonesian).toContain('Bergabung pertama kali');
    const report = parseAttendanceReport(utf16le(indonesian));
    expect(report.format).toBe('teams');
    expect(report.meeting?.title).toBe('Rapat Koordinasi Persiapan Sosialisasi dan Pendidikan Pemilih');
    const teams = parseAttendanceReport(fixture('teams-attendance.csv'));
    expect(report.rows).toEqual(teams.rows);
  });

  it('reads Google Meet with other column sets: first/last name, Indonesian headers, seconds', () => {
    const report = parseAttendanceReport(
      utf8(
        'First name,Last name,Email,Duration (seconds),Time joined,Time exited\n' +
          'Kab.,Malang Operator,op@kpu-malangkab.go.id,3600,9:05 AM,10:05 AM\n' +
          'Siti,Rahma,siti@example.com,1800,13:00,13:30\n' +
          'Kab.,Malang Operator,op@kpu-malangkab.go.id,600,11:00 AM,11:10 AM\n',
      ),
    );
    expect(report.format).toBe('meet');
    expect(report.rows).toEqual([
      {
        key: 'kab. malang operator|op@kpu-malangkab.go.id',
        name: 'Kab. Malang Operator',
        email: 'op@kpu-malangkab.go.id',
        firstJoin: '09:05',
        durationMinutes: 70,
        rawRows: 2,
      },
      { key: 'siti rahma|siti@example.com', name: 'Siti Rahma', email: 'siti@example.com', firstJoin: '13:00', durationMinutes: 30, rawRows: 1 },
    ]);

    const indonesian = parseAttendanceReport(utf8('Nama;Email;Waktu bergabung;Waktu keluar\nKPU Kota Batu Operator;;08.30;10.15\n'));
    expect(indonesian.format).toBe('meet');
    expect(indonesian.rows[0]).toMatchObject({ firstJoin: '08:30', durationMinutes: 105 });
  });

  it('reads Zoom with extra columns and columns in another order', () => {
    const report = parseAttendanceReport(
      utf8(
        '\ufeffName (original name),Email,Join time,Leave time,Duration (minutes),Guest,Recording disclaimer response,In waiting room\n' +
          '"Kab. Malang, Parmas",,05/25/2022 12:05:00 PM,05/25/2022 01:00:00 PM,55,Yes,OK,No\n' +
          'Kota Batu Operator,,05/25/2022 12:30:00 AM,05/25/2022 01:00:00 AM,30,Yes,OK,No\n',
      ),
    );
    expect(report.format).toBe('zoom');
    expect(report.rows.map((r) => [r.name, r.firstJoin, r.durationMinutes])).toEqual([
      ['Kab. Malang, Parmas', '12:05', 55],
      ['Kota Batu Operator', '00:30', 30],
    ]);
  });

  it('reads a 20 MB Zoom report (a very long webinar) in one pass', () => {
    const header = 'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n';
    const lines: string[] = [header];
    let size = header.length;
    let count = 0;
    while (size < 20 * 1024 * 1024) {
      const line = `"Peserta ${count % 5000}, KPU Kab. Malang",,05/25/2022 09:00:00 AM,05/25/2022 10:00:00 AM,2,Yes\n`;
      lines.push(line);
      size += line.length;
      count++;
    }
    const report = parseAttendanceReport(utf8(lines.join('')));
    expect(report.rawRowCount).toBe(count);
    expect(report.rows.length).toBe(5000);
    expect(report.rows[0]).toMatchObject({
      name: 'Peserta 0, KPU Kab. Malang',
      firstJoin: '09:00',
      durationMinutes: 2 * Math.ceil(count / 5000),
    });
  });

  it('warns about unreadable durations instead of failing', () => {
    const report = parseAttendanceReport(utf8('Name,Email,Duration,Time joined,Time exited\nBudi Kab Tuban,,lama sekali,08:30 AM,09:00 AM\n'));
    expect(itemAt(report.rows, 0).durationMinutes).toBe(0);
    expect(report.warnings).toEqual(['Baris 2: durasi "lama sekali" tidak terbaca; dihitung 0 menit.']);
  });
});

describe('broken and foreign files give a clear Indonesian message', () => {
  const UNKNOWN =
    'File ini tidak dikenali sebagai laporan kehadiran Zoom, Microsoft Teams, atau Google Meet, ' +
    'maupun jawaban daftar hadir Google Forms. Pilih file CSV laporan peserta yang diunduh dari platform rapat, ' +
    'atau file jawaban formulir (CSV atau .xlsx).';

  it('an empty file', () => {
    for (const bytes of [new Uint8Array(), utf8('\ufeff \r\n\r\n'), utf16le('')]) {
      const err = appErrorOf(() => parseAttendanceReport(bytes));
      expect(err.code).toBe('report_empty');
      expect(err.message).toBe('File laporan kosong. Unduh ulang laporan kehadiran dari Zoom, Microsoft Teams, atau Google Meet.');
    }
  });

  it('an unclosed quote in a real report points at the line', () => {
    const text =
      'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n' +
      'Budi,,05/25/2022 08:30:00 AM,05/25/2022 09:30:00 AM,60,No\n' +
      '"Siti Kab Malang,,05/25/2022 08:30:00 AM,05/25/2022 09:30:00 AM,60,No\n' +
      'Ani,,05/25/2022 08:30:00 AM,05/25/2022 09:30:00 AM,60,No\n';
    const err = appErrorOf(() => parseAttendanceReport(utf8(text)));
    expect(err.code).toBe('csv_unclosed_quote');
    expect(err.message).toBe(
      'Format CSV rusak: tanda kutip (") yang dibuka di baris 3 tidak pernah ditutup. Perbaiki baris itu, lalu simpan ulang sebagai CSV.',
    );
  });

  it('a report without duration or join columns', () => {
    const err = appErrorOf(() => parseAttendanceReport(utf8('Name (Original Name),User Email,Guest\nBudi,,No\n')));
    expect(err.code).toBe('report_missing_columns');
    expect(err.message).toBe(
      'Laporan kehadiran tidak lengkap: kolom durasi atau waktu bergabung tidak ditemukan. ' + 'Kolom yang ada: Name (Original Name), User Email, Guest.',
    );
  });

  it('a header without participants', () => {
    const err = appErrorOf(() => parseAttendanceReport(utf8('Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\r\n')));
    expect(err.code).toBe('report_no_participants');
    expect(err.message).toBe('Laporan kehadiran tidak berisi satu pun baris peserta.');
  });

  it('files that are not attendance reports at all', () => {
    const others = [
      utf8('Tanggal,Uraian,Jumlah\n2022-05-25,Konsumsi,150000\n'),
      utf8('Hanya sebuah catatan rapat.\nTidak ada tabel di sini.\n'),
      utf8('"kutip yang tidak pernah ditutup\n' + 'x,y\n'.repeat(100)),
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]),
    ];
    for (const bytes of others) {
      const err = appErrorOf(() => parseAttendanceReport(bytes));
      expect(err.code).toBe('report_unknown_format');
      expect(err.message).toBe(UNKNOWN);
    }
  });

  it('20 MB of junk ends with the same message, not a crash or a hang', () => {
    const size = 20 * 1024 * 1024;
    const junk = new Uint8Array(size);
    let seed = 0x2545f491;
    for (let i = 0; i < size; i++) {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      junk[i] = seed & 0xff;
    }
    const err = appErrorOf(() => parseAttendanceReport(junk));
    expect(err.message).toBe(UNKNOWN);

    const printable = utf8('Nama, "durasi", 12:00;\tacak '.repeat(Math.ceil(size / 28)));
    expect(appErrorOf(() => parseAttendanceReport(printable)).message).toBe(UNKNOWN);
  });
});

describe('duration and clock parsing', () => {
  it('parses the duration formats of Zoom, Teams, Meet and Indonesian exports', () => {
    expect(parseDurationSeconds('188')).toBe(188 * 60);
    expect(parseDurationSeconds('188', 'seconds')).toBe(188);
    expect(parseDurationSeconds('1,5', 'hours')).toBe(5400);
    expect(parseDurationSeconds('188 min')).toBe(188 * 60);
    expect(parseDurationSeconds('2h 29m 46s')).toBe(2 * 3600 + 29 * 60 + 46);
    expect(parseDurationSeconds('188m 0s')).toBe(188 * 60);
    expect(parseDurationSeconds('1 hr 5 mins')).toBe(3900);
    expect(parseDurationSeconds('1 jam 5 menit')).toBe(3900);
    expect(parseDurationSeconds('02:29:46')).toBe(2 * 3600 + 29 * 60 + 46);
    expect(parseDurationSeconds('')).toBeNull();
    expect(parseDurationSeconds('lama')).toBeNull();
    expect(parseDurationSeconds('5 min lagi')).toBeNull();
  });

  it('reads wall-clock times, ignoring the date', () => {
    expect(parseClockSeconds('05/25/2022 08:50:51 AM')).toBe(8 * 3600 + 50 * 60 + 51);
    expect(parseClockSeconds('05/25/2022 12:05:00 PM')).toBe(12 * 3600 + 5 * 60);
    expect(parseClockSeconds('05/25/2022 12:05:00 AM')).toBe(5 * 60);
    expect(parseClockSeconds('25/05/22, 13:05:00')).toBe(13 * 3600 + 5 * 60);
    expect(parseClockSeconds('2022-05-25T08:30:00+07:00')).toBe(8 * 3600 + 30 * 60);
    expect(parseClockSeconds('25.05.2022 08.30')).toBe(8 * 3600 + 30 * 60);
    expect(parseClockSeconds('09:05 PM')).toBe(21 * 3600 + 5 * 60);
    expect(parseClockSeconds('0.375000')).toBe(9 * 3600);
    expect(parseClockSeconds('25:00')).toBeNull();
    expect(parseClockSeconds('kemarin')).toBeNull();
  });
});
