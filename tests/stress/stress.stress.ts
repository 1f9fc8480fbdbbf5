/**
 * `npm run stress` (not part of `npm test`): lasting proof that a save is
 * true. A fixed seed drives ≥ 300 SIGKILLs of a process editing and saving
 * (tests/unit/db/document/crashRun.ts) and ≥ 200 random two-writer sessions
 * merged on save (twoWriters.ts). Prints the figures; every "lost" and
 * "corrupt" figure must be 0. STRESS_KILLS / STRESS_SESSIONS / STRESS_SEED
 * change the run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleDriver, crashOnce, newLane } from '../unit/db/document/crashRun';
import { tempDir } from '../unit/db/document/helpers';
import { seeded, twoWriterSession } from './twoWriters';

const SEED = Number(process.env.STRESS_SEED ?? 20261204);
const KILLS = Number(process.env.STRESS_KILLS ?? 300);
const SESSIONS = Number(process.env.STRESS_SESSIONS ?? 200);
const LANES = 2;

const figures: [string, number | string][] = [['seed', SEED]];
let work: string;
let bundle: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-stress-'));
  bundle = await bundleDriver(work);
}, 60_000);

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
  const width = Math.max(...figures.map(([name]) => name.length));
  console.log(`\n[stress] results\n${figures.map(([name, value]) => `  ${name.padEnd(width)}  ${value}`).join('\n')}\n`);
});

describe('stress', () => {
  it(`${KILLS} SIGKILLs during edits and saves: no corrupt original, no committed edit lost`, async () => {
    const random = seeded(SEED);
    const started = performance.now();
    const lanes = Array.from({ length: LANES }, (_, k) => newLane(work, k));
    const delays = Array.from({ length: KILLS }, () => Math.floor(random() * 250));
    const totals = { kills: 0, duringSave: 0, atStep: 0, edits: 0, saves: 0, recovered: 0, corrupt: 0, lost: 0 };
    const problems: string[] = [];
    await Promise.all(
      lanes.map(async (lane, k) => {
        for (let i = k; i < KILLS; i += LANES) {
          const o = await crashOnce(bundle, work, lane, i, delays[i]!);
          totals.kills += 1;
          if (o.when === 'during-save') totals.duringSave += 1;
          if (o.when === 'at-step') totals.atStep += 1;
          totals.edits += o.edits;
          totals.saves += o.saves;
          if (o.recovered) totals.recovered += 1;
          if (o.corrupt) problems.push(`kill ${i}: original ${o.corrupt}`);
          if (o.corrupt) totals.corrupt += 1;
          if (o.lost > 0) problems.push(`kill ${i}: ${o.lost} committed edits lost`);
          totals.lost += o.lost;
        }
      }),
    );
    figures.push(
      ['kills', totals.kills],
      ['  while editing', totals.kills - totals.duringSave - totals.atStep],
      ['  at a random moment of Save', totals.duringSave],
      ['  at a step of Save', totals.atStep],
      ['edits committed / saves done', `${totals.edits} / ${totals.saves}`],
      ['recoveries after a kill', totals.recovered],
      ['corrupt originals', totals.corrupt],
      ['committed edits lost', totals.lost],
      ['kill phase (s)', ((performance.now() - started) / 1000).toFixed(0)],
    );
    expect(problems).toEqual([]);
    expect(totals.kills).toBe(KILLS);
  }, 1_800_000);

  it(`${SESSIONS} random two-writer sessions merged on save: no non-conflicting change lost`, () => {
    const random = seeded(SEED ^ 0x5eed);
    const started = performance.now();
    const totals = { sessions: 0, edits: 0, refused: 0, merges: 0, conflicts: 0, checked: 0, lost: 0, mergeErrors: 0 };
    const mergeErrors = new Map<string, number>();
    const lost: string[] = [];
    for (let i = 0; i < SESSIONS; i++) {
      const o = twoWriterSession(random, tempDir());
      totals.sessions += 1;
      totals.edits += o.editsMade;
      totals.refused += o.editsRefused;
      if (o.merged) totals.merges += 1;
      totals.conflicts += o.conflicts;
      totals.checked += o.checked;
      totals.lost += o.lost.length;
      lost.push(...o.lost.map((l) => `session ${i}: ${l}`));
      if (o.mergeError) {
        totals.mergeErrors += 1;
        const kind = o.mergeError.replace(/“[^”]*”/gu, '“…”').replace(/STT \d+/gu, 'STT n');
        mergeErrors.set(kind, (mergeErrors.get(kind) ?? 0) + 1);
      }
    }
    figures.push(
      ['two-writer sessions', totals.sessions],
      ['  edits made (refused by the app)', `${totals.edits} (${totals.refused})`],
      ['merges', totals.merges],
      ['conflicts reported', totals.conflicts],
      ['non-conflicting changes checked', totals.checked],
      ['non-conflicting changes lost', totals.lost],
      ['merges refused with a message (nothing lost)', totals.mergeErrors],
      ['two-writer phase (s)', ((performance.now() - started) / 1000).toFixed(0)],
    );
    for (const [kind, n] of mergeErrors) console.log(`[stress] merge refused ${n}×: ${kind.replace(/\n/gu, ' ')}`);
    expect(lost).toEqual([]);
  }, 1_800_000);
});
