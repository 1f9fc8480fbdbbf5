/**
 * Types for frappe-gantt 1.2.2, which ships none. They cover the public API
 * (constructor, options, refresh, change_view_mode) and the few internals the
 * Tiến Độ chart reads or overrides in its subclass (renderer/gantt/frappeChart.ts);
 * those are marked "internal" and are tied to the pinned version.
 */

/** frappe-gantt's stylesheet, aliased in renderer/vite.config.ts because the package's exports map hides it. */
declare module 'frappe-gantt-css';

declare module 'frappe-gantt' {
  export interface FrappeTask {
    id: string;
    /** Written with innerHTML by frappe-gantt (bar.js): HTML-escape untrusted text first. */
    name: string;
    /** 'YYYY-MM-DD' (parsed as a local date) or a Date. */
    start: string;
    /** 'YYYY-MM-DD': inclusive, frappe-gantt adds 24 h to a date without a time. */
    end?: string;
    duration?: string;
    /** 0..100 */
    progress?: number;
    /** Ids of predecessors (a comma-separated string is also accepted). */
    dependencies?: string[] | string;
    /** ONE class token: frappe-gantt passes it to classList.add, which throws on spaces. */
    custom_class?: string;
    color?: string;
    color_progress?: string;
    description?: string;
    thumbnail?: string;
    /** Drawn as a dashed, transparent bar. */
    invalid?: boolean;
    // Set by frappe-gantt:
    _start?: Date;
    _end?: Date;
    _index?: number;
    /** Tiến Độ: the row this task is drawn on when frappe gets only a window of the rows (frappeChart.ts). */
    _row?: number;
    actual_duration?: number;
    ignored_duration?: number;
  }

  /** A header text: a date_utils format string or a function of the column's date and the previous column's. */
  export type FrappeDateText = string | ((date: Date, previous: Date | null, language: string) => string);

  export interface FrappeViewMode {
    name: string;
    /** Column step: '1d', '7d', '1m', … */
    step: string;
    padding?: string | [string, string];
    column_width?: number;
    /** Format of the `date_…` class on lower header texts. */
    date_format?: string;
    lower_text?: FrappeDateText;
    upper_text?: FrappeDateText;
    upper_text_frequency?: number;
    thick_line?: (date: Date) => boolean;
    snap_at?: string;
  }

  export interface FrappePopupContext {
    task: FrappeTask;
    chart: Gantt;
    get_title(): HTMLElement;
    set_title(html: string): void;
    get_subtitle(): HTMLElement;
    set_subtitle(html: string): void;
    get_details(): HTMLElement;
    set_details(html: string): void;
    add_action(html: string | ((task: FrappeTask) => string), onClick: (task: FrappeTask, chart: Gantt, event: MouseEvent) => void): void;
  }

  export interface FrappeOptions {
    arrow_curve?: number;
    auto_move_label?: boolean;
    bar_corner_radius?: number;
    bar_height?: number;
    container_height?: number | 'auto';
    column_width?: number | null;
    date_format?: string;
    upper_header_height?: number;
    lower_header_height?: number;
    snap_at?: string | null;
    infinite_padding?: boolean;
    /** colour → 'weekend' | dates | predicate. null: no highlighting. */
    holidays?: Record<string, 'weekend' | string[] | ((date: Date) => boolean)> | null;
    ignore?: string | string[] | ((date: Date) => boolean);
    language?: string;
    lines?: 'both' | 'horizontal' | 'vertical' | 'none';
    move_dependencies?: boolean;
    padding?: number;
    popup?: false | ((context: FrappePopupContext) => string | false | void);
    popup_on?: 'click' | 'hover';
    readonly_progress?: boolean;
    readonly_dates?: boolean;
    readonly?: boolean;
    hover_on_date?: boolean;
    fixed_duration?: boolean;
    scroll_to?: 'today' | 'start' | 'end' | string | null;
    show_expected_progress?: boolean;
    today_button?: boolean;
    view_mode?: string | FrappeViewMode;
    view_mode_select?: boolean;
    view_modes?: (string | FrappeViewMode)[];
    is_weekend?: (date: Date) => boolean;
    on_click?: (task: FrappeTask) => void;
    on_double_click?: (task: FrappeTask) => void;
    on_date_change?: (task: FrappeTask, start: Date, end: Date) => void;
    on_progress_change?: (task: FrappeTask, progress: number) => void;
    on_view_change?: (mode: FrappeViewMode) => void;
    on_hover?: (task: FrappeTask, screenX: number, screenY: number, event: MouseEvent) => void;
  }

  /** Internal: one drawn task. */
  export interface FrappeBar {
    task: FrappeTask;
    /** g.bar-wrapper[data-id] */
    group: SVGGElement;
    bar_group: SVGGElement;
    $bar: SVGRectElement;
    $bar_progress?: SVGRectElement;
    arrows?: FrappeArrow[];
    x: number;
    y: number;
    width: number;
    height: number;
    update_label_position(): void;
    update_arrow_position(): void;
  }

  /** Internal: one dependency arrow (a path in g.arrow). */
  export interface FrappeArrow {
    from_task: FrappeBar;
    to_task: FrappeBar;
    element: SVGPathElement;
    update(): void;
  }

  export interface FrappeConfig {
    view_mode: FrappeViewMode;
    step: number;
    unit: string;
    column_width: number;
    header_height: number;
    date_format: string;
    ignored_dates: Date[];
    ignored_positions: number[];
    extend_by_units: number;
  }

  export default class Gantt {
    constructor(wrapper: string | HTMLElement | SVGElement, tasks: FrappeTask[], options?: FrappeOptions);

    options: FrappeOptions;
    tasks: FrappeTask[];
    refresh(tasks: FrappeTask[]): void;
    change_view_mode(mode?: string | FrappeViewMode, maintain_pos?: boolean): void;
    update_options(options: FrappeOptions): void;
    update_task(id: string, details: Partial<FrappeTask>): void;
    get_task(id: string): FrappeTask | undefined;
    get_bar(id: string): FrappeBar | undefined;
    unselect_all(): void;

    // Internal state and steps of render(), read or overridden by the Tiến Độ subclass.
    config: FrappeConfig;
    gantt_start: Date;
    gantt_end: Date;
    dates: Date[];
    grid_height: number;
    bars: FrappeBar[];
    arrows: FrappeArrow[];
    $svg: SVGSVGElement;
    $container: HTMLDivElement;
    $header: HTMLDivElement;
    $upper_header: HTMLDivElement;
    $lower_header: HTMLDivElement;
    upperTexts: HTMLDivElement[];
    lowerTexts: HTMLDivElement[];
    layers: { grid: SVGGElement; arrow: SVGGElement; progress: SVGGElement; bar: SVGGElement };
    render(): void;
    setup_tasks(tasks: FrappeTask[]): void;
    make_grid_background(): void;
    make_grid_rows(): void;
    make_grid_ticks(): void;
    make_bars(): void;
    setup_gantt_dates(refresh?: boolean): void;
    set_scroll_position(date?: string | Date | null): void;
    highlight_current(): void;
    bind_bar_events(): void;
  }
}
