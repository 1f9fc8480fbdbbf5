/** The plans "New plan" starts from: the default (Kế hoạch 1049) or an empty one with the default calendar. */
import { isoFromParts } from '../../core/dates';
import { createDefaultPlan } from '../../core/defaultPlan';
import type { Plan } from '../../core/model';

export function newPlanFrom(from: 'default' | 'empty', today: Date): Plan {
  const plan = createDefaultPlan();
  if (from === 'default') return plan;
  const year = today.getFullYear();
  return {
    info: {
      title: 'Kế hoạch mới',
      number: '',
      placeAndDate: '',
      organisation: plan.info.organisation,
      signer: '',
      startDate: isoFromParts(year, today.getMonth() + 1, today.getDate()),
      endDate: isoFromParts(year, 12, 31),
      statusDate: null,
    },
    calendar: plan.calendar, // the working calendar (holidays) is useful in any plan of the year
    units: [],
    tasks: [],
    links: [],
  };
}
