// Merging a list two tabs typed in at once, and finding the text of one tab another replaced.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeList } from '../../shared/domain/meeting-merge';
import { fieldsOfIntent, intentToSetField, replacedFields } from '../../shared/domain/meeting-fields';
import { applyMeetingIntent } from '../../shared/domain/meeting-intents';
import { demoMeeting } from '../../shared/domain/demo';
import { defaultSettings } from '../../shared/domain/settings';
import { itemAt } from '../helpers/indexed';

describe('mergeList', () => {
  it("keeps both tabs' changes to different items, and mine where both changed one", () => {
    expect(mergeList(['a', 'b', 'c'], ['A', 'b', 'c'], ['a', 'B', 'c'])).toEqual(['A', 'B', 'c']);
    expect(mergeList(['a', 'b'], ['mine', 'b'], ['theirs', 'b'])).toEqual(['mine', 'b']);
  });

  it('takes mine whole where items were added or removed, or where there is no base', () => {
    expect(mergeList(['a', 'b'], ['a', 'b', 'c'], ['a', 'B'])).toEqual(['a', 'b', 'c']);
    expect(mergeList(['a', 'b'], ['A', 'b'], ['a'])).toEqual(['A', 'b']);
    expect(mergeList(undefined, ['x'], ['y', 'z'])).toEqual(['x']);
  });

  it('is mine where nobody else changed the list, and never loses an item only one side changed (property)', () => {
    const list = fc.array(fc.string({ maxLength: 4 }), { maxLength: 6 });
    fc.assert(
      fc.property(list, fc.array(fc.boolean()), fc.array(fc.boolean()), (base, mineEdits, theirEdits) => {
        expect(
          mergeList(
            base,
            base.map((x, i) => (mineEdits[i] ? `${x}m` : x)),
            base,
          ),
        ).toEqual(base.map((x, i) => (mineEdits[i] ? `${x}m` : x)));
        const mine = base.map((x, i) => (mineEdits[i] ? `${x}m` : x));
        const theirs = base.map((x, i) => (theirEdits[i] && !mineEdits[i] ? `${x}t` : x));
        const merged = mergeList(base, mine, theirs);
        base.forEach((x, i) => expect(merged[i]).toBe(mineEdits[i] ? `${x}m` : theirEdits[i] ? `${x}t` : x));
      }),
      { numRuns: 300 },
    );
  });
});

describe('fields one tab typed and another replaced', () => {
  const m = demoMeeting('d1', '2026-11-28T02:00:00.000Z', defaultSettings());
  const sid = itemAt(m.speakers, 0).id;

  it('names the points an intent changed, not the ones it carried along', () => {
    const points = [...itemAt(m.speakers, 0).points];
    points[1] = 'Baru';
    expect(fieldsOfIntent({ method: 'speakers/set-points', input: { speakerId: sid, points, base: itemAt(m.speakers, 0).points } })).toEqual([
      { key: `points:${sid}:1`, value: 'Baru' },
    ]);
  });

  it('finds my text replaced by another tab, and not my own text or a field nobody touched', () => {
    const mine = new Map([
      [`points:${sid}:0`, itemAt(itemAt(m.speakers, 0).points, 0)],
      [`speaker:${sid}:name`, itemAt(m.speakers, 0).name],
    ]);
    const points = [...itemAt(m.speakers, 0).points];
    points[0] = 'Dari tab lain';
    const after = applyMeetingIntent(m, { method: 'speakers/set-points', input: { speakerId: sid, points, base: itemAt(m.speakers, 0).points } });
    expect(replacedFields(mine, m, after)).toEqual([{ key: `points:${sid}:0`, mine: itemAt(m.speakers, 0).points[0], theirs: 'Dari tab lain' }]);
    // Putting it back is an intent like any other.
    const back = intentToSetField(after, `points:${sid}:0`, itemAt(itemAt(m.speakers, 0).points, 0))!;
    expect(itemAt(applyMeetingIntent(after, back).speakers, 0).points).toEqual(itemAt(m.speakers, 0).points);
    expect(intentToSetField(after, 'points:nobody:0', 'x')).toBeNull();
  });
});
