import { formatViDate } from '../../core/dates';
import type { LinkType } from '../../core/model';
import type { TaskScheduleView } from '../../core/schedule/types';
import type { Language } from '../i18n/messages';
import type { LinkView } from '../planView';

const LINK_PHRASES: Record<Language, Record<LinkType, string>> = {
  vi: {
    FS: 'Bắt đầu sau khi STT {n} hoàn thành',
    SS: 'Bắt đầu theo ngày bắt đầu của STT {n}',
    FF: 'Kết thúc theo ngày kết thúc của STT {n}',
    SF: 'Kết thúc theo ngày bắt đầu của STT {n}',
  },
  en: {
    FS: 'Starts after task {n} finishes',
    SS: 'Starts with task {n}',
    FF: 'Finishes with task {n}',
    SF: 'Finishes when task {n} starts',
  },
};

/** Says in words why a task starts when it does (the engine's driver). */
export function describeDriver(
  driver: TaskScheduleView['driver'],
  drivingLink: LinkView | null,
  language: Language,
): string {
  const vi = language === 'vi';
  const date = driver.date ? formatViDate(driver.date) : '';
  switch (driver.kind) {
    case 'link':
      if (!drivingLink) return vi ? 'Liên kết phụ thuộc' : 'A dependency';
      return LINK_PHRASES[language][drivingLink.link.type].replace('{n}', String(drivingLink.otherStt));
    case 'window':
      return vi ? `Không sớm hơn khung thời gian: ${date}` : `Not before its window: ${date}`;
    case 'startNoEarlierThan':
      return vi ? `Không sớm hơn ngày đã đặt: ${date}` : `Not before the set date: ${date}`;
    case 'statusDate':
      return vi ? `Phần việc còn lại tính từ ngày cập nhật ${date}` : `Remaining work from the status date ${date}`;
    case 'manual':
      return vi ? 'Lập lịch thủ công' : 'Manually scheduled';
    case 'actual':
      return vi ? 'Theo ngày thực tế' : 'Actual dates';
    case 'projectStart':
      return vi ? `Ngày bắt đầu kế hoạch: ${date}` : `Plan start: ${date}`;
  }
}
