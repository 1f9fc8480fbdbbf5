/**
 * Issue 13 §3 on real files: the report page printed by Chromium is exactly
 * one A4 page (pdfinfo) whose text (pdftotext) has the plan's numbers, names
 * and dates with their diacritics; its timeline draws the baseline bars
 * (pixels in pdftoppm's rendering); the slide is a 16:9 PNG; the Word
 * document's text (mammoth) has the same figures.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { svgPagesToPdf, svgPagesToPng } from '../../../../cli/chromium';
import { embeddedFontCss } from '../../../../cli/exportFont';
import { buildProgressReport } from '../../../../core/report/progressReport';
import { progressReportDocx } from '../../../../core/report/reportDocx';
import { A4_PAGE, reportPageSvg } from '../../../../core/report/reportPage';
import { REPORT_SLIDE, reportSlideSvg } from '../../../../core/report/reportSlide';
import type { Language } from '../../../../core/language';
import type { Plan } from '../../../../core/model';
import { tempDir } from '../../db/fixtures';
import { longPlan } from '../export/plans';
import { reportScenario, STATUS } from './reportPlans';

const fontCss = embeddedFontCss();

async function printPage(plan: Plan, lang: Language, groupByUnit = false): Promise<string> {
  const report = buildProgressReport(plan, { today: '2026-12-04', groupByUnit });
  const pdf = await svgPagesToPdf([{ svg: reportPageSvg(report, { language: lang, fontCss }), width: A4_PAGE.width, height: A4_PAGE.height }], A4_PAGE.mm, lang);
  const file = path.join(tempDir(), 'bao-cao.pdf');
  fs.writeFileSync(file, pdf);
  return file;
}

const pdfInfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
/** One A4 portrait page: 595 × 842 pt, within Chromium's rounding. */
function expectOneA4Page(file: string): void {
  const info = pdfInfo(file);
  expect(info).toMatch(/^Pages:\s+1$/m);
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  expect(Math.abs(Number(w) - 595.28)).toBeLessThan(1.5);
  expect(Math.abs(Number(h) - 841.89)).toBeLessThan(1.5);
}

