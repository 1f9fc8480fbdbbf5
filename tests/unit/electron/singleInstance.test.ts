import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimSingleInstance, fileFromSecondInstance, revealWindow, type SingleInstanceApp } from '../../../electron/singleInstance';
import { FakeEmitter, fakeEvent } from './fakes';

class FakeApp extends FakeEmitter implements SingleInstanceApp {
  lockData: unknown = undefined;
  quitCalls = 0;
  constructor(private readonly gotLock: boolean) {
    super();
  }
  requestSingleInstanceLock(additionalData?: Record<any, any>): boolean {
    this.lockData = additionalData;
    return this.gotLock;
  }
  quit(): void {
    this.quitCalls += 1;
  }
}

const planA = resolve('/plans/a.tiendo');

describe('single instance', () => {
  it('a second launch sends its resolved file as additionalData and quits', () => {
    const app = new FakeApp(false);
    const received: unknown[] = [];
    expect(claimSingleInstance(app, planA, false, (file) => received.push(file))).toBe(false);
    expect(app.lockData).toEqual({ file: planA });
    expect(app.quitCalls).toBe(1);
    expect(app.count('second-instance')).toBe(0);
    expect(received).toEqual([]);
  });

  it('the first instance keeps running and is told about later launches', () => {
    const app = new FakeApp(true);
    const received: Array<string | null> = [];
    expect(claimSingleInstance(app, null, false, (file) => received.push(file))).toBe(true);
    expect(app.quitCalls).toBe(0);
    const b = resolve('/plans/b.tiendo');
    app.emit('second-instance', fakeEvent(), ['tiendo', 'b.tiendo'], resolve('/elsewhere'), { file: b });
    app.emit('second-instance', fakeEvent(), ['tiendo'], resolve('/elsewhere'), { file: null });
    expect(received).toEqual([b, null]);
  });

  it('falls back to the forwarded argv, resolved in the second instance’s directory', () => {
    const dir = resolve('/home/u/Documents');
    expect(fileFromSecondInstance(['tiendo', '--inspect', 'x.tiendo', '--original-process-start-time=1'], dir, undefined, false)).toBe(resolve(dir, 'x.tiendo'));
    expect(fileFromSecondInstance(['electron', '.', 'x.tiendo'], dir, {}, true)).toBe(resolve(dir, 'x.tiendo'));
    expect(fileFromSecondInstance(['tiendo'], dir, null, false)).toBeNull();
  });

  it('ignores malformed additionalData', () => {
    expect(fileFromSecondInstance(['tiendo', 'x.tiendo'], '/', { file: 'relative.tiendo' }, false)).toBeNull();
    expect(fileFromSecondInstance(['tiendo', 'x.tiendo'], '/', { file: resolve('/etc/passwd') }, false)).toBeNull();
    expect(fileFromSecondInstance(['tiendo'], '/', { file: 42 }, false)).toBeNull();
  });

  it('reveals a minimised window', () => {
    const calls: string[] = [];
    revealWindow({
      isMinimized: () => true,
      restore: () => void calls.push('restore'),
      show: () => void calls.push('show'),
      focus: () => void calls.push('focus'),
    });
    expect(calls).toEqual(['restore', 'show', 'focus']);
  });
});
