/** The close request waits for the unsaved-changes answer (fake window with Electron's close → closed order). */
import { describe, expect, it } from 'vitest';
import { guardClose } from '../../../electron/closeGuard';
import { fakeEvent, FakeEmitter } from './fakes';

class Window extends FakeEmitter {
  closed = false;
  close(): void {
    const event = fakeEvent();
    this.emit('close', event);
    if (!event.prevented()) this.closed = true;
  }
}

function setup(answers: Array<boolean | Error>) {
  const window = new Window();
  const log: string[] = [];
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  guardClose(window, {
    confirmClose: async () => {
      log.push('ask');
      await gate;
      const answer = answers.shift();
      if (answer instanceof Error) throw answer;
      return answer ?? true;
    },
    onClosing: () => void log.push('closing'),
    afterApproved: () => void log.push('approved'),
    onCancelled: () => void log.push('cancelled'),
    onError: (error) => void log.push(`error ${(error as Error).message}`),
  });
  return { window, log, release };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('close guard', () => {
  it('holds the close, asks once however often the user clicks, then closes', async () => {
    const { window, log, release } = setup([true]);
    window.close();
    window.close();
    expect(window.closed).toBe(false);
    release();
    await settle();
    expect(window.closed).toBe(true);
    expect(log).toEqual(['ask', 'closing', 'approved']);
  });

  it('"Huỷ" keeps the window and the next close asks again', async () => {
    const { window, log, release } = setup([false, true]);
    release();
    window.close();
    await settle();
    expect(window.closed).toBe(false);
    window.close();
    await settle();
    expect(window.closed).toBe(true);
    expect(log).toEqual(['ask', 'cancelled', 'ask', 'closing', 'approved']);
  });

  it('a failure while asking keeps the window open and is reported', async () => {
    const { window, log, release } = setup([new Error('đĩa đầy')]);
    release();
    window.close();
    await settle();
    expect(window.closed).toBe(false);
    expect(log).toEqual(['ask', 'error đĩa đầy']);
  });
});
