/**
 * The chart's colours. gantt.css defines each one as a CSS variable on :root
 * (the legend and the table use `var(--g-critical)` …); this object gives
 * the same values to code (a unit test keeps the two in step). The values
 * come from core/export/colours.ts so exports look exactly like the screen.
 */
import { TIMELINE_COLOURS } from '../../core/export/colours';

export const GANTT_COLOURS = {
  /** Task with float; critical (đường găng); milestone; effort stripes; late outline; window band; days off… */
  ...pick(TIMELINE_COLOURS, [
    'normal',
    'normalProgress',
    'critical',
    'criticalProgress',
    'milestone',
    'effort',
    'effortLight',
    'late',
    'window',
    'windowBorder',
    'nonWorking',
    'today',
    'deadline',
    'summary',
    'gridLine',
    'gridLineStrong',
    'headerBackground',
    'headerText',
    'headerMuted',
    'link',
  ]),
  /** Screen only: the selection; the status date line (exports leave progress tracking out). */
  selected: '#102a43',
  statusDate: '#5b3fa8',
  selectedRow: 'rgba(30, 111, 217, 0.08)',
} as const;

function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, from[k]])) as Pick<T, K>;
}

export type GanttColourName = keyof typeof GANTT_COLOURS;

/** The CSS variable of each colour: normalProgress → --g-normal-progress, nonWorking → --g-nonworking. */
export const GANTT_COLOUR_VARS: Readonly<Record<GanttColourName, string>> = Object.fromEntries(
  Object.keys(GANTT_COLOURS).map((name) => [
    name,
    name === 'nonWorking' ? '--g-nonworking' : `--g-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
  ]),
) as Record<GanttColourName, string>;
