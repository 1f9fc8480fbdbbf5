/** Plan text in an exported SVG stays text: escaped, never markup. */
import { describe, expect, it } from 'vitest';
import { defaultExportOptions } from '../../../../core/export/options';
import { layoutTimeline } from '../../../../core/export/timelineLayout';
import { renderTimelineSvg } from '../../../../core/export/timelineSvg';
import { escapeXml } from '../../../../core/export/xml';
import { schedulePlan } from '../../../../core/schedule';
import { defaultPlan } from './plans';
import { svgTagNames, svgTexts } from './svgText';

const HOSTILE_NAME = `<img src=x onerror="alert('x')"> Đo & đếm "số liệu" 'ngoài' ]]> </text><script>1</script>`;
const HOSTILE_UNIT = `Sở <b>KH&CN</b> "A"`;
const HOSTILE_TITLE = `Kế hoạch <svg onload=alert(1)> & "trích dẫn"`;

function hostileSvg(fontCss = '') {
  const plan = defaultPlan();
  plan.info.title = HOSTILE_TITLE;
  plan.tasks[0]!.name = HOSTILE_NAME;
  plan.units.find((u) => u.id === plan.tasks[0]!.leadUnitId)!.name = HOSTILE_UNIT;
  const layout = layoutTimeline(plan, schedulePlan(plan), { ...defaultExportOptions('2026-05-20'), preset: 'A3' });
  return { svg: renderTimelineSvg(layout, 0, { fontCss }), layout };
}

describe('escaping in the SVG', () => {
  it('escapes names, unit names and the title: no element comes from plan text', () => {
    const { svg, layout } = hostileSvg();
    const allowed = new Set(['svg', 'title', 'defs', 'style', 'pattern', 'clipPath', 'g', 'rect', 'line', 'path', 'polygon', 'text']);
    expect([...svgTagNames(svg)].filter((tag) => !allowed.has(tag))).toEqual([]);
    expect(svg).not.toMatch(/<img|<script|<b>|<svg onload/);
    expect(svg).toContain('&lt;img src=x onerror=&quot;alert(&apos;x&apos;)&quot;&gt;');
    // Read back, the texts are exactly what the plan says.
    const texts = svgTexts(svg);
    const row = layout.pages[0]!.rows[0]!;
    expect(row.nameLines.join(' ')).toBe(HOSTILE_NAME);
    for (const l of row.nameLines) expect(texts).toContain(l);
    expect(texts).toContain(HOSTILE_UNIT);
    expect(texts.join(' ')).toContain('Kế hoạch <svg onload=alert(1)> & "trích dẫn"');
  });

  it('keeps the font CSS inside CDATA and cannot be closed early by it', () => {
    const { svg } = hostileSvg("@font-face{font-family:'Noto Sans'}]]><script>x</script>");
    expect(svg).toContain("<style><![CDATA[@font-face{font-family:'Noto Sans'}<script>x</script>]]></style>");
    expect([...svgTagNames(svg)]).not.toContain('script');
  });

  it('drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0000b\u0007c\ud800d\uffffe\u{1F600}')).toBe('abcde\u{1F600}');
    expect(escapeXml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&apos;');
  });
});
