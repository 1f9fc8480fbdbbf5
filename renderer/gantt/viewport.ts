/**
 * Scrolling the chart body: the vertical scroll reported to the task table
 * (and taken from it), the viewport the patcher treats as visible, the sticky
 * month label that follows horizontal scrolling, the first scroll to today
 * and scrolling to a date.
 */
import { isIsoDate, toEpochDay, type IsoDate } from '../../core/dates';
import { StickyMonth } from './header';
import { dayX, todayX, type ChartGeometry } from './overlays';
import type { BarPatcher } from './patcher';
import type { TienDoGantt } from './frappeChart';

export interface ViewportHost {
  container(): HTMLDivElement | null;
  geo(): ChartGeometry | null;
  onScroll(scrollTop: number): void;
}

export class ChartViewport {
  private lastScrollTop = 0;
  private readonly sticky = new StickyMonth();
  private stickyFrame = 0;
  private resizeObserver: ResizeObserver | null = null;

  constructor(
    private readonly host: ViewportHost,
    private readonly patcher: Pick<BarPatcher, 'setViewport'>,
  ) {}

  /** Follows the container's scrolling and size. */
  attach(container: HTMLDivElement): void {
    container.addEventListener('scroll', this.onScrollEvent, { passive: true });
    if (typeof ResizeObserver === 'function') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const height = entries[entries.length - 1]?.contentRect.height ?? 0;
        this.patcher.setViewport(this.lastScrollTop, height);
      });
      this.resizeObserver.observe(container);
    }
  }

  destroy(container: HTMLDivElement | null): void {
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.stickyFrame);
    container?.removeEventListener('scroll', this.onScrollEvent);
  }

  /** After every frappe render: the sticky month label is drawn again. */
  resetSticky(chart: TienDoGantt): void {
    this.sticky.reset(chart);
  }

  setScrollTop(top: number): number {
    const container = this.host.container();
    if (!container) return top;
    container.scrollTop = top;
    this.lastScrollTop = container.scrollTop; // the scroll event that follows is not reported back
    this.patcher.setViewport(this.lastScrollTop);
    return container.scrollTop;
  }

  scrollToDate(date: IsoDate): void {
    const container = this.host.container();
    const geo = this.host.geo();
    if (!container || !geo || !isIsoDate(date)) return;
    container.scrollLeft = Math.max(0, dayX(geo, toEpochDay(date)) - 48);
    this.updateSticky();
  }

  /** A plan opens at its start, as in MS Project ("Hôm nay" goes to today). */
  scrollToInitialDate(): void {
    this.host.container()!.scrollLeft = 0;
    this.updateSticky();
  }

  /** Today a third into the view (nothing when today is outside the chart). */
  scrollToToday(today: IsoDate): void {
    const container = this.host.container();
    const geo = this.host.geo();
    const x = geo ? todayX(geo, today) : null;
    if (!container || x === null) return;
    container.scrollLeft = Math.max(0, x - container.clientWidth / 3);
    this.updateSticky();
  }

  /** Scrolls only when the days from `start` to `finish` are out of view (go to the selected task). */
  revealDates(start: IsoDate, finish: IsoDate): void {
    const container = this.host.container();
    const geo = this.host.geo();
    if (!container || !geo || !isIsoDate(start) || !isIsoDate(finish)) return;
    const x1 = dayX(geo, toEpochDay(start));
    const x2 = dayX(geo, toEpochDay(finish) + 1);
    const left = container.scrollLeft;
    if (x1 >= left && x2 <= left + container.clientWidth) return;
    if (x1 < left || x2 - x1 > container.clientWidth) container.scrollLeft = Math.max(0, x1 - 48);
    else container.scrollLeft = x2 - container.clientWidth + 48;
    this.updateSticky();
  }

  /** After a full render that restored the scroll position. */
  afterRedraw(container: HTMLDivElement): void {
    if (container.scrollTop !== this.lastScrollTop) {
      // Fewer rows: the body got shorter and the browser moved it up; the table follows.
      this.lastScrollTop = container.scrollTop;
      this.host.onScroll(this.lastScrollTop);
    }
    this.patcher.setViewport(this.lastScrollTop);
    this.updateSticky();
  }

  private readonly onScrollEvent = (): void => {
    const container = this.host.container();
    if (!container) return;
    const top = container.scrollTop;
    if (top !== this.lastScrollTop) {
      this.lastScrollTop = top;
      this.host.onScroll(top);
      this.patcher.setViewport(top);
    }
    if (!this.stickyFrame) {
      this.stickyFrame = requestAnimationFrame(() => {
        this.stickyFrame = 0;
        this.updateSticky();
      });
    }
  };

  private updateSticky(): void {
    const container = this.host.container();
    if (container) this.sticky.update(container.scrollLeft);
  }
}