describe('the progress report as files', { timeout: 180_000 }, () => {
  it('is one A4 page whose text has the numbers, names and dates of the plan, diacritics intact', async () => {
    const file = await printPage(reportScenario(), 'vi');
    expectOneA4Page(file);
    const text = pdfText(file).replace(/[ \t]+/g, ' ');
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ HẢI PHÒNG',
      'Hải Phòng, ngày 04 tháng 12 năm 2026',
      'BÁO CÁO TIẾN ĐỘ',
      'Tính đến ngày cập nhật 03/12/2026',
      'Dự kiến hoàn thành ngày 17/02/2027, chậm 34 ngày làm việc so với hạn chót 31/12/2026.',
      'So với “Kế hoạch được duyệt” (lưu ngày 01/04/2026, kết thúc 31/12/2026): chậm 34 ngày làm việc.',
      'Đường găng còn 54 ngày làm việc',
      '7 công việc găng chưa hoàn thành: STT 11–17.',
      'Đã hoàn thành: STT 1–10.',
      'Đang thực hiện: STT 11 (50 %).',
      'Công việc trễ hạn (6)',
      'Công việc tháng tới (04/12/2026 – 03/01/2027)',
      'Trình TTCP phê duyệt Đề án',
      'Phòng Quản lý Khoa học',
      'Đơn vị tư vấn',
      'Cập nhật 03/12/2026',
      'Hạn chót 31/12/2026',
    ]) {
      expect(text).toContain(s);
    }
    // The figure cards: 17 tasks, 10 finished, 1 in progress, 6 not started, 6 late.
    expect(text).toMatch(/17\s+10\s+1\s+6\s+6\s*\n\s*Tổng số công việc\s+Đã hoàn thành\s+Đang thực hiện\s+Chưa bắt đầu\s+Trễ hạn/);
    // Task 11: 50 %, projected to finish 17/12/2026, 24 working days late.
    expect(text).toMatch(/11 Tổ chức xin ý kiến các bộ.*Phòng Quản lý Khoa học 50 17\/12\/2026 24/);
    expect(text).toMatch(/12 Hoàn thiện hồ sơ trình UBND TP.*Đơn vị tư vấn 0 31\/12\/2026 14/);
  });

  it('draws the baselines as grey bars under the current ones (pixels of the printed page)', async () => {
    const file = await printPage(reportScenario(), 'vi');
    execFileSync('pdftoppm', ['-r', '96', '-png', '-singlefile', file, file.replace(/\.pdf$/, '')]);
    const png = PNG.sync.read(fs.readFileSync(file.replace(/\.pdf$/, '.png')));
    let grey = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (Math.abs(r - 0x9a) < 10 && Math.abs(g - 0xa5) < 10 && Math.abs(b - 0xb1) < 10) grey++;
    }
    expect(grey).toBeGreaterThan(300); // 17 thin bars (and the key's swatch)
    const without = await printPage({ ...reportScenario(), baselines: [] }, 'vi');
    expect(pdfText(without)).toContain('Chưa lưu kế hoạch gốc');
  });

  it('in English, grouped by lead unit, still one page', async () => {
    const file = await printPage(reportScenario(), 'en', true);
    expectOneA4Page(file);
    const text = pdfText(file).replace(/[ \t]+/g, ' ');
    for (const s of ['SOCIALIST REPUBLIC OF VIETNAM', 'PROGRESS REPORT', 'As of the status date 03/12/2026', 'Projected finish 17/02/2027, 34 working days after the deadline 31/12/2026.', 'By lead unit', 'Late tasks (6)']) {
      expect(text).toContain(s);
    }
    expect(text).toMatch(/Phòng Quản lý Khoa học 7 4 1 2 3/);
    expect(text).toMatch(/Đơn vị tư vấn 5 2 0 3 3/);
  });

  it('fits a 300-task plan on one page, the lists cut with “… và N công việc khác”', async () => {
    const plan = { ...longPlan(300), info: { ...longPlan(1).info, statusDate: '2026-10-01' } };
    const file = await printPage(plan, 'vi', true);
    expectOneA4Page(file);
    expect(pdfText(file)).toMatch(/… và \d+ công việc khác/);
  });

  it('makes a 16:9 slide (1280 × 720, PNG at 2×) with the figures', async () => {
    const report = buildProgressReport(reportScenario(), { today: '2026-12-04' });
    const svg = reportSlideSvg(report, { language: 'vi', fontCss });
    expect(svg).toContain('trễ 24 ngày');
    const [png] = await svgPagesToPng([{ svg, width: REPORT_SLIDE.width, height: REPORT_SLIDE.height }], 2, 'vi');
    const image = PNG.sync.read(png!);
    expect([image.width, image.height]).toEqual([2560, 1440]);
  });

  it('writes a Word document with the national motto, the figures and the late tasks', async () => {
    const report = buildProgressReport(reportScenario(), { today: '2026-12-04', groupByUnit: true });
    const file = path.join(tempDir(), 'bao-cao.docx');
    fs.writeFileSync(file, await progressReportDocx(report, 'vi'));
    const { value } = await mammoth.extractRawText({ path: file });
    const text = value.replace(/\n+/g, '\n');
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hải Phòng, ngày 04 tháng 12 năm 2026',
      'BÁO CÁO TIẾN ĐỘ',
      `Tính đến ngày cập nhật ${STATUS.split('-').reverse().join('/')}`,
      'Tổng số 17 công việc: đã hoàn thành 10; đang thực hiện 1; chưa bắt đầu 6; trễ hạn 6.',
      'Dự kiến hoàn thành ngày 17/02/2027, chậm 34 ngày làm việc so với hạn chót 31/12/2026.',
      'Theo đơn vị chủ trì',
    ]) {
      expect(text).toContain(s);
    }
    // Names are cut to two lines of their column (the whole name is in the plan table).
    expect(text).toMatch(/11\nTổ chức xin ý kiến các bộ, ngành trung ương \(GD&ĐT, NN&MT, KH&CN\);[^\n]*…\nPhòng Quản lý Khoa học\n50\n17\/12\/2026\n24/);
    expect(text).toContain('Phòng Quản lý Khoa học\n7\n4\n1\n2\n3');
  });

  it('keeps the Word document on one A4 page (LibreOffice’s rendering), grouped or not, cutting the lists', async () => {
    const dir = tempDir();
    const names: string[] = [];
    for (const [lang, groupByUnit] of [['vi', true], ['vi', false], ['en', true]] as const) {
      const report = buildProgressReport(reportScenario(), { today: '2026-12-04', groupByUnit });
      const name = `bao-cao-${lang}-${groupByUnit ? 'don-vi' : 'chung'}`;
      fs.writeFileSync(path.join(dir, `${name}.docx`), await progressReportDocx(report, lang));
      names.push(name);
    }
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'pdf', '--outdir', dir, ...names.map((n) => path.join(dir, `${n}.docx`))], { stdio: 'ignore', timeout: 120_000 });
    for (const name of names) expect(pdfInfo(path.join(dir, `${name}.pdf`))).toMatch(/^Pages:\s+1$/m);
    expect(pdfText(path.join(dir, `${names[0]}.pdf`)).replace(/\s+/g, ' ')).toMatch(/… và \d+ công việc khác/);
  });
});
