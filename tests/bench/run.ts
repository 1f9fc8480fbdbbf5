/**
 * `npm run bench`: runs every benchmark module in tests/bench/ in turn.
 * To add one, import its entry point and append it to `benches`.
 */
import { benchSchedule } from './schedule.bench';
import { benchEditing } from './editing.bench';
import { benchDrag } from './drag.bench';
import { benchTimelineExport } from './timelineExport.bench';

const benches: Array<[name: string, run: () => Promise<void>]> = [['schedule', benchSchedule], ['editing', benchEditing], ['drag', benchDrag]];

benches.push(['timelineExport', benchTimelineExport]);

for (const [name, run] of benches) {
  console.log(`— ${name} —`);
  await run();
}
