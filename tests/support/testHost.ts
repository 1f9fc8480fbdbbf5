/**
 * HostServices for tests: dialogs answer from queues the test fills
 * (null = the user cancelled), the user and clock are fixed.
 */
import type { HostServices } from '../../core/api/host';

export interface TestHost extends HostServices {
  /** Paths the next open dialogs will return, in order. */
  openAnswers: (string | null)[];
  /** Paths the next save dialogs will return, in order. */
  saveAnswers: (string | null)[];
  /** What the dialogs were asked, for assertions. */
  asked: { kind: 'open' | 'save'; title: string; defaultName?: string }[];
}

export function createTestHost(options: { user?: string; computer?: string; now?: () => Date } = {}): TestHost {
  const host: TestHost = {
    openAnswers: [],
    saveAnswers: [],
    asked: [],
    async chooseOpenPath({ title }) {
      host.asked.push({ kind: 'open', title });
      return host.openAnswers.shift() ?? null;
    },
    async chooseSavePath({ title, defaultName }) {
      host.asked.push({ kind: 'save', title, defaultName });
      return host.saveAnswers.shift() ?? null;
    },
    userName: () => options.user ?? 'Nguyễn Văn Kiểm',
    computerName: () => options.computer ?? 'MAY-KIEM-THU',
    now: options.now ?? (() => new Date()),
  };
  return host;
}
