/** `tiendo import` and `tiendo export` on real files: other planners' formats both ways, refusals that write nothing, charts through Chromium. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPlanFile } from '../../../db/planStore';
import { FIXTURES, MSPDI_SCHEMA, xmllintErrors } from '../core/interchange/support';
import { makeFixturePlan, snapshot, tempDir } from '../db/fixtures';
import { runTiendo } from './runTiendo';

describe('tiendo import and export', { timeout: 180_000 }, () => {
  it('imports an MS Project XML file into a new plan that inspect reads, and says what was not carried over', () => {
    const dir = tempDir();
    const out = path.join(dir, 'Đề án.tiendo');
    const run = runTiendo(['import', path.join(FIXTURES, 'ms-project-2010.xml'), '--out', out]);
    expect(run.stderr).toBe('Không mang sang được: Công việc “Hội thảo lấy ý kiến”: ràng buộc “Kết thúc không muộn hơn” không được mang sang.\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('5 công việc');
    const report = JSON.parse(runTiendo(['inspect', out, '--json']).stdout);
    expect(report.plan.title).toBe('Đề án thử nghiệm');
    const byName = new Map(report.tasks.map((t: { name: string; id: string }) => [t.name, t]));
    const draft = byName.get('Xây dựng dự thảo') as { links: unknown[]; duration: number };
    expect(draft.duration).toBe(3);
    expect(draft.links).toEqual([{ from: (byName.get('Khảo sát hiện trạng') as { id: string }).id, type: 'FS', lag: -2 }]);
    expect(byName.get('Phê duyệt đề án')).toMatchObject({ kind: 'milestone', duration: 0 });
    // The outline is in the file: the section and its two tasks.
    const section = byName.get('Giai đoạn chuẩn bị') as { id: string };
    expect(byName.get('Khảo sát hiện trạng')).toMatchObject({ outline: '1.1', wbs: '1.1', parentId: section.id });
    // Refuses to overwrite the plan it just made.
    expect(runTiendo(['import', path.join(FIXTURES, 'ms-project-2010.xml'), '--out', out])).toMatchObject({ status: 2, stderr: expect.stringContaining('đã tồn tại') });
  });

  it('exports MS Project XML valid against the schema and a .gan that imports back with the same tasks; the plan file is untouched', () => {
    const dir = tempDir();
    const plan = path.join(dir, 'plan.tiendo');
    createPlanFile(plan, makeFixturePlan());
    const before = fs.readFileSync(plan);
    const xml = path.join(dir, 'plan.xml');
    expect(runTiendo(['export', plan, '--format', 'mspdi', '--out', xml])).toMatchObject({ status: 0, stdout: `${xml}\n` });
    expect(xmllintErrors(fs.readFileSync(xml, 'utf8'), MSPDI_SCHEMA)).toBe('');
    const gan = path.join(dir, 'plan.gan');
    expect(runTiendo(['export', plan, '--format', 'gan', '--out', gan]).status).toBe(0);
    const back = path.join(dir, 'back.tiendo');
    expect(runTiendo(['import', gan, '--out', back])).toMatchObject({ status: 0, stderr: '' });
    const names = (file: string) => JSON.parse(runTiendo(['inspect', file, '--json']).stdout).tasks.map((t: { name: string; start: string; finish: string }) => [t.name, t.start, t.finish]);
    expect(names(back)).toEqual(names(plan));
    expect(fs.readFileSync(plan).equals(before)).toBe(true);
  });

  it('refuses an .mpp file, broken XML and an unknown link type with status 2, writing nothing', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'du-an.mpp'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    fs.writeFileSync(path.join(dir, 'hong.xml'), '<Project xmlns="http://schemas.microsoft.com/project"><Tasks><Task><Name>A</Task>');
    const gan = fs.readFileSync(path.join(FIXTURES, 'ganttproject-3.gan'), 'utf8').replace('type="4"', 'type="9"');
    fs.writeFileSync(path.join(dir, 'la.gan'), gan);
    const before = snapshot(dir);
    const mpp = runTiendo(['import', path.join(dir, 'du-an.mpp'), '--out', path.join(dir, 'a.tiendo')]);
    expect(mpp).toMatchObject({ status: 2, stderr: expect.stringContaining('Lưu thành') });
    expect(runTiendo(['import', path.join(dir, 'hong.xml'), '--out', path.join(dir, 'b.tiendo')])).toMatchObject({ status: 2, stderr: expect.stringContaining('bị hỏng (XML sai ở dòng 1') });
    expect(runTiendo(['import', path.join(dir, 'la.gan'), '--out', path.join(dir, 'c.tiendo')])).toMatchObject({ status: 2, stderr: expect.stringContaining('kiểu không biết (type 9)') });
    expect(snapshot(dir)).toEqual(before);
  });

  it('exports the timeline as SVG, PNG and PDF (headless Chromium)', () => {
    const dir = tempDir();
    const plan = path.join(dir, 'plan.tiendo');
    createPlanFile(plan, makeFixturePlan());
    const svg = path.join(dir, 'chart.svg');
    expect(runTiendo(['export', plan, '--format', 'svg', '--out', svg]).status).toBe(0);
    expect(fs.readFileSync(svg, 'utf8')).toContain('Khảo sát hiện trạng');
    const png = path.join(dir, 'chart.png');
    expect(runTiendo(['export', plan, '--format', 'png', '--out', png])).toMatchObject({ status: 0, stderr: '' });
    expect(fs.readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    const pdf = path.join(dir, 'chart.pdf');
    expect(runTiendo(['export', plan, '--format', 'pdf', '--out', pdf]).status).toBe(0);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
