/**
 * Runs the built renderer (out/renderer) in real Chromium with its API
 * bridged to the real db/ layer in this process, through the same `dispatch`
 * that Electron's IPC handlers use. Every end-to-end test launches the app
 * this way: `const app = await launchApp({ planPath })`, then drives `app.page`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MessageBoxOptions } from 'electron';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { COMMAND_IDS, type CommandId } from '../../core/api/commands';
import { API_METHODS } from '../../core/api/contract';
import { dispatch } from '../../core/api/dispatch';
import type { Language } from '../../core/language';
import { createApiHandlers } from '../../db/handlers';
import { createDocumentActions } from '../../electron/documentActions';
import { openPlanSession, type PlanSession } from '../../db/session';
import { createTestHost, type TestHost } from '../support/testHost';
import { locateChromium } from '../../cli/chromium';
import { printWithPlaywright } from '../support/playwrightPdf';
import { startStaticServer, type StaticServer } from './staticServer';

export const RENDERER_DIR = path.resolve(import.meta.dirname, '../../out/renderer');
export const ARTIFACTS_DIR = path.resolve(import.meta.dirname, '../../test-artifacts');

/** CHROME_PATH, then the usual install locations (one list with the command line); fails loudly (never a silent skip). */
export function findChromium(): string {
  const found = locateChromium();
  if (!found) {
    throw new Error(
      'Không tìm thấy Chromium/Chrome cho kiểm thử đầu-cuối: cài bằng `apt-get install -y chromium fonts-liberation2 poppler-utils` ' +
        '(poppler-utils: pdftotext/pdftoppm đọc lại các tệp PDF đã xuất) hoặc đặt biến CHROME_PATH. / ' +
        'No Chromium/Chrome for the end-to-end tests: install `apt-get install -y chromium fonts-liberation2 poppler-utils` ' +
        '(poppler-utils: pdftotext/pdftoppm read exported PDFs back) or set CHROME_PATH.',
    );
  }
  return found;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export interface LaunchOptions {
  planPath: string;
  language?: Language;
  viewport?: { width: number; height: number };
  /** Answers for native dialogs; a fresh test host by default. */
  host?: TestHost;
  /** The session's data folder (working copies, recovery); a temporary one by default. Pass the same folder to a relaunch to test recovery. */
  dataDir?: string;
  /** Give the host a printToPdf that prints the route in a new page of this browser (page.pdf()). */
  printToPdf?: boolean;
  /** Benchmarks: fire `tiendo-bench-saved` in the page when an applyEdit returns. */
  announceSaves?: boolean;
  /** Benchmarks: a script run in the page before its own (e.g. a first-paint probe). */
  initScript?: string;
  /** Benchmarks: told how long the main-process side of each API call took. */
  onInvoke?: (method: string, ms: number) => void;
}

export interface LaunchedApp {
  page: Page;
  session: PlanSession;
  host: TestHost;
  /** Uncaught page errors and console errors, for tests to assert none happened. */
  pageErrors: string[];
  /** As if the application menu sent this command (Electron's webContents.send on the menu channel). */
  sendMenuCommand(command: CommandId | string): Promise<void>;
  /**
   * The window's close button, through the shell's real close flow
   * (electron/documentActions.ts confirmClose): the page saves what is being
   * typed, then the unsaved-changes question is answered from `answers`
   * (0 Lưu, 1 Không lưu, 2 Huỷ). Resolves whether the window may close and
   * the questions asked.
   */
  requestClose(answers?: number[]): Promise<{ mayClose: boolean; asked: MessageBoxOptions[] }>;
  close(): Promise<void>;
}

export async function launchApp(options: LaunchOptions): Promise<LaunchedApp> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('Chưa dựng giao diện: chạy `npm run build:renderer` trước (npm test tự làm việc này).');
  }
  const session = openPlanSession(options.planPath, { dataDir: options.dataDir });
  const host = options.host ?? createTestHost();
  const handlers = createApiHandlers(session, host);
  const server: StaticServer = await startStaticServer(RENDERER_DIR);
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-chromium-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: findChromium(),
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: options.viewport ?? { width: 1600, height: 900 },
      locale: 'vi-VN',
    });
    await context.exposeBinding('__tiendoInvoke', async (_source, method: unknown, args: unknown) => {
      const t0 = performance.now();
      const response = await dispatch(handlers, method, args);
      options.onInvoke?.(String(method), performance.now() - t0);
      return JSON.stringify(response); // parsed by tests/support/pageBridge.js
    });
    const { announceSaves = false } = options;
    await context.addInitScript(pageBridgeScript({ methods: API_METHODS, commands: COMMAND_IDS, language: options.language ?? 'vi', announceSaves }));
    if (options.printToPdf) {
      const printContext = context;
      host.printToPdf = (request) => {
        host.printed.push(request);
        return printWithPlaywright(printContext, server.url, request);
      };
    }
    if (options.initScript !== undefined) await context.addInitScript({ content: options.initScript });
    const page = context.pages()[0] ?? (await context.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(server.url + 'index.html');
    const launched = context;
    return {
      page,
      session,
      host,
      pageErrors,
      async sendMenuCommand(command) {
        await page.evaluate((id) => (window as unknown as { __tiendoMenuCommand(id: string): void }).__tiendoMenuCommand(id), command);
      },
      async requestClose(answers = []) {
        const asked: MessageBoxOptions[] = [];
        const queue = [...answers];
        const shell = createDocumentActions({
          call: (method, args) => dispatch(handlers, method, args),
          flushPage: () => page.evaluate(() => (window as unknown as { __tiendoFlushRequest(): Promise<boolean> }).__tiendoFlushRequest()),
          ask: async (box) => {
            asked.push(box);
            return queue.shift() ?? 2;
          },
          chooseOpenPath: async () => null,
          reloadPage: () => undefined,
          isOpen: () => session.isOpen,
          fallbackPath: () => options.planPath,
          language: () => options.language ?? 'vi',
        });
        return { mayClose: await shell.confirmClose(), asked };
      },
      async close() {
        await launched.close();
        await server.close();
        session.close();
        fs.rmSync(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close();
    await server.close();
    session.close();
    throw error;
  }
}

/** The page-side bridge (tests/support/pageBridge.js) as an init script for these options. */
export function pageBridgeScript(options: {
  methods: readonly string[];
  commands: readonly string[];
  language: Language;
  /** Fire `tiendo-bench-saved` in the page when an applyEdit returns (the drag benchmark). */
  announceSaves?: boolean;
}): { content: string } {
  return { content: `${PAGE_BRIDGE_SOURCE}\ninstallTiendoBridge(${JSON.stringify(options)});` };
}

const PAGE_BRIDGE_SOURCE = fs.readFileSync(path.resolve(import.meta.dirname, '../support/pageBridge.js'), 'utf8');

/** Saves a screenshot under test-artifacts/ (ignored by git) and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
