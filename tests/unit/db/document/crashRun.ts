/**
 * The crash experiment shared by crashRecovery.test.ts and `npm run stress`:
 * crashDriver.ts, bundled once with esbuild and run with plain node (~0.2 s
 * per start instead of ~0.6 s), edits and saves a plan until it is SIGKILLed
 * at a random moment or at a step of Save. Each kill is then judged: the
 * original must be exactly the old or the new saved plan with no journal
 * beside it, and the next start must recover every committed edit.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { build } from 'esbuild';
import type { Plan } from '../../../../core/model';
import { openPlanDatabase } from '../../../../db/openPlanFile';
import { readPlan } from '../../../../db/planStore';
import { PlanSession } from '../../../../db/session';
import { makeFixturePlan, planFile } from './helpers';

export const SAVE_STEPS = ['written', 'checked', 'synced', 'renamed'] as const;
const ROOT = path.resolve(import.meta.dirname, '../../../..');

export async function bundleDriver(work: string): Promise<string> {
  const bundle = path.join(work, 'driver.cjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'crashDriver.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['better-sqlite3'],
    outfile: bundle,
    logLevel: 'error',
  });
  return bundle;
}

export const planAt = (n: number): Plan => {
  const plan = makeFixturePlan();
  if (n > 0) plan.tasks[0]!.notes = `Bản ${n}`;
  return plan;
};
export const versionOf = (plan: Plan) => {
  const notes = plan.tasks.find((t) => t.id === 't-1')!.notes;
  return notes === '' ? 0 : Number(/^Bản (\d+)$/u.exec(notes)?.[1] ?? -1);
};

/** Without undefined fields, as toEqual compares. */
const plain = (plan: Plan): unknown => JSON.parse(JSON.stringify(plan));

export function readChecked(file: string): Plan {
  const db = openPlanDatabase(file, { readOnly: true });
  try {
    return readPlan(db);
  } finally {
    db.close();
  }
}

function runDriver(bundle: string, work: string, lane: Lane, seed: number, killAt: string | undefined, delayMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const args = [bundle, lane.file, lane.dataDir, String(seed), ...(killAt ? [killAt] : [])];
    const env = { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules'), NODE_COMPILE_CACHE: path.join(work, 'compile-cache') };
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    const safety = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!killAt && timer === undefined && out.includes('R ')) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(safety);
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`driver ended with ${code}: ${out.slice(-500)} ${err.slice(-2000)}`));
      resolve(out.split('\n').filter((l) => l !== ''));
    });
  });
}

export interface Lane {
  dir: string;
  file: string;
  dataDir: string;
  /** The version saved in the original, and the one the next run must start from. */
  saved: number;
  start: number;
}

export function newLane(work: string, k: number): Lane {
  const root = fs.mkdtempSync(path.join(work, `lane${k}-`));
  const dir = path.join(root, 'plans');
  fs.mkdirSync(dir);
  return { dir, file: planFile(dir, 'Ke-hoach.tiendo', planAt(0)), dataDir: path.join(root, 'data'), saved: 0, start: 0 };
}

export interface KillOutcome {
  when: 'editing' | 'during-save' | 'at-step';
  edits: number;
  saves: number;
  recovered: boolean;
  strayTemps: number;
  /** Why the original is not exactly the last saved plan or the one being saved (null: it is). */
  corrupt: string | null;
  /** Committed edits the next start did not get back (0 when all are there). */
  lost: number;
}

/** Kill number `i` of a lane (every fifth at a step of Save), judged; the lane moves on to what the next start sees. */
export async function crashOnce(bundle: string, work: string, lane: Lane, i: number, delayMs: number): Promise<KillOutcome> {
  const killAt = i % 5 === 4 ? SAVE_STEPS[(i / 5) % SAVE_STEPS.length | 0] : undefined;
  const lines = await runDriver(bundle, work, lane, i * 7919 + 1, killAt, delayMs);
  const numbers = (tag: string) => lines.filter((l) => l.startsWith(`${tag} `)).map((l) => Number(l.slice(tag.length + 1)));
  const started = numbers('R')[0];
  let lost = started !== undefined && started < lane.start ? lane.start - started : 0;
  const lastEdit = Math.max(lane.start, ...numbers('E'));
  const done = numbers('S');
  const begun = numbers('S?');
  const lastSaved = done.length > 0 ? Math.max(...done) : lane.saved;
  const inFlight = begun.length > 0 && begun.at(-1)! > lastSaved ? begun.at(-1)! : null;
  const when = killAt && begun.length > 0 ? 'at-step' : lines.at(-1)?.startsWith('S? ') ? 'during-save' : 'editing';

  let corrupt: string | null = null;
  let version = lane.saved;
  try {
    const onDisk = readChecked(lane.file);
    version = versionOf(onDisk);
    if (version !== lastSaved && version !== inFlight) corrupt = `holds version ${version}, expected ${lastSaved} or ${inFlight}`;
    else if (!isDeepStrictEqual(plain(onDisk), plain(planAt(version)))) corrupt = `version ${version} differs from the plan saved`;
  } catch (error) {
    corrupt = `unreadable: ${(error as Error).message}`;
  }
  const names = fs.readdirSync(lane.dir);
  if (names.some((n) => n.startsWith(`${path.basename(lane.file)}-`))) corrupt ??= 'a journal is left beside it';
  lane.saved = version;

  const session = new PlanSession({ dataDir: lane.dataDir });
  const offered = session.listRecoverable();
  let recovered = false;
  if (offered.length === 0) {
    lost += Math.max(0, lastEdit - version); // nothing offered: everything must have been saved
    lane.start = version;
  } else {
    const back = Math.max(...offered.map((o) => versionOf(readChecked(session.data.workingPath(o.id)))));
    lost += Math.max(0, lastEdit - back, version - back);
    recovered = true;
    lane.start = back;
  }
  session.close();
  return { when, edits: numbers('E').length, saves: done.length, recovered, strayTemps: names.filter((n) => n.includes('.saving')).length, corrupt, lost };
}
