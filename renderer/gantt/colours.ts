/**
 * The chart's colours. gantt.css defines each one as a CSS variable on :root
 * (the legend and the table use `var(--g-critical)` …); this object gives
 * the same values to code (a unit test keeps the two in step).
 */
export const GANTT_COLOURS = {
  /** Task with float. */
  normal: '#3b82c4',
  normalProgress: '#1f5f99',
  /** Task on the critical path (đường găng). */
  critical: '#d64545',
  criticalProgress: '#a32b2b',
  milestone: '#7b4fc9',
  /** Level-of-effort task ("Theo tiến độ thực hiện"): stripes of these two. */
  effort: '#9aa5b1',
  effortLight: '#cfd6de',
  /** Outline of a task that finishes after its plan window. */
  late: '#f08c00',
  /** Plan window band behind a bar. */
  window: 'rgba(30, 111, 217, 0.10)',
  windowBorder: 'rgba(30, 111, 217, 0.45)',
  /** Weekends, holidays and Tết. */
  nonWorking: '#eceff3',
  today: '#e8590c',
  selected: '#102a43',
  selectedRow: 'rgba(30, 111, 217, 0.08)',
  /** Dependency arrows. */
  link: '#7b8794',
  gridLine: '#e4e7eb',
  gridLineStrong: '#c5ccd3',
  headerBackground: '#f7f9fb',
  headerText: '#3e4c59',
  headerMuted: '#7b8794',
} as const;

export type GanttColourName = keyof typeof GANTT_COLOURS;

/** The CSS variable of each colour: normalProgress → --g-normal-progress, nonWorking → --g-nonworking. */
export const GANTT_COLOUR_VARS: Readonly<Record<GanttColourName, string>> = Object.fromEntries(
  Object.keys(GANTT_COLOURS).map((name) => [
    name,
    name === 'nonWorking' ? '--g-nonworking' : `--g-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
  ]),
) as Record<GanttColourName, string>;
