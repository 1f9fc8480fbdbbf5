/**
 * Issue 11 §4: sections (summary tasks) in the exports. The appendix writes
 * a section row as the plan does — bold, its name across the empty columns,
 * the plan's own numbering in STT — in XLSX, DOCX and CSV; the timeline draws
 * a section as a bracket with a bold name and keeps a kept task's sections
 * when filtering.
 */
import { describe, expect, it } from 'vitest';
import { TIMELINE_COLOURS as C } from '../../../../core/export/colours';
import { defaultExportOptions } from '../../../../core/export/options';
import { layoutTimeline } from '../../../../core/export/timelineLayout';
import { renderTimelineSvg } from '../../../../core/export/timelineSvg';
import { planTableCsv, planTableDocx, planTableXlsx } from '../../../../core/formats';
import { planTableRows } from '../../../../core/formats/planTableRows';
import { XLSX_HEADER_ROW } from '../../../../core/formats/planTableXlsx';
import { tasksInOrder } from '../../../../core/model';
import { schedulePlan } from '../../../../core/schedule';
import { zipPart } from '../formats/support';
import { defaultPlan, sectionedPlan } from './plans';

const plan = sectionedPlan();
const STT = ['I', '1', '2', '3', '4', 'II', '1', '1.1', '1.2', '1.3', ...Array.from({ length: 10 }, (_, i) => String(i + 2))];

describe('the appendix of a plan with sections', () => {
  const table = planTableRows(plan);

  it('keeps the plan’s own numbering and marks the section rows', () => {
    expect(table.rows.map((r) => r[0])).toEqual(STT);
    expect(table.sections.flatMap((s, i) => (s ? [table.rows[i]![1]] : []))).toEqual(['NHIỆM VỤ CHUNG', 'NHIỆM VỤ CỤ THỂ', 'Tổ chức thực hiện']);
    expect(table.depths.slice(0, 10)).toEqual([0, 1, 1, 1, 1, 0, 1, 2, 2, 2]);
    expect(table.rows).toHaveLength(20);
  });

  it('numbers a plan without sections 1, 2, 3 … as before', () => {
    const flat = planTableRows(defaultPlan());
    expect(flat.rows.map((r) => r[0])).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(flat.sections.every((s) => !s)).toBe(true);
  });

  it('writes XLSX section rows bold, their name merged across the empty columns', async () => {
    const bytes = await planTableXlsx(plan);
    const sheet = await zipPart(bytes, 'xl/worksheets/sheet1.xml');
    const styles = await zipPart(bytes, 'xl/styles.xml');
    const merges = [...sheet.matchAll(/<mergeCell ref="([A-Z]+\d+:[A-Z]+\d+)"\/>/g)].map((m) => m[1]);
    const first = XLSX_HEADER_ROW + 1;
    expect(merges).toContain(`B${first}:F${first}`);
    expect(merges).toContain(`B${first + 5}:F${first + 5}`);
    expect(merges).not.toContain(`B${first + 1}:F${first + 1}`);
    // The section's name cell uses a bold font; a task's does not.
    const fonts = [...styles.matchAll(/<font>([\s\S]*?)<\/font>/g)].map((m) => m[1]!.includes('<b/>'));
    const xfs = [...(styles.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1] ?? '').matchAll(/<xf [^>]*fontId="(\d+)"/g)].map((m) => Number(m[1]));
    const boldOf = (ref: string) => {
      const style = Number(sheet.match(new RegExp(`<c r="${ref}"[^>]*\\ss="(\\d+)"`))?.[1] ?? -1);
      return fonts[xfs[style]!] === true;
    };
    expect(boldOf(`B${first}`)).toBe(true);
    expect(boldOf(`B${first + 1}`)).toBe(false);
  });

  it('writes DOCX section rows bold across the row, tasks inside indented', async () => {
    const doc = await zipPart(await planTableDocx(plan), 'word/document.xml');
    const rows = doc.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(21);
    const section = rows[1]!;
    expect(section).toContain('<w:gridSpan w:val="5"/>');
    expect(section).toMatch(/<w:b\/>[\s\S]*NHIỆM VỤ CHUNG/);
    expect(rows[2]).not.toContain('gridSpan');
    expect(rows[2]).toMatch(/<w:ind w:left="227"\/>/);
    expect(rows[8]).toMatch(/<w:ind w:left="454"\/>/);
  });

  it('writes the numbering into the CSV', () => {
    const lines = planTableCsv(plan).split('\r\n');
    expect(lines[1]).toBe('I,NHIỆM VỤ CHUNG,,,,');
    expect(lines[8]).toMatch(/^1\.1,/);
  });
});

describe('the timeline of a plan with sections', () => {
  const layout = layoutTimeline(plan, schedulePlan(plan), defaultExportOptions('2026-05-20'));
  const rows = layout.pages.flatMap((p) => p.rows);
  const svg = layout.pages.map((_, i) => renderTimelineSvg(layout, i)).join('\n');

  it('draws each section as a bracket with its name in bold and its numbering in STT', () => {
    expect(rows.map((r) => String(r.stt))).toEqual(STT);
    expect(rows.filter((r) => r.summary).map((r) => r.name)).toEqual(['NHIỆM VỤ CHUNG', 'NHIỆM VỤ CỤ THỂ', 'Tổ chức thực hiện']);
    const brackets = svg.match(new RegExp(`<path d="[^"]+" fill="${C.summary}"/>`, 'g')) ?? [];
    expect(brackets.length).toBe(3 + layout.pages.length); // three sections and the legend swatch on every page
    expect(svg).toMatch(/<text [^>]*font-weight="600"[^>]*>NHIỆM VỤ CHUNG<\/text>/);
    expect(svg).toContain('Nhóm công việc (mục)');
    // Indented by depth: the sub-section's tasks start further right than the section's name.
    const x = (name: string) => Number(svg.match(new RegExp(`<text x="([\\d.]+)"[^>]*>${name}</text>`))![1]);
    expect(x('Tổ chức thực hiện')).toBeGreaterThan(x('NHIỆM VỤ CỤ THỂ'));
  });

  it('keeps the sections of the tasks a filter keeps', () => {
    const target = tasksInOrder(plan).find((t) => t.wbs === '1.2')!;
    const filtered = layoutTimeline(plan, schedulePlan(plan), { ...defaultExportOptions('2026-05-20'), filter: { taskIds: [target.id] } });
    expect(filtered.pages.flatMap((p) => p.rows).map((r) => r.name)).toEqual(['NHIỆM VỤ CỤ THỂ', 'Tổ chức thực hiện', target.name]);
  });
});
