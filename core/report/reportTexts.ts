/**
 * Words of the progress report (page, slide, Word document), Vietnamese
 * first. Plan text (names, units) is never translated; only these are.
 */
import { formatViDate, type IsoDate } from '../dates';
import type { Language } from '../language';

export const REPORT_TEXT = {
  vi: {
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    placeDate: '{place}, ngày {d} tháng {m} năm {y}',
    title: 'BÁO CÁO TIẾN ĐỘ',
    asOf: 'Tính đến ngày cập nhật {date}',
    total: 'Tổng số công việc',
    done: 'Đã hoàn thành',
    inProgress: 'Đang thực hiện',
    notStarted: 'Chưa bắt đầu',
    late: 'Trễ hạn',
    overall: 'Khối lượng hoàn thành chung: {p} % (tính theo thời lượng công việc).',
    projectedLate: 'Dự kiến hoàn thành ngày {date}, chậm {n} ngày làm việc so với hạn chót {deadline}.',
    projectedOnTime: 'Dự kiến hoàn thành ngày {date}, đúng hạn chót {deadline}.',
    projectedEarly: 'Dự kiến hoàn thành ngày {date}, sớm {n} ngày làm việc so với hạn chót {deadline}.',
    baselineLine: 'So với “{name}” (lưu ngày {saved}, kết thúc {finish}): {variance}.',
    varianceLate: 'chậm {n} ngày làm việc',
    varianceEarly: 'sớm {n} ngày làm việc',
    varianceNone: 'không chênh lệch',
    noBaseline: 'Chưa lưu kế hoạch gốc: chưa so sánh được với kế hoạch được duyệt.',
    criticalLine: 'Đường găng còn {n} ngày làm việc đến ngày kết thúc dự kiến; {count} công việc găng chưa hoàn thành: {list}.',
    criticalDone: 'Các công việc găng đã hoàn thành.',
    doneList: 'Đã hoàn thành: {list}.',
    inProgressList: 'Đang thực hiện: {list}.',
    lateHeading: 'Công việc trễ hạn ({n})',
    nextHeading: 'Công việc tháng tới ({from} – {to})',
    criticalHeading: 'Đường găng: công việc còn lại',
    timelineHeading: 'Biểu đồ tiến độ: kế hoạch gốc và hiện tại',
    unitHeading: 'Theo đơn vị chủ trì',
    stt: 'STT',
    name: 'Nội dung công việc',
    lead: 'Đơn vị chủ trì',
    unit: 'Đơn vị',
    percent: '%',
    start: 'Bắt đầu',
    finish: 'Kết thúc',
    projectedFinish: 'Kết thúc dự kiến',
    daysLate: 'Số ngày trễ',
    remaining: 'Còn lại (ngày LV)',
    noLead: '(Chưa giao đơn vị)',
    more: '… và {n} công việc khác (xem bảng kế hoạch).',
    moreInline: '… và {n} công việc khác',
    none: 'Không có.',
    legendCurrent: 'Hiện tại',
    legendCritical: 'Hiện tại (găng)',
    legendBaseline: 'Kế hoạch gốc',
    legendDone: 'Phần đã làm',
    legendLate: 'Trễ hạn',
    statusLine: 'Cập nhật {date}',
    deadlineLine: 'Hạn chót {date}',
    footer: 'Lập bằng Tiến Độ ngày {date}. Số liệu tính tại ngày cập nhật, khớp với bảng kế hoạch.',
    sttPrefix: 'STT ',
    slideCritical: 'Đường găng còn lại',
    slideFinish: 'Dự kiến hoàn thành',
    workingDays: '{n} ngày làm việc',
    slideLateBy: 'chậm {n} ngày LV so với hạn chót {deadline}',
    slideEarlyBy: 'sớm {n} ngày LV so với hạn chót {deadline}',
    slideOnTime: 'đúng hạn chót {deadline}',
    daysShort: 'trễ {n} ngày',
    countsSentence: 'Tổng số {total} công việc: đã hoàn thành {done}; đang thực hiện {inProgress}; chưa bắt đầu {notStarted}; trễ hạn {late}.',
    overview: 'Tình hình chung',
  },
  en: {
    nation: 'SOCIALIST REPUBLIC OF VIETNAM',
    motto: 'Independence - Freedom - Happiness',
    placeDate: '{place}, {date}',
    title: 'PROGRESS REPORT',
    asOf: 'As of the status date {date}',
    total: 'Tasks',
    done: 'Finished',
    inProgress: 'In progress',
    notStarted: 'Not started',
    late: 'Late',
    overall: 'Overall work done: {p} % (weighted by task durations).',
    projectedLate: 'Projected finish {date}, {n} working days after the deadline {deadline}.',
    projectedOnTime: 'Projected finish {date}, on the deadline {deadline}.',
    projectedEarly: 'Projected finish {date}, {n} working days before the deadline {deadline}.',
    baselineLine: 'Against “{name}” (saved {saved}, finish {finish}): {variance}.',
    varianceLate: '{n} working days later',
    varianceEarly: '{n} working days earlier',
    varianceNone: 'no variance',
    noBaseline: 'No baseline saved: the approved plan cannot be compared yet.',
    criticalLine: 'Critical path: {n} working days left to the projected finish; {count} critical tasks unfinished: {list}.',
    criticalDone: 'The critical tasks are finished.',
    doneList: 'Finished: {list}.',
    inProgressList: 'In progress: {list}.',
    lateHeading: 'Late tasks ({n})',
    nextHeading: 'Next month ({from} – {to})',
    criticalHeading: 'Critical path: remaining work',
    timelineHeading: 'Timeline: baseline and current',
    unitHeading: 'By lead unit',
    stt: 'No.',
    name: 'Task',
    lead: 'Lead unit',
    unit: 'Unit',
    percent: '%',
    start: 'Start',
    finish: 'Finish',
    projectedFinish: 'Projected finish',
    daysLate: 'Days late',
    remaining: 'Left (working days)',
    noLead: '(No lead unit)',
    more: '… and {n} more tasks (see the plan table).',
    moreInline: '… and {n} more',
    none: 'None.',
    legendCurrent: 'Current',
    legendCritical: 'Current (critical)',
    legendBaseline: 'Baseline',
    legendDone: 'Work done',
    legendLate: 'Late',
    statusLine: 'Status {date}',
    deadlineLine: 'Deadline {date}',
    footer: 'Made with Tiến Độ on {date}. Figures as of the status date, the same as in the plan table.',
    sttPrefix: 'No. ',
    slideCritical: 'Critical path left',
    slideFinish: 'Projected finish',
    workingDays: '{n} working days',
    slideLateBy: '{n} working days after the deadline {deadline}',
    slideEarlyBy: '{n} working days before the deadline {deadline}',
    slideOnTime: 'on the deadline {deadline}',
    daysShort: '{n} days late',
    countsSentence: '{total} tasks: {done} finished; {inProgress} in progress; {notStarted} not started; {late} late.',
    overview: 'Overview',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type ReportTextKey = keyof (typeof REPORT_TEXT)['vi'];

export function reportText(lang: Language, key: ReportTextKey, params: Record<string, string | number> = {}): string {
  return REPORT_TEXT[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Dates are written dd/mm/yyyy in both languages (the plan's own convention). */
export const reportDate = (iso: IsoDate): string => formatViDate(iso);

/** "Hải Phòng, ngày 04 tháng 12 năm 2026": the place from the plan's header, the day the report is made. */
export function placeAndDateLine(placeAndDate: string, madeOn: IsoDate, lang: Language): string {
  const comma = placeAndDate.indexOf(',');
  const place = (comma >= 0 ? placeAndDate.slice(0, comma) : placeAndDate).trim();
  const [y, m, d] = madeOn.split('-');
  const text = reportText(lang, 'placeDate', { place, d: d!, m: m!, y: y!, date: reportDate(madeOn) });
  return place === '' ? text.replace(/^,\s*/, '') : text;
}

/** "1–10, 12, 14–15": task numbers with runs of consecutive whole numbers joined. */
export function numberList(stts: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < stts.length; ) {
    let j = i;
    const n = (k: number) => (/^\d+$/.test(stts[k] ?? '') ? Number(stts[k]) : NaN);
    while (j + 1 < stts.length && n(j + 1) === n(j) + 1) j++;
    out.push(j - i >= 2 ? `${stts[i]}–${stts[j]}` : stts.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return out.join(', ');
}

/** The lead unit as printed: its name, or "(Chưa giao đơn vị)". */
export const unitLabel = (unit: string, lang: Language): string => (unit === '' ? reportText(lang, 'noLead') : unit);
