// The per-document queue of the handler layer: tasks on one document run one at a time in
// arrival order, a failed task does not block the next, other documents do not wait.
import { describe, expect, it } from 'vitest';
import { DocumentQueue, documentKey } from '../../electron/handlers/document-queue';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('DocumentQueue', () => {
  it('runs the tasks of one document one after another, in order, even when they await', async () => {
    const q = new DocumentQueue();
    const log: string[] = [];
    let running = 0;
    let most = 0;
    const task = (name: string, ms: number) => async () => {
      running++;
      most = Math.max(most, running);
      log.push(`${name}:start`);
      await tick(ms);
      log.push(`${name}:end`);
      running--;
      return name;
    };
    const results = await Promise.all([q.run('meeting:a', task('1', 30)), q.run('meeting:a', task('2', 1)), q.run('meeting:a', task('3', 10))]);
    expect(results).toEqual(['1', '2', '3']);
    expect(most).toBe(1);
    expect(log).toEqual(['1:start', '1:end', '2:start', '2:end', '3:start', '3:end']);
    expect(q.busyKeys).toEqual([]);
  });

  it('a failing task is reported to its caller and the next one still runs', async () => {
    const q = new DocumentQueue();
    const first = q.run('roster', async () => {
      await tick(5);
      throw new Error('disk penuh');
    });
    const second = q.run('roster', async () => 'ok');
    await expect(first).rejects.toThrow('disk penuh');
    await expect(second).resolves.toBe('ok');
  });

  it('documents do not wait for each other', async () => {
    const q = new DocumentQueue();
    const log: string[] = [];
    const slow = q.run('meeting:a', async () => {
      await tick(40);
      log.push('a');
    });
    const fast = q.run('meeting:b', async () => {
      log.push('b');
    });
    await Promise.all([slow, fast]);
    expect(log).toEqual(['b', 'a']);
  });

  it('names the document of each call', () => {
    expect(documentKey('attendance/set-cells', { id: 'm1' })).toBe('meeting:m1');
    expect(documentKey('speakers/set-points', { id: 'm1' })).toBe('meeting:m1');
    expect(documentKey('invitations/mark-sent', { id: 'm1' })).toBe('meeting:m1');
    expect(documentKey('roster/save-person', { id: 'p1' })).toBe('roster');
    expect(documentKey('templates/save', {})).toBe('settings');
    expect(documentKey('meetings/create', {})).toBeNull();
    expect(documentKey('meetings/list', {})).toBeNull();
  });
});
