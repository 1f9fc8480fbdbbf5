/**
 * Words printed on an exported timeline (core cannot use the renderer's
 * messages). Vietnamese first; month names written as in Vietnamese plans.
 */
export type ExportLanguage = 'vi' | 'en';

export const EXPORT_TEXT = {
  vi: {
    stt: 'STT',
    name: 'Nội dung công việc',
    lead: 'Đơn vị chủ trì',
    updated: 'Cập nhật ngày {date}',
    range: 'Thời gian: {from} – {to}',
    filtered: '{shown}/{total} công việc',
    page: 'Trang {n}/{of}',
    critical: 'Công việc găng (đường găng)',
    normal: 'Công việc có thời gian dự trữ',
    effort: 'Theo tiến độ thực hiện',
    milestone: 'Mốc',
    window: 'Khung thời gian theo kế hoạch',
    nonWorking: 'Ngày nghỉ (cuối tuần, lễ, Tết)',
    statusLine: 'Ngày cập nhật {date}',
    todayLine: 'Hôm nay {date}',
    late: 'Trễ so với khung thời gian',
    lateStatus: 'Trễ so với kế hoạch đến ngày cập nhật',
    deadline: 'Hạn chót {date}',
    start: 'Bắt đầu',
    finish: 'Kết thúc',
    link: 'Liên kết phụ thuộc',
    summary: 'Nhóm công việc (mục)',
    baseline: 'Kế hoạch gốc',
  },
  en: {
    stt: 'No.',
    name: 'Task',
    lead: 'Lead unit',
    updated: 'Updated {date}',
    range: 'Period: {from} – {to}',
    filtered: '{shown} of {total} tasks',
    page: 'Page {n}/{of}',
    critical: 'Critical task (critical path)',
    normal: 'Task with float',
    effort: 'Level of effort',
    milestone: 'Milestone',
    window: 'Plan window',
    nonWorking: 'Days off (weekends, holidays)',
    statusLine: 'Status date {date}',
    todayLine: 'Today {date}',
    late: 'Late against its window',
    lateStatus: 'Late against the plan as of the status date',
    deadline: 'Deadline {date}',
    start: 'Start',
    finish: 'Finish',
    link: 'Dependency',
    summary: 'Section (summary task)',
    baseline: 'Baseline',
  },
} as const satisfies Record<ExportLanguage, Record<string, string>>;

export type ExportTextKey = keyof (typeof EXPORT_TEXT)['vi'];

export function exportText(lang: ExportLanguage, key: ExportTextKey, params: Record<string, string | number> = {}): string {
  return EXPORT_TEXT[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * Month labels from longest to shortest; the layout takes the first that
 * fits its column: "Tháng 4/2026", "T4/2026", "T4" / "April 2026", "Apr 2026", "Apr".
 */
export function monthLabels(year: number, month: number, lang: ExportLanguage): string[] {
  if (lang === 'vi') return [`Tháng ${month}/${year}`, `T${month}/${year}`, `T${month}`];
  return [`${EN_MONTHS[month - 1]} ${year}`, `${EN_SHORT[month - 1]} ${year}`, EN_SHORT[month - 1]!];
}

/** "Quý II/2026", "Q.II" / "Q2 2026", "Q2". */
export function quarterLabels(year: number, quarter: number, lang: ExportLanguage): string[] {
  if (lang === 'vi') return [`Quý ${ROMAN[quarter - 1]}/${year}`, `Q.${ROMAN[quarter - 1]}`];
  return [`Q${quarter} ${year}`, `Q${quarter}`];
}
