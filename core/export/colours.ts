/**
 * Colours of the timeline, on screen and in exports: renderer/gantt/colours.ts
 * takes its values from here, so a meeting slide looks like the app.
 */
export const TIMELINE_COLOURS = {
  normal: '#3b82c4',
  normalProgress: '#1f5f99',
  critical: '#d64545',
  criticalProgress: '#a32b2b',
  milestone: '#7b4fc9',
  effort: '#9aa5b1',
  effortLight: '#cfd6de',
  late: '#f08c00',
  window: 'rgba(30, 111, 217, 0.10)',
  windowBorder: 'rgba(30, 111, 217, 0.45)',
  nonWorking: '#eceff3',
  today: '#e8590c',
  /** A section's (summary task's) bracket. */
  summary: '#243b53',
  /** The plan's deadline line ("Hạn chót"). */
  deadline: '#7a1f1f',
  /** The approved baseline's thin bar under each current bar (kế hoạch gốc). */
  baseline: '#9aa5b1',
  /** Dependency arrows (between two critical tasks they use `critical`). */
  link: '#7b8794',
  gridLine: '#e4e7eb',
  gridLineStrong: '#c5ccd3',
  headerBackground: '#f7f9fb',
  headerText: '#3e4c59',
  headerMuted: '#7b8794',
  /** Export-only: body text and the page background. */
  text: '#102a43',
  background: '#ffffff',
} as const;

export type TimelineColourName = keyof typeof TIMELINE_COLOURS;
