/**
 * HostServices for tests: dialogs answer from queues the test fills
 * (null = the user cancelled), the user and clock are fixed.
 */
import type { HostServices, PrintToPdfRequest } from '../../core/api/host';

export interface TestHost extends HostServices {
  /** Paths the next open dialogs will return, in order. */
  openAnswers: (string | null)[];
  /** Paths the next save dialogs will return, in order. */
  saveAnswers: (string | null)[];
  /** What the dialogs were asked (title in the UI language the renderer last reported, Vietnamese before), for assertions. */
  asked: { kind: 'open' | 'save'; title: string; defaultName?: string }[];
  /** PDF print requests, for assertions (printToPdf itself is supplied by the e2e harness or a test). */
  printed: PrintToPdfRequest[];
  /** UI languages the renderer reported (setUiLanguage → setMenuLanguage), in order. */
  menuLanguages: Array<'vi' | 'en'>;
}

export interface TestHostOptions {
  user?: string;
  computer?: string;
  now?: () => Date;
  /** How to print a route to PDF (tests/e2e/harness.ts supplies one with Playwright); absent → PDF export is refused. */
  printToPdf?: (request: PrintToPdfRequest) => Promise<Uint8Array>;
}

export function createTestHost(options: TestHostOptions = {}): TestHost {
  const host: TestHost = {
    openAnswers: [],
    saveAnswers: [],
    asked: [],
    printed: [],
    menuLanguages: [],
    async chooseOpenPath({ title }) {
      host.asked.push({ kind: 'open', title: title[host.menuLanguages.at(-1) ?? 'vi'] });
      return host.openAnswers.shift() ?? null;
    },
    async chooseSavePath({ title, defaultName }) {
      host.asked.push({ kind: 'save', title: title[host.menuLanguages.at(-1) ?? 'vi'], defaultName });
      return host.saveAnswers.shift() ?? null;
    },
    userName: () => options.user ?? 'Nguyễn Văn Kiểm',
    computerName: () => options.computer ?? 'MAY-KIEM-THU',
    now: options.now ?? (() => new Date()),
    setMenuLanguage: (language) => void host.menuLanguages.push(language),
  };
  const print = options.printToPdf;
  if (print) {
    host.printToPdf = (request) => {
      host.printed.push(request);
      return print(request);
    };
  }
  return host;
}
