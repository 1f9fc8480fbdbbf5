/**
 * The window's size, position and maximized state between runs. Pure: the
 * saved state is validated with zod and placed on the displays main.ts reads
 * from Electron's `screen`, so a window saved on a monitor that is gone (or
 * now smaller) still opens fully visible.
 */
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** As secureWindowOptions in security.ts (a test keeps them equal). */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;
export const MIN_WINDOW_SIZE = { width: 800, height: 500 } as const;

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);

export const windowStateSchema = z.object({
  x: coordinate,
  y: coordinate,
  width: length,
  height: length,
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

/** x/y absent: Electron centres the window. */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** What to save when the window closes: its normal (not maximized) bounds and whether it was maximized. */
export function captureWindowState(normalBounds: Rect, maximized: boolean): WindowState {
  return {
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    width: Math.max(1, Math.round(normalBounds.width)),
    height: Math.max(1, Math.round(normalBounds.height)),
    maximized,
  };
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), Math.max(low, high));

/** Fits a length into what the display has, never below the minimum unless the display itself is smaller. */
function fit(wanted: number, minimum: number, available: number): number {
  return Math.min(Math.max(wanted, minimum), available);
}

/**
 * Where to open the window. `workAreas` are the displays' work areas (without
 * task bars and docks); `primary` is the primary display's.
 * - nothing saved: the default size (shrunk to the display), centred;
 * - saved on a display that still exists: on the display it overlaps most,
 *   shrunk to fit and moved fully inside it;
 * - saved on no current display: its size on the primary display, centred.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[], primary: Rect): WindowPlacement {
  if (saved === null) {
    return {
      width: fit(DEFAULT_WINDOW_SIZE.width, MIN_WINDOW_SIZE.width, primary.width),
      height: fit(DEFAULT_WINDOW_SIZE.height, MIN_WINDOW_SIZE.height, primary.height),
      maximized: false,
    };
  }
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(saved, area);
    if (overlap > bestArea) [best, bestArea] = [area, overlap];
  }
  const area = best ?? primary;
  const width = fit(saved.width, MIN_WINDOW_SIZE.width, area.width);
  const height = fit(saved.height, MIN_WINDOW_SIZE.height, area.height);
  if (best === null) return { width, height, maximized: saved.maximized };
  return {
    x: clamp(saved.x, area.x, area.x + area.width - width),
    y: clamp(saved.y, area.y, area.y + area.height - height),
    width,
    height,
    maximized: saved.maximized,
  };
}
