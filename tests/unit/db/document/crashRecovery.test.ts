/**
 * Crash safety, measured: a child process editing and saving a plan is
 * killed with SIGKILL at random moments (and at each step of Save), a few
 * hundred times (crashRun.ts). After every kill the original must be exactly
 * the old or the new saved plan, never anything else, with no journal beside
 * it; and the next start must recover every committed edit. `npm run stress`
 * runs the same experiment longer.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanSession } from '../../../../db/session';
import { SAVE_STEPS, bundleDriver, crashOnce, newLane, planAt, readChecked, versionOf, type Lane } from './crashRun';

const KILLS = Number(process.env.CRASH_KILLS ?? 200);
const LANES = 2;

let work: string;
let bundle: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-crash-'));
  bundle = await bundleDriver(work);
}, 60_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('crash safety (SIGKILL while editing and saving)', () => {
  it(`keeps the original old-or-new and recovers every committed edit over ${KILLS} kills`, async () => {
    const started = performance.now();
    const stats = { kills: 0, duringSave: 0, atStep: 0, recovered: 0, saves: 0, edits: 0, strayTemps: 0 };
    const lanes: Lane[] = Array.from({ length: LANES }, (_, k) => newLane(work, k));
    await Promise.all(
      lanes.map(async (lane, k) => {
        for (let i = k; i < KILLS; i += LANES) {
          const outcome = await crashOnce(bundle, work, lane, i, Math.floor(Math.random() * 250));
          expect(outcome.corrupt, `kill ${i}: the original`).toBeNull();
          expect(outcome.lost, `kill ${i}: committed edits lost`).toBe(0);
          stats.kills += 1;
          if (outcome.when === 'at-step') stats.atStep += 1;
          if (outcome.when === 'during-save') stats.duringSave += 1;
          if (outcome.recovered) stats.recovered += 1;
          stats.edits += outcome.edits;
          stats.saves += outcome.saves;
          stats.strayTemps = Math.max(stats.strayTemps, outcome.strayTemps);
        }
      }),
    );
    // A last start recovers, saves, and the folder is clean: the plan and nothing else.
    for (const lane of lanes) {
      const session = new PlanSession({ dataDir: lane.dataDir });
      const [offered] = session.listRecoverable();
      if (offered) session.recover(offered.id);
      else session.open(lane.file);
      const last = versionOf(session.getPlan().plan);
      expect(last).toBe(lane.start);
      session.save();
      session.close();
      expect(fs.readdirSync(lane.dir)).toEqual(['Ke-hoach.tiendo']);
      expect(readChecked(lane.file)).toEqual(planAt(last));
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `[crash] ${stats.kills} kills in ${seconds.toFixed(1)} s: ${stats.duringSave} at random moments during Save, ${stats.atStep} at a Save step ` +
        `(${SAVE_STEPS.join('/')}), ${stats.kills - stats.duringSave - stats.atStep} while editing; ${stats.edits} edits and ${stats.saves} saves reported; ` +
        `${stats.recovered} recoveries checked; at most ${stats.strayTemps} stray save temporaries seen at once (removed by the next save)`,
    );
    expect(stats.kills).toBe(KILLS);
  }, 240_000);
});
