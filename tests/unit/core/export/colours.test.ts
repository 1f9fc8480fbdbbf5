/** Exports use the chart's colours, so a slide looks like the app. */
import { describe, expect, it } from 'vitest';
import { TIMELINE_COLOURS } from '../../../../core/export/colours';
import { GANTT_COLOURS } from '../../../../renderer/gantt/colours';

describe('timeline colours', () => {
  it('equal the on-screen chart colours wherever both define one', () => {
    const shared = Object.keys(TIMELINE_COLOURS).filter((k) => k in GANTT_COLOURS);
    expect(shared.length).toBeGreaterThanOrEqual(15);
    for (const k of shared) expect(TIMELINE_COLOURS[k as keyof typeof TIMELINE_COLOURS], k).toBe(GANTT_COLOURS[k as keyof typeof GANTT_COLOURS]);
  });
});
