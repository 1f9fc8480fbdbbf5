/** `tiendo report` on a real plan file: the A4 PDF, the Word document, the slide, and refusals that write nothing. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { createPlanFile } from '../../../db/planStore';
import { reportScenario } from '../core/report/reportPlans';
import { snapshot, tempDir } from '../db/fixtures';
import { runTiendo } from './runTiendo';

function planFile(): { dir: string; plan: string } {
  const dir = tempDir();
  const plan = path.join(dir, 'Kế hoạch 1049.tiendo');
  createPlanFile(plan, reportScenario());
  return { dir, plan };
}

describe('tiendo report', { timeout: 180_000 }, () => {
  it('writes the report as one A4 PDF page with the plan’s figures, leaving the plan file untouched', () => {
    const { dir, plan } = planFile();
    const before = fs.readFileSync(plan);
    const pdf = path.join(dir, 'Báo cáo.pdf');
    expect(runTiendo(['report', plan, '--format', 'pdf', '--out', pdf])).toMatchObject({ status: 0, stdout: `${pdf}\n`, stderr: '' });
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
    expect(text).toContain('BÁO CÁO TIẾN ĐỘ');
    expect(text).toContain('Tính đến ngày cập nhật 03/12/2026');
    expect(text).toContain('Dự kiến hoàn thành ngày 17/02/2027, chậm 34 ngày làm việc so với hạn chót 31/12/2026.');
    expect(text).toMatch(/11 Tổ chức xin ý kiến các bộ.*Phòng Quản lý Khoa học 50 17\/12\/2026 24/);
    expect(fs.readFileSync(plan).equals(before)).toBe(true);
  });

  it('writes the Word document grouped by unit, in English, and the 16:9 slide as PNG', async () => {
    const { dir, plan } = planFile();
    const docx = path.join(dir, 'report.docx');
    expect(runTiendo(['report', plan, '--format', 'docx', '--out', docx, '--by-unit', '--lang', 'en']).status).toBe(0);
    const { value } = await mammoth.extractRawText({ path: docx });
    expect(value).toContain('SOCIALIST REPUBLIC OF VIETNAM');
    expect(value).toContain('17 tasks: 10 finished; 1 in progress; 6 not started; 6 late.');
    expect(value).toContain('By lead unit');
    const png = path.join(dir, 'slide.png');
    expect(runTiendo(['report', plan, '--format', 'png', '--out', png]).status).toBe(0);
    const image = PNG.sync.read(fs.readFileSync(png));
    expect([image.width, image.height]).toEqual([2560, 1440]);
  });

  it('takes another status date; refuses an unknown format, a bad date or baseline with status 2, writing nothing', () => {
    const { dir, plan } = planFile();
    const docx = path.join(dir, 'r.docx');
    expect(runTiendo(['report', plan, '--format', 'docx', '--out', docx, '--status-date', '15/10/2026']).status).toBe(0);
    fs.rmSync(docx);
    const before = snapshot(dir);
    expect(runTiendo(['report', plan, '--format', 'xlsx', '--out', path.join(dir, 'a.xlsx')])).toMatchObject({ status: 2, stderr: expect.stringContaining('Không có định dạng báo cáo “xlsx”') });
    expect(runTiendo(['report', plan, '--out', path.join(dir, 'b.pdf'), '--status-date', '31/02/2026'])).toMatchObject({ status: 2, stderr: expect.stringContaining('--status-date cần một ngày dd/mm/yyyy') });
    expect(runTiendo(['report', plan, '--out', path.join(dir, 'c.pdf'), '--baseline', '11', '--lang', 'en'])).toMatchObject({ status: 2, stderr: expect.stringContaining('--baseline takes a baseline number from 0 to 10') });
    expect(runTiendo(['report', plan, '--format', 'pdf'])).toMatchObject({ status: 2, stderr: expect.stringContaining('Thiếu --out') });
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a plan whose links form a loop with the app’s message, in either language', () => {
    const dir = tempDir();
    const plan = path.join(dir, 'vong-lap.tiendo');
    const base = reportScenario();
    const [first, second] = [...base.tasks].sort((a, b) => a.position - b.position);
    createPlanFile(plan, { ...base, links: [...base.links, { id: 'back', predecessorId: second!.id, successorId: first!.id, type: 'FS', lag: 0 }] });
    const out = path.join(dir, 'r.docx');
    expect(runTiendo(['report', plan, '--format', 'docx', '--out', out])).toMatchObject({ status: 2, stderr: 'Kế hoạch có vòng lặp liên kết nên chưa tính được lịch: không thể lập báo cáo tiến độ.\n' });
    expect(runTiendo(['report', plan, '--format', 'docx', '--out', out, '--lang', 'en']).stderr).toBe('The plan has a loop of links, so its schedule cannot be computed: the progress report cannot be made.\n');
    expect(fs.existsSync(out)).toBe(false);
  });
});
