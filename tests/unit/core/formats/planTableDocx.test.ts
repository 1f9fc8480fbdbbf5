/**
 * DOCX: the text read back by mammoth (a different library than the writer),
 * and the document XML checked for the administrative layout.
 */
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { DOCX_TEXT_WIDTH, planTableDocx } from '../../../../core/formats';
import { columnWidths } from '../../../../core/formats/planTableDocx';
import { defaultPlanWithSchedule, zipPart } from './support';

const HEADER = ['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Sản phẩm'];

describe('planTableDocx', () => {
  const { plan, names } = defaultPlanWithSchedule();

  it('holds the heading, the header and all 17 task names exactly', async () => {
    const bytes = await planTableDocx(plan);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(lines[0]).toBe('PHỤ LỤC NHIỆM VỤ CỤ THỂ');
    expect(lines[1]).toMatch(/^\(Kèm theo Kế hoạch số .* của Sở Khoa học và Công nghệ Hải Phòng\)$/);
    expect(lines.slice(2, 8)).toEqual(HEADER);
    for (const name of names) expect(lines).toContain(name);
    expect(lines).toContain('Phòng Quản lý Khoa học; Sở Tài chính');
    // Bold heading, italic caption, bold header cells (mammoth's HTML keeps the emphasis).
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(html).toContain('<p><strong>PHỤ LỤC NHIỆM VỤ CỤ THỂ</strong></p>');
    expect(html).toMatch(/<p><em>\(Kèm theo Kế hoạch số [^<]*\)<\/em><\/p>/);
    expect(html).toContain('<th><p><strong>Nội dung công việc</strong></p></th>');
  });

  it('is Times New Roman 13 on A4 landscape, with a bordered table whose header row repeats', async () => {
    const bytes = await planTableDocx(plan, { columns: ['start', 'finish'] });
    const styles = await zipPart(bytes, 'word/styles.xml');
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toMatch(/<w:rFonts [^>]*w:ascii="Times New Roman"[^>]*\/>/);
    expect(defaults).toMatch(/<w:rFonts [^>]*w:hAnsi="Times New Roman"/);
    expect(defaults).toContain('<w:sz w:val="26"/>');

    const doc = await zipPart(bytes, 'word/document.xml');
    expect(doc).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(doc).not.toMatch(/Arial|Calibri/);
    const rows = doc.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? doc.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(18);
    expect(rows[0]).toMatch(/<w:trPr>.*<w:tblHeader\/>.*<\/w:trPr>/s);
    expect(rows.slice(1).some((r) => r.includes('tblHeader'))).toBe(false);
    expect(rows[0]).toContain('<w:b/>');
    expect(doc).toMatch(/<w:tblBorders>.*<w:insideH w:val="single"[^>]*\/>.*<w:insideV w:val="single"[^>]*\/>.*<\/w:tblBorders>/s);
    const grid = [...doc.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(8);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(DOCX_TEXT_WIDTH);
    expect(grid[1]).toBeGreaterThan(grid[0]! * 4); // the task name is the widest column
    expect(doc).toContain('01/04/2026');
  });

  it('keeps proportional widths and a readable minimum for narrow columns', () => {
    const six = columnWidths(HEADER);
    expect(six.reduce((a, b) => a + b, 0)).toBe(DOCX_TEXT_WIDTH);
    expect(six[1]! / six[2]!).toBeCloseTo(42 / 20, 1);
    const eleven = columnWidths([...HEADER, 'Bắt đầu', 'Kết thúc', '% hoàn thành', 'Găng', 'Trễ (ngày làm việc)']);
    expect(eleven.reduce((a, b) => a + b, 0)).toBe(DOCX_TEXT_WIDTH);
    expect(Math.min(...eleven)).toBeGreaterThanOrEqual(Math.round((13 * 1440) / 25.4));
  });

  it('writes line breaks as paragraphs and hostile text as plain text', async () => {
    const odd = structuredClone(plan);
    const task = odd.tasks.find((t) => t.position === 1)!;
    task.name = '<b>đậm?</b> & "ngoặc" \u0007';
    task.deliverable = 'Dòng một\nDòng hai';
    const bytes = await planTableDocx(odd);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(text).toContain('<b>đậm?</b> & "ngoặc" ');
    const doc = await zipPart(bytes, 'word/document.xml');
    expect(doc).toContain('&lt;b&gt;đậm?&lt;/b&gt; &amp;');
    expect(doc).toMatch(/Dòng một<\/w:t><\/w:r><\/w:p><w:p>.*?Dòng hai/s);
  });
});
