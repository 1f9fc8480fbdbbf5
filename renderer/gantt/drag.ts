/**
 * Dragging bars: the body moves a task, the right end changes its duration,
 * the knob under the bar its progress. Mouse positions become snapped
 * changes (dragMath.ts); at most one preview per animation frame goes to the
 * app, which reschedules the plan and hands the chart new rows (drawn
 * incrementally by the controller). A dashed outline and a date show what the
 * pointer asks for, which the schedule may refuse (a link holds the task).
 *
 * Esc (or the window losing focus) cancels; a drop where the drag started is
 * a cancel too. Mouse events, not pointer events: the e2e tests and the
 * benchmark drive the chart with them.
 */
import type { FrappeBar } from 'frappe-gantt';
import { addDays, isIsoDate, toEpochDay } from '../../core/dates';
import { dragChange, dragModesOf, isUnchanged, sameChange, type DragMode, type DragOrigin } from './dragMath';
import { GANTT_BAR_HEIGHT } from './layout';
import { dayX, svgEl, type ChartGeometry } from './overlays';
import type { GanttCalendar, GanttChange, GanttRow } from './types';
import { CHART_TEXT, formatChartDate, type GanttLanguage } from './viewModes';

/** What the drag needs from the chart, read at each step (the chart redraws under it). */
export interface DragHost {
  readonly svg: SVGSVGElement;
  readonly container: HTMLElement;
  editable(): boolean;
  row(id: string): { row: GanttRow; bar: FrappeBar } | null;
  geo(): ChartGeometry | null;
  calendar(): GanttCalendar | null | undefined;
  language(): GanttLanguage;
  select(id: string): void;
  preview(id: string, change: GanttChange): void;
  drop(id: string, change: GanttChange): void;
  cancel(): void;
}

/** Pixels before a press becomes a drag (a click stays a click). */
const THRESHOLD = 3;
/** Auto-scroll when the pointer is this close to the chart's left or right edge. */
const EDGE = 32;
const EDGE_SPEED = 12;

interface Drag {
  id: string;
  origin: DragOrigin;
  clientX: number;
  /** Horizontal scroll at the press and now. Kept from scroll events: reading scrollLeft in a frame after React changed the page would force a layout. */
  scrollLeft: number;
  scrollNow: number;
  maxScroll: number;
  /** The chart's left and right edges on screen, read once for the same reason. */
  edges: { left: number; right: number } | null;
  started: boolean;
  lastClientX: number;
  /** The last change shown and previewed. */
  change: GanttChange | null;
}

export class BarDrag {
  private drag: Drag | null = null;
  private frame = 0;
  private ghost: SVGGElement | null = null;

  constructor(private readonly host: DragHost) {
    host.container.addEventListener('mousedown', this.onDown);
  }

  destroy(): void {
    this.end();
    this.host.container.removeEventListener('mousedown', this.onDown);
  }

  private readonly onDown = (event: MouseEvent): void => {
    if (event.button !== 0 || this.drag || !this.host.editable()) return;
    const target = event.target instanceof Element ? event.target : null;
    const id = target?.closest('.bar-wrapper')?.getAttribute('data-id');
    const found = id == null ? null : this.host.row(id);
    if (!found || found.bar.task.invalid) return;
    const mode = (target!.closest('[data-drag]')?.getAttribute('data-drag') ?? 'move') as DragMode;
    if (!dragModesOf(found.row)[mode]) return;
    event.preventDefault(); // no text selection while dragging
    const { row, bar } = found;
    this.drag = {
      id: id!,
      origin: { mode, start: row.start, finish: row.finish, progress: row.progress, barLeft: bar.x, barWidth: bar.width },
      clientX: event.clientX,
      scrollLeft: this.host.container.scrollLeft,
      scrollNow: this.host.container.scrollLeft,
      maxScroll: this.host.container.scrollWidth - this.host.container.clientWidth,
      edges: null,
      started: false,
      lastClientX: event.clientX,
      change: null,
    };
    window.addEventListener('mousemove', this.onMove);
    window.addEventListener('mouseup', this.onUp);
    window.addEventListener('keydown', this.onKey, true);
    window.addEventListener('blur', this.onBlur);
    this.host.container.addEventListener('scroll', this.onScroll, { passive: true });
  };

  private readonly onScroll = (): void => {
    if (this.drag) this.drag.scrollNow = this.host.container.scrollLeft;
  };

  private readonly onMove = (event: MouseEvent): void => {
    const drag = this.drag;
    if (!drag) return;
    drag.lastClientX = event.clientX;
    if (!drag.started) {
      if (Math.abs(event.clientX - drag.clientX) < THRESHOLD) return;
      drag.started = true;
      const box = this.host.container.getBoundingClientRect();
      // Too narrow (or not laid out) to have edges to scroll at.
      drag.edges = box.width >= 4 * EDGE ? { left: box.left, right: box.right } : null;
      this.host.container.classList.add('is-dragging', `is-dragging-${drag.origin.mode}`);
      // Its label makes way for the date being asked.
      this.host.row(drag.id)?.bar.group.classList.add('is-dragged');
      this.host.select(drag.id);
    }
    this.requestFrame();
  };

