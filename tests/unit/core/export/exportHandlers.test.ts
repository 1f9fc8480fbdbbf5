/**
 * db/handlers/timelineExport.ts through the real dispatcher: bytes checked
 * before anything is asked, files written whole (one or several pages),
 * nothing written on cancel or refusal, PDF printed by the host.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../core/api/dispatch';
import { defaultExportOptions } from '../../../../core/export/options';
import { parsePrintHash } from '../../../../core/export/printRoute';
import { layoutTimeline } from '../../../../core/export/timelineLayout';
import { renderTimelineSvg } from '../../../../core/export/timelineSvg';
import { schedulePlan } from '../../../../core/schedule';
import { createApiHandlers } from '../../../../db/handlers';
import { pageFileName, safeFileName } from '../../../../db/handlers/timelineExport';
import { createPlanFile } from '../../../../db/planStore';
import { openPlanSession } from '../../../../db/session';
import { createTestHost, type TestHostOptions } from '../../../support/testHost';
import { defaultPlan } from './plans';

const PNG_BYTES = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('rest of a png')]);
const SVG_TEXT = '<svg xmlns="http://www.w3.org/2000/svg"><text>Tiến Độ</text></svg>';
const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function setup(hostOptions: TestHostOptions = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-export-h-'));
  dirs.push(dir);
  const planPath = createPlanFile(path.join(dir, 'Ke-hoach-1049.tiendo'), defaultPlan());
  const session = openPlanSession(planPath);
  const host = createTestHost(hostOptions);
  const handlers = createApiHandlers(session, host); // once per window, as in the app
  const call = (method: string, ...args: unknown[]) => dispatch(handlers, method, args);
  const files = () => fs.readdirSync(dir).sort();
  return { dir, host, call, files, close: () => session.close() };
}

describe('saveTimelineExport', () => {
  it('writes one page to the chosen file, with the extension added', async () => {
    const t = setup();
    t.host.saveAnswers.push(path.join(t.dir, 'Họp giao ban'));
    const result = await t.call('saveTimelineExport', { format: 'png', pages: [b64(PNG_BYTES)], suggestedName: 'Ke-hoach-1049 - Biểu đồ tiến độ.png' });
    const target = path.join(t.dir, 'Họp giao ban.png');
    expect(result).toEqual({ ok: true, value: { path: target, paths: [target] } });
    expect(fs.readFileSync(target)).toEqual(PNG_BYTES);
    expect(t.host.asked).toEqual([{ kind: 'save', title: 'Lưu ảnh biểu đồ tiến độ', defaultName: 'Ke-hoach-1049 - Biểu đồ tiến độ.png' }]);
    expect(t.files()).toContain('Họp giao ban.png');
    expect(t.files().filter((f) => f.endsWith('.tmp'))).toEqual([]); // no temporary files left
    t.close();
  });

  it('writes several pages beside it as -trang-01, -trang-02 …', async () => {
    const t = setup();
    t.host.saveAnswers.push(path.join(t.dir, 'tien-do.svg'));
    const pages = [SVG_TEXT, `<?xml version="1.0"?>\n${SVG_TEXT}`, SVG_TEXT].map(b64);
    const result = await t.call('saveTimelineExport', { format: 'svg', pages, suggestedName: 'x.svg' });
    expect(result.ok && (result.value as { paths: string[] }).paths.map((p) => path.basename(p))).toEqual(['tien-do-trang-01.svg', 'tien-do-trang-02.svg', 'tien-do-trang-03.svg']);
    expect(fs.readFileSync(path.join(t.dir, 'tien-do-trang-02.svg'), 'utf8')).toContain('Tiến Độ');
    t.close();
  });

  it('refuses bytes that are not the format, before asking, and writes nothing', async () => {
    const t = setup();
    const before = t.files();
    t.host.saveAnswers.push(path.join(t.dir, 'a.png'));
    const result = await t.call('saveTimelineExport', { format: 'png', pages: [b64(PNG_BYTES), b64('<html><img src=x onerror=alert(1)>')], suggestedName: 'a.png' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-export', message: 'Dữ liệu trang 2 không phải ảnh PNG hợp lệ; chưa lưu gì.' } });
    expect(t.host.asked).toEqual([]);
    expect(t.files()).toEqual(before);
    const svg = await t.call('saveTimelineExport', { format: 'svg', pages: [b64('<script>alert(1)</script>')], suggestedName: 'a.svg' });
    expect(svg).toMatchObject({ ok: false, error: { code: 'invalid-export' } });
    const notBase64 = await t.call('saveTimelineExport', { format: 'png', pages: ['@@@'], suggestedName: 'a.png' });
    expect(notBase64).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    t.close();
  });

  it('saves only an SVG we draw: a real chart with its embedded font passes; script, foreign elements, events, links do not', async () => {
    const t = setup();
    const plan = defaultPlan();
    const fontCss = "@font-face{font-family:'Noto Sans';src:url(data:font/woff2;base64,d09GMgABAAA=) format('woff2')}";
    const chart = renderTimelineSvg(layoutTimeline(plan, schedulePlan(plan), defaultExportOptions('2026-05-20')), 0, { fontCss });
    t.host.saveAnswers.push(path.join(t.dir, 'bieu-do.svg'));
    expect(await t.call('saveTimelineExport', { format: 'svg', pages: [b64(chart)], suggestedName: 'x.svg' })).toMatchObject({ ok: true });
    const before = t.files();
    const end = chart.lastIndexOf('</svg>');
    const hostile = [
      chart.slice(0, end) + '<script>alert(1)</script></svg>',
      chart.slice(0, end) + '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject></svg>',
      chart.replace('<svg ', '<svg onload="alert(1)" '),
      chart.slice(0, end) + '<image href="https://example.com/track.png"/></svg>',
      chart.slice(0, end) + '<rect width="1" height="1" fill="url(https://example.com/x)"/></svg>',
      chart.slice(0, end) + '<text xlink:href="file:///etc/passwd">x</text></svg>',
      chart.replace('<style><![CDATA[', '<style><![CDATA[@import "https://example.com/a.css";'),
      `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "y">]>${chart}`,
      `<?xml version="1.0"?><?xml-stylesheet href="https://example.com/a.css"?>${chart}`,
    ];
    for (const svg of hostile) {
      const single = await t.call('saveTimelineExport', { format: 'svg', pages: [b64(svg)], suggestedName: 'a.svg' });
      expect(single).toMatchObject({ ok: false, error: { code: 'invalid-export', message: expect.stringMatching(/không phải (biểu đồ do Tiến Độ vẽ|ảnh SVG hợp lệ).*chưa lưu gì/u) } });
    }
    t.host.saveAnswers.push(path.join(t.dir, 'dai.svg'));
    const begun = (await t.call('beginTimelineExport', { format: 'svg', pageCount: 1, suggestedName: 'dai.svg' })) as { value: { exportId: string } };
    const streamed = await t.call('writeTimelineExportPage', { exportId: begun.value.exportId, page: 1, dataBase64: b64(hostile[0]!) });
    expect(streamed).toMatchObject({ ok: false, error: { code: 'invalid-export' } });
    expect(t.files()).toEqual(before);
    t.close();
  });

  it('writes nothing when the user cancels, or when the folder cannot be written', async () => {
    const t = setup();
    const before = t.files();
    expect(await t.call('saveTimelineExport', { format: 'png', pages: [b64(PNG_BYTES)], suggestedName: 'a.png' })).toEqual({ ok: true, value: null });
    t.host.saveAnswers.push(path.join(t.dir, 'khong-co-thu-muc', 'a.png'));
    const failed = await t.call('saveTimelineExport', { format: 'png', pages: [b64(PNG_BYTES), b64(PNG_BYTES)], suggestedName: 'a.png' });
    expect(failed).toMatchObject({ ok: false, error: { code: 'cannot-write' } });
    expect((failed as { error: { message: string } }).error.message).toMatch(/^Không ghi được tệp .*chưa lưu gì\.$/);
    expect(t.files()).toEqual(before);
    t.close();
  });
});

describe('exportTimelinePdf', () => {
  const options = { ...defaultExportOptions('2026-05-20'), preset: 'A3' as const, orientation: 'portrait' as const };

  it('prints the print route of these options with the host, then saves the PDF', async () => {
    const requests: unknown[] = [];
    const t = setup({
      printToPdf: async (request) => {
        requests.push(request);
        return new Uint8Array(Buffer.from('%PDF-1.4\n% Tiến Độ'));
      },
    });
    t.host.saveAnswers.push(path.join(t.dir, 'in.pdf'));
    const result = await t.call('exportTimelinePdf', { options });
    expect(result).toEqual({ ok: true, value: { path: path.join(t.dir, 'in.pdf'), paths: [path.join(t.dir, 'in.pdf')] } });
    expect(fs.readFileSync(path.join(t.dir, 'in.pdf'), 'utf8')).toBe('%PDF-1.4\n% Tiến Độ');
    expect(requests).toHaveLength(1);
    const request = requests[0] as { route: string; pageSize: string; landscape: boolean };
    expect(request).toMatchObject({ pageSize: 'A3', landscape: false });
    expect(parsePrintHash(request.route.slice('index.html'.length))).toEqual(options);
    expect(t.host.asked.at(-1)).toMatchObject({ title: 'Lưu biểu đồ tiến độ (PDF)', defaultName: 'Ke-hoach-1049 - Biểu đồ tiến độ A3.pdf' });
    t.close();
  });

  it('refuses without printing: a slide, an empty selection, a host that cannot print, bytes that are not PDF', async () => {
    let printed = 0;
    const t = setup({
      printToPdf: async () => {
        printed += 1;
        return new Uint8Array(Buffer.from('<html>'));
      },
    });
    const slide = await t.call('exportTimelinePdf', { options: { ...options, preset: 'slide' } });
    expect(slide).toMatchObject({ ok: false, error: { code: 'pdf-needs-paper' } });
    const empty = await t.call('exportTimelinePdf', { options: { ...options, filter: { text: 'không tồn tại' } } });
    expect(empty).toMatchObject({ ok: false, error: { code: 'nothing-to-export', message: 'Không có công việc nào trong khoảng thời gian và bộ lọc đã chọn.' } });
    expect(printed).toBe(0);
    expect(await t.call('exportTimelinePdf', { options })).toMatchObject({ ok: false, error: { code: 'pdf-failed' } });
    expect(t.host.asked).toEqual([]);
    t.close();
    const noPrinter = setup();
    expect(await noPrinter.call('exportTimelinePdf', { options })).toMatchObject({ ok: false, error: { code: 'pdf-unavailable' } });
    noPrinter.close();
  });
});

describe('file names', () => {
  it('keeps Vietnamese, drops folders and characters Windows refuses', () => {
    expect(safeFileName('../../etc/Tiến độ: "họp" <1>?.png', 'png')).toBe('Tiến độ_ _họp_ _1__.png');
    expect(safeFileName('   ', 'pdf')).toBe('Biểu đồ tiến độ.pdf');
    expect(safeFileName('a.PNG', 'png')).toBe('a.PNG');
    expect(pageFileName('/a/b.png', 3, 12)).toBe('/a/b-trang-03.png');
    expect(pageFileName('/a/b.png', 7, 120)).toBe('/a/b-trang-007.png');
  });
});

describe('streamed export (begin → pages → finish)', () => {
  const png = (n: number) => b64(Buffer.concat([PNG_BYTES, Buffer.from(`trang ${n}`)]));

  it('asks first, keeps pages aside, and writes them all at finish', async () => {
    const t = setup();
    const before = t.files();
    t.host.saveAnswers.push(path.join(t.dir, 'slide.png'));
    const begun = await t.call('beginTimelineExport', { format: 'png', pageCount: 3, suggestedName: 'a.png' });
    expect(begun.ok).toBe(true);
    const { exportId, paths } = (begun as { value: { exportId: string; paths: string[] } }).value;
    expect(paths.map((p) => path.basename(p))).toEqual(['slide-trang-01.png', 'slide-trang-02.png', 'slide-trang-03.png']);
    for (const page of [2, 1, 3]) expect(await t.call('writeTimelineExportPage', { exportId, page, dataBase64: png(page) })).toEqual({ ok: true, value: null });
    expect(t.files().filter((f) => f.endsWith('.png'))).toEqual([]); // nothing visible before finish
    const done = await t.call('finishTimelineExport', { exportId });
    expect(done).toEqual({ ok: true, value: { path: paths[0], paths } });
    paths.forEach((p, i) => expect(fs.readFileSync(p).toString('latin1')).toContain(`trang ${i + 1}`));
    expect(t.files().filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(t.files().length).toBe(before.length + 3);
    t.close();
  });

  it('writes nothing when a page is missing, bad or the export is cancelled', async () => {
    const t = setup();
    const before = t.files();
    const begin = async (n: number) => {
      t.host.saveAnswers.push(path.join(t.dir, 'x.svg'));
      return ((await t.call('beginTimelineExport', { format: 'svg', pageCount: n, suggestedName: 'x.svg' })) as { value: { exportId: string } }).value.exportId;
    };
    const a = await begin(2);
    await t.call('writeTimelineExportPage', { exportId: a, page: 1, dataBase64: b64(SVG_TEXT) });
    expect(await t.call('finishTimelineExport', { exportId: a })).toMatchObject({ ok: false, error: { code: 'invalid-export', message: 'Thiếu trang 2; chưa lưu gì.' } });
    expect(await t.call('finishTimelineExport', { exportId: a })).toMatchObject({ ok: false, error: { message: 'Lần xuất này đã kết thúc hoặc không tồn tại.' } });
    const b = await begin(2);
    expect(await t.call('writeTimelineExportPage', { exportId: b, page: 1, dataBase64: b64('<p>không phải SVG</p>') })).toMatchObject({ ok: false, error: { code: 'invalid-export' } });
    expect(await t.call('writeTimelineExportPage', { exportId: b, page: 3, dataBase64: b64(SVG_TEXT) })).toMatchObject({ ok: false, error: { code: 'invalid-export' } });
    await t.call('writeTimelineExportPage', { exportId: b, page: 2, dataBase64: b64(SVG_TEXT) });
    expect(await t.call('cancelTimelineExport', { exportId: b })).toEqual({ ok: true, value: null });
    expect(t.files()).toEqual(before);
    expect(await t.call('beginTimelineExport', { format: 'svg', pageCount: 2, suggestedName: 'x.svg' })).toEqual({ ok: true, value: null }); // cancelled dialog
    t.close();
  });
});
