/** `tiendo inspect` and `tiendo export/import --format mspdi` with a saved baseline (kế hoạch gốc), on real files. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../core/edits';
import { createPlanFile } from '../../../db/planStore';
import { MSPDI_SCHEMA, xmllintErrors } from '../core/interchange/support';
import { makeFixturePlan, tempDir } from '../db/fixtures';
import { runTiendo } from './runTiendo';
import fs from 'node:fs';

/** The fixture's approved baseline saved on 02/01/2026, then task 1 made 3 days longer (its baseline stays 05/01–09/01). */
function fileWithBaseline(dir: string): string {
  const ctx = { newId: () => 'unused', today: '2026-01-02' };
  let plan = applyEdit(makeFixturePlan(), { op: 'saveBaseline', index: 0 }, ctx);
  plan = applyEdit(plan, { op: 'updateTask', taskId: 't-1', changes: { duration: 8 } }, ctx);
  plan = { ...plan, baselines: plan.baselines!.map((b) => ({ ...b, tasks: b.tasks.filter((t) => t.taskId !== 't-4') })) }; // as if t-4 came later
  return createPlanFile(path.join(dir, 'Gốc.tiendo'), plan);
}

describe('tiendo with baselines', { timeout: 180_000 }, () => {
  it('inspect --json gives each task its approved-baseline dates, none for a task added after it, and lists the baselines', () => {
    const file = fileWithBaseline(tempDir());
    const run = runTiendo(['inspect', file, '--json']);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report.plan.baselines).toEqual([{ index: 0, name: 'Kế hoạch được duyệt', savedOn: '2026-01-02' }]);
    const [survey, , , follow] = report.tasks;
    expect(survey).toMatchObject({ start: '2026-01-05', finish: '2026-01-14', baseline: { start: '2026-01-05', finish: '2026-01-09' } });
    expect('baseline' in follow).toBe(false);
    expect(runTiendo(['inspect', file]).stdout).toContain('Khảo sát hiện trạng  05/01/2026 – 14/01/2026  8 ngày  37.5%  (gốc 05/01/2026 – 09/01/2026)');
  });

  it('export --format mspdi writes the baseline, and import brings it back into a new plan', () => {
    const dir = tempDir();
    const file = fileWithBaseline(dir);
    const xml = path.join(dir, 'goc.xml');
    expect(runTiendo(['export', file, '--format', 'mspdi', '--out', xml]).status).toBe(0);
    const text = fs.readFileSync(xml, 'utf8');
    expect(xmllintErrors(text, MSPDI_SCHEMA)).toBe('');
    expect(text.replace(/\s+/g, '')).toContain('<Baseline><Number>0</Number><Start>2026-01-05T08:00:00</Start><Finish>2026-01-09T17:00:00</Finish><Duration>PT40H0M0S</Duration>');
    const back = path.join(dir, 'lai.tiendo');
    expect(runTiendo(['import', xml, '--out', back]).status).toBe(0);
    const report = JSON.parse(runTiendo(['inspect', back, '--json']).stdout);
    expect(report.plan.baselines).toEqual([{ index: 0, name: 'Kế hoạch được duyệt', savedOn: '2026-01-02' }]);
    expect(report.tasks[0]).toMatchObject({ name: 'Khảo sát hiện trạng', baseline: { start: '2026-01-05', finish: '2026-01-09' } });
  });

  it('export --format svg --baseline 0 draws the grey bars; another index is refused with status 2', () => {
    const dir = tempDir();
    const file = fileWithBaseline(dir);
    const svg = path.join(dir, 'goc.svg');
    expect(runTiendo(['export', file, '--format', 'svg', '--out', svg, '--baseline', '0'])).toMatchObject({ status: 0 });
    const text = fs.readFileSync(svg, 'utf8');
    expect(text).toContain('data-baseline="t-1"');
    expect(text).not.toContain('data-baseline="t-4"'); // not in the baseline
    const plain = path.join(dir, 'thuong.svg');
    expect(runTiendo(['export', file, '--format', 'svg', '--out', plain]).status).toBe(0);
    expect(fs.readFileSync(plain, 'utf8')).not.toContain('data-baseline');
    expect(runTiendo(['export', file, '--format', 'svg', '--out', plain, '--baseline', '3'])).toMatchObject({ status: 2, stderr: expect.stringContaining('chỉ vẽ kế hoạch gốc số 0') });
  });
});