  private readonly onUp = (event: MouseEvent): void => {
    const drag = this.drag;
    if (!drag) return;
    drag.lastClientX = event.clientX;
    const change = drag.started ? this.changeAt(drag) : null;
    this.end();
    if (!drag.started || !change) return;
    // The click that follows a drag is not a click on whatever is under the pointer now.
    swallowNextClick();
    if (isUnchanged(drag.origin, change)) this.host.cancel();
    else this.host.drop(drag.id, change);
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.drag) return;
    event.preventDefault();
    event.stopPropagation();
    this.cancel();
  };

  private readonly onBlur = (): void => this.cancel();

  private cancel(): void {
    const drag = this.drag;
    this.end();
    if (drag?.started) {
      swallowNextClick();
      this.host.cancel();
    }
  }

  private end(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.drag) this.host.row(this.drag.id)?.bar.group.classList.remove('is-dragged');
    this.drag = null;
    this.ghost?.remove();
    this.ghost = null;
    this.host.container.classList.remove('is-dragging', 'is-dragging-move', 'is-dragging-resize', 'is-dragging-progress');
    window.removeEventListener('mousemove', this.onMove);
    window.removeEventListener('mouseup', this.onUp);
    window.removeEventListener('keydown', this.onKey, true);
    window.removeEventListener('blur', this.onBlur);
    this.host.container.removeEventListener('scroll', this.onScroll);
  }

  private requestFrame(): void {
    if (!this.frame) this.frame = requestAnimationFrame(this.onFrame);
  }

  /** Once per frame: scroll at the edges, then show and preview the change if it differs. */
  private readonly onFrame = (): void => {
    this.frame = 0;
    const drag = this.drag;
    if (!drag?.started) return;
    const scrolling = this.autoScroll(drag);
    const change = this.changeAt(drag);
    if (change && !sameChange(change, drag.change)) {
      drag.change = change;
      this.drawGhost(drag, change);
      // Back where it started: show the saved plan, not a "start no earlier than" its own start.
      if (isUnchanged(drag.origin, change)) this.host.cancel();
      else this.host.preview(drag.id, change);
    }
    if (scrolling) this.requestFrame();
  };

  private changeAt(drag: Drag): GanttChange | null {
    const geo = this.host.geo();
    if (!geo) return null;
    const dx = drag.lastClientX - drag.clientX + (drag.scrollNow - drag.scrollLeft);
    return dragChange(drag.origin, dx, geo.pxPerDay, this.host.calendar());
  }

  private autoScroll(drag: Drag): boolean {
    if (drag.origin.mode === 'progress' || !drag.edges) return false;
    const { left, right } = drag.edges;
    const step = drag.lastClientX < left + EDGE ? -EDGE_SPEED : drag.lastClientX > right - EDGE ? EDGE_SPEED : 0;
    const next = Math.min(Math.max(0, drag.scrollNow + step), Math.max(0, drag.maxScroll));
    if (next === drag.scrollNow) return false;
    drag.scrollNow = next;
    this.host.container.scrollLeft = next;
    return true;
  }

  /** The chart redrew the bars (a preview arrived): keep the date beside the bar. */
  refreshGhost(): void {
    const x = this.ghost?.firstElementChild?.getAttribute('x');
    const width = this.ghost?.firstElementChild?.getAttribute('width');
    if (x != null && width != null) this.placeGhostText(Number(x) + Number(width));
  }

  /**
   * After the outline or the bar, whichever ends later, where the bar's own
   * label was (hidden while dragging): never off the chart's left edge, never
   * over the bar when a link holds it back.
   */
  private placeGhostText(ghostRight: number): void {
    const text = this.ghost?.lastElementChild;
    const found = this.drag ? this.host.row(this.drag.id) : null;
    if (!text || !found) return;
    text.setAttribute('x', String(Math.max(ghostRight, found.bar.x + found.bar.width) + 8));
  }

  /** A dashed outline where the pointer asks the bar to go, with the date (or %) it asks for. */
  private drawGhost(drag: Drag, change: GanttChange): void {
    const geo = this.host.geo();
    const found = this.host.row(drag.id);
    if (!geo || !found) return;
    if (!this.ghost || !this.ghost.isConnected) {
      this.ghost = svgEl('g', { class: 'tiendo-drag', 'aria-hidden': 'true' }, this.host.svg);
      svgEl('rect', { class: 'tiendo-drag-ghost', rx: 3, ry: 3 }, this.ghost);
      svgEl('text', { class: 'tiendo-drag-date' }, this.ghost);
    }
    const rect = this.ghost.firstElementChild as SVGRectElement;
    const text = this.ghost.lastElementChild as SVGTextElement;
    const { origin } = drag;
    const y = found.bar.y;
    const words = CHART_TEXT[this.host.language()];
    let left = origin.barLeft;
    let width = origin.barWidth;
    let label: string;
    if ('progress' in change) {
      label = `${words.progress} ${change.progress}%`;
      width = (origin.barWidth * change.progress) / 100;
    } else if (change.start !== undefined && isIsoDate(change.start)) {
      left = dayX(geo, toEpochDay(change.start));
      label = `${words.start} ${formatChartDate(change.start, this.host.language())}`;
    } else if (change.finish !== undefined && isIsoDate(change.finish)) {
      width = dayX(geo, toEpochDay(addDays(change.finish, 1))) - left;
      label = `${words.finish} ${formatChartDate(change.finish, this.host.language())}`;
    } else {
      return;
    }
    rect.setAttribute('x', String(left));
    rect.setAttribute('y', String(y));
    rect.setAttribute('width', String(Math.max(width, 0)));
    rect.setAttribute('height', String(GANTT_BAR_HEIGHT));
    rect.classList.toggle('is-progress', 'progress' in change);
    text.textContent = label;
    this.placeGhostText(left + Math.max(width, 0));
    text.setAttribute('y', String(y + GANTT_BAR_HEIGHT / 2));
  }
}

function swallowNextClick(): void {
  const swallow = (event: MouseEvent) => {
    event.stopPropagation();
    event.preventDefault();
  };
  window.addEventListener('click', swallow, { capture: true, once: true });
  // A drop outside the chart gives no click: stop waiting for one.
  setTimeout(() => window.removeEventListener('click', swallow, true), 0);
}
