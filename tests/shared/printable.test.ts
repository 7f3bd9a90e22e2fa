// Characters the document font cannot print are left out of letters and minutes, and the
// readiness panel names them: checked against the font itself (fc-query) and through
// LibreOffice's rendering of the DOCX.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isPrintableChar, printableText, unprintableChars } from '../../shared/text/printable';
import { unprintableWarning } from '../../shared/domain/setup-warnings';
import { buildMinutesDocx } from '../../shared/documents/minutes-docx';
import { buildInvitationLetterDocx } from '../../shared/documents/letter-docx';
import { seedMeeting, seedRoster, seedSettings } from './helpers/seed-meeting';
import { docxToPdf, flat, haveLibreOffice } from './helpers/libreoffice';

/** The code points of the font LibreOffice prints Arial with, as fontconfig reads the file. */
function fontCodePoints(): Set<number> | null {
  try {
    const file = execFileSync('fc-match', ['-f', '%{file}', 'Arial'], { encoding: 'utf8' });
    const charset = execFileSync('fc-query', ['--format=%{charset}', file], { encoding: 'utf8' });
    const out = new Set<number>();
    for (const range of charset.trim().split(/\s+/)) {
      const [a, b = a] = range.split('-').map((h) => parseInt(h, 16));
      for (let c = a!; c <= b!; c++) out.add(c);
    }
    return out;
  } catch {
    return null;
  }
}

describe('printableText', () => {
  it('leaves out emoji whole (joiners, skin tones, flags, variation selectors) and one of the spaces around them', () => {
    expect(printableText('Rakor 🎉 Parmas')).toBe('Rakor Parmas');
    expect(printableText('Tim 👩🏽‍💻 medsos 🇮🇩')).toBe('Tim medsos ');
    expect(printableText('Siap ✔️ 👍🏻')).toBe('Siap ');
    expect(printableText('漢字 KPU')).toBe(' KPU');
  });

  it('keeps Indonesian text, accents, typographic punctuation and the symbols the font has', () => {
    const kept = 'Hj. Nur Aini, S.Sos. — “Parmas” • 25–27 Mei · № 5 · Rp1.000 · € · é ü ß Ω ≤ ≥ ← → ■ ● ☺\tx\ny';
    expect(printableText(kept)).toBe(kept);
    expect(unprintableChars(kept)).toEqual([]);
  });

  it('names what it leaves out once, as the user sees it', () => {
    expect(unprintableChars('🎉 a 🎉 b 👩🏽‍💻 ✔️')).toEqual(['🎉', '👩🏽‍💻', '✔️']);
  });

  it('keeps no character that the installed font lacks', () => {
    const font = fontCodePoints();
    expect(font, 'fc-match/fc-query (fontconfig) and Liberation Sans are installed').not.toBeNull();
    for (let c = 0x20; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (isPrintableChar(String.fromCodePoint(c))) expect(font!.has(c), `U+${c.toString(16)}`).toBe(true);
    }
  });
});

describe('the readiness panel', () => {
  it('names the characters left out and where they were typed', () => {
    const m = seedMeeting();
    m.title = `${m.title} 🎉`;
    m.minutes.conclusions = ['Berita website dievaluasi 👍'];
    const message = unprintableWarning(m, seedSettings());
    expect(message).toContain('🎉 di Nama rapat');
    expect(message).toContain('👍 di Kesimpulan');
    expect(unprintableWarning(seedMeeting(), seedSettings())).toBeNull();
  });
});

describe.skipIf(!haveLibreOffice())('letters and minutes through LibreOffice', () => {
  it('print the text around an emoji and no emoji, nor a box in its place', async () => {
    const m = seedMeeting();
    m.title = 'Rakor Sosialisasi 🎉 Pemilu 2024';
    m.agenda = ['Evaluasi akun TikTok 📱 KPU Kabupaten/Kota'];
    m.minutes.conclusions = ['Berita website dievaluasi 👍🏽 berkala'];
    for (const [name, bytes] of [
      ['letter', await buildInvitationLetterDocx(m, seedRoster(), seedSettings(), 'all', '2022-05-21')],
      ['minutes', await buildMinutesDocx(m, seedRoster(), seedSettings())],
    ] as const) {
      const text = flat(docxToPdf(bytes, name).text);
      expect(text, name).toContain('Rakor Sosialisasi Pemilu 2024');
      expect(text, name).toContain('Evaluasi akun TikTok KPU Kabupaten/Kota');
      expect(text).not.toMatch(/[\u{1f300}-\u{1faff}\u25a1\ufffd]/u);
      if (name === 'minutes') expect(text).toContain('Berita website dievaluasi berkala');
    }
  }, 240_000);
});
