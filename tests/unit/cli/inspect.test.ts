/** `tiendo inspect` on real plan files: the JSON report, the text report, refusals with status 2, the file untouched. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPlanFile } from '../../../db/planStore';
import { makeFixturePlan, snapshot, tempDir } from '../db/fixtures';
import { reportScenario } from '../core/report/reportPlans';
import { runTiendo } from './runTiendo';

function fixtureFile(): { dir: string; file: string } {
  const dir = tempDir();
  const file = path.join(dir, 'Kế hoạch.tiendo');
  createPlanFile(file, makeFixturePlan());
  return { dir, file };
}

describe('tiendo inspect', { timeout: 120_000 }, () => {
  it('prints exactly one JSON object with the plan and its computed schedule, and leaves the file as it was', () => {
    const { dir, file } = fixtureFile();
    const before = snapshot(dir);
    const run = runTiendo(['inspect', file, '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.plan).toEqual({ title: 'Kế hoạch thử nghiệm', start: '2026-01-05', finish: expect.stringMatching(/^2026-\d\d-\d\d$/), deadline: '2026-12-31', statusDate: null, progress: null });
    expect(report.tasks.map((t: { id: string }) => t.id)).toEqual(['t-1', 't-2', 't-3', 't-4']);
    const [survey, draft, approval] = report.tasks;
    expect(survey).toMatchObject({
      stt: 1, outline: '1', wbs: '', parentId: null, name: 'Khảo sát hiện trạng', kind: 'task',
      lead: 'Sở Khoa học và Công nghệ', coordinators: ['UBND thành phố', 'Sở Tài chính'],
      window: { text: 'Tháng 01/2026', start: '2026-01-05', finish: '2026-01-31' },
      percent: 37.5, links: [],
    });
    // Progress is not tracked (no status date): 5 working days from the plan start, Mon 05 … Fri 09 January.
    expect(survey.start).toBe('2026-01-05');
    expect(survey.finish).toBe('2026-01-09');
    expect(survey.duration).toBe(5);
    // A manual task keeps its dates: 03/02–20/02 is 14 working days.
    expect(draft).toMatchObject({ start: '2026-02-03', finish: '2026-02-20', duration: 14, window: null, links: [{ from: 't-1', type: 'FS', lag: 0 }] });
    expect(approval).toMatchObject({ kind: 'milestone', duration: 0, links: [{ from: 't-2', type: 'FF', lag: -2 }] });
    for (const t of report.tasks) {
      expect(Object.keys(t).sort()).toEqual(
        ['coordinators', 'critical', 'duration', 'finish', 'freeFloat', 'id', 'kind', 'lateDays', 'lead', 'links', 'name', 'outline', 'parentId', 'percent', 'start', 'stt', 'totalFloat', 'wbs', 'window'].sort(),
      );
      expect(typeof t.totalFloat).toBe('number');
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it('with a status date, late days and counts as of it: the progress report’s (11 → 24, 10 done, 1 in progress, 6 late)', () => {
    const dir = tempDir();
    const file = path.join(dir, 'Tiến độ.tiendo');
    createPlanFile(file, reportScenario());
    const report = JSON.parse(runTiendo(['inspect', file, '--json']).stdout);
    expect(report.plan).toMatchObject({ statusDate: '2026-12-03', progress: { done: 10, inProgress: 1, notStarted: 6, late: 6 } });
    const late = report.tasks.filter((t: { lateDays: number }) => t.lateDays > 0).map((t: { stt: number; lateDays: number }) => [t.stt, t.lateDays]);
    expect(late).toEqual([[11, 24], [12, 14], [13, 9], [14, 3], [15, 3], [16, 4]]);
    expect(runTiendo(['inspect', file]).stdout).toContain('Đến 03/12/2026: 10 xong, 1 đang làm, 6 chậm');
    expect(runTiendo(['inspect', file, '--lang', 'en']).stdout).toContain('As of 03/12/2026: 10 done, 1 in progress, 6 late');
  });

  it('prints a readable report in Vietnamese, or English with --lang en', () => {
    const { file } = fixtureFile();
    const vi = runTiendo(['inspect', file]);
    expect(vi.status).toBe(0);
    expect(vi.stdout).toContain('Kế hoạch: Kế hoạch thử nghiệm');
    expect(vi.stdout).toMatch(/1 {2}Khảo sát hiện trạng {2}05\/01\/2026 – 09\/01\/2026 {2}5 ngày {2}37.5%/);
    const en = runTiendo(['inspect', file, '--lang', 'en']);
    expect(en.stdout).toContain('Plan: Kế hoạch thử nghiệm');
    expect(en.stdout).toContain('5 days');
  });

  it('refuses a file that is not a plan with the app’s message and status 2, without touching it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'notes.tiendo');
    fs.writeFileSync(file, 'không phải kế hoạch');
    const before = snapshot(dir);
    const run = runTiendo(['inspect', file, '--json']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/không phải (là )?tệp kế hoạch/i);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a missing file, an unknown command and an unknown option with status 2', () => {
    expect(runTiendo(['inspect', '/khong/co/tep.tiendo'])).toMatchObject({ status: 2, stderr: expect.stringContaining('Không tìm thấy tệp') });
    expect(runTiendo(['frobnicate'])).toMatchObject({ status: 2, stderr: expect.stringContaining('Không có lệnh “frobnicate”') });
    expect(runTiendo(['inspect', 'x.tiendo', '--jsn', '--lang', 'en'])).toMatchObject({ status: 2, stderr: expect.stringContaining('Unknown option “--jsn”') });
  });

  it('lists every command and format in --help', () => {
    const run = runTiendo(['--help']);
    expect(run.status).toBe(0);
    for (const word of ['inspect', 'import', 'export', 'report', 'workload', '--by-unit', '--json', '--out', '--format', 'mspdi', 'gan', 'svg', 'png', 'pdf', '--lang']) expect(run.stdout).toContain(word);
    expect(runTiendo(['--help', '--lang', 'en']).stdout).toContain('Usage:');
  });
});
