/**
 * Window placement between runs: the saved state (validated) placed on the
 * displays of today, always fully visible.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { secureWindowOptions } from '../../../electron/security';
import {
  captureWindowState,
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  placeWindow,
  windowStateSchema,
  type Rect,
  type WindowState,
} from '../../../electron/windowState';

const LAPTOP: Rect = { x: 0, y: 0, width: 1366, height: 728 };
const RIGHT_MONITOR: Rect = { x: 1366, y: -200, width: 2560, height: 1400 };
const saved = (s: Partial<WindowState>): WindowState => ({ x: 100, y: 80, width: 1200, height: 700, maximized: false, ...s });

describe('placeWindow', () => {
  it('first run: the default size, centred (no x/y), shrunk to a small screen', () => {
    expect(placeWindow(null, [RIGHT_MONITOR], RIGHT_MONITOR)).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
    expect(placeWindow(null, [LAPTOP], LAPTOP)).toEqual({ width: 1280, height: 728, maximized: false });
  });

  it('a window that fits stays exactly where it was', () => {
    expect(placeWindow(saved({ height: 600 }), [LAPTOP, RIGHT_MONITOR], LAPTOP)).toEqual({ x: 100, y: 80, width: 1200, height: 600, maximized: false });
    // 80 + 700 > 728: the same window 700 high moves up just enough
    expect(placeWindow(saved({}), [LAPTOP, RIGHT_MONITOR], LAPTOP)).toEqual({ x: 100, y: 28, width: 1200, height: 700, maximized: false });
  });

  it('keeps the display it overlaps most, and moves inside it', () => {
    // Mostly on the right monitor, hanging off its bottom edge.
    const placement = placeWindow(saved({ x: 2000, y: 900, width: 1600, height: 900 }), [LAPTOP, RIGHT_MONITOR], LAPTOP);
    expect(placement).toEqual({ x: 2000, y: 300, width: 1600, height: 900, maximized: false });
  });

  it('a monitor that is gone: same size on the primary display, centred', () => {
    const placement = placeWindow(saved({ x: 3000, y: 100, width: 1000, height: 600, maximized: true }), [LAPTOP], LAPTOP);
    expect(placement).toEqual({ width: 1000, height: 600, maximized: true });
  });

  it('too big for the display: shrunk to its work area', () => {
    expect(placeWindow(saved({ x: -50, y: -50, width: 4000, height: 3000 }), [LAPTOP], LAPTOP)).toEqual({ x: 0, y: 0, width: 1366, height: 728, maximized: false });
  });

  it('too small (edited file): grown to the minimum', () => {
    expect(placeWindow(saved({ width: 10, height: 10 }), [LAPTOP], LAPTOP)).toMatchObject(MIN_WINDOW_SIZE);
  });

  it('property: a placed window is always inside a display, at least the minimum unless the display is smaller', () => {
    const rect = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: 600, max: 4000 }),
      height: fc.integer({ min: 400, max: 2500 }),
    });
    const state = fc.record({
      x: fc.integer({ min: -100_000, max: 100_000 }),
      y: fc.integer({ min: -100_000, max: 100_000 }),
      width: fc.integer({ min: 1, max: 100_000 }),
      height: fc.integer({ min: 1, max: 100_000 }),
      maximized: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.option(state, { nil: null }), fc.array(rect, { minLength: 1, maxLength: 3 }), (s, displays) => {
        const primary = displays[0]!;
        const p = placeWindow(s, displays, primary);
        const host = p.x === undefined ? primary : displays.find((d) => p.x! >= d.x && p.y! >= d.y && p.x! + p.width <= d.x + d.width && p.y! + p.height <= d.y + d.height);
        expect(host).toBeDefined();
        expect(p.width).toBeLessThanOrEqual(host!.width);
        expect(p.height).toBeLessThanOrEqual(host!.height);
        expect(p.width).toBeGreaterThanOrEqual(Math.min(MIN_WINDOW_SIZE.width, host!.width));
        expect(p.height).toBeGreaterThanOrEqual(Math.min(MIN_WINDOW_SIZE.height, host!.height));
        expect(p.maximized).toBe(s?.maximized ?? false);
      }),
    );
  });
});

describe('saved state', () => {
  it('captures normal bounds (rounded) and the maximized flag', () => {
    expect(captureWindowState({ x: 10.4, y: 20.6, width: 1000.2, height: 700.7 }, true)).toEqual({ x: 10, y: 21, width: 1000, height: 701, maximized: true });
  });

  it('the schema refuses what a damaged or edited file might hold', () => {
    expect(windowStateSchema.safeParse(saved({})).success).toBe(true);
    for (const bad of [{}, saved({ width: 0 }), saved({ x: 1.5 }), saved({ height: -3 }), { ...saved({}), maximized: 'yes' }, saved({ x: 1e9 }), null, 'x']) {
      expect(windowStateSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('uses the same default and minimum size as the window factory', () => {
    const options = secureWindowOptions({ preloadPath: '/p.cjs', devTools: false, title: 't' });
    expect({ width: options.width, height: options.height }).toEqual(DEFAULT_WINDOW_SIZE);
    expect({ width: options.minWidth, height: options.minHeight }).toEqual(MIN_WINDOW_SIZE);
  });
});
