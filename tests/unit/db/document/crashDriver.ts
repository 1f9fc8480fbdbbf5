/**
 * Child process of crashRecovery.test.ts (bundled once by the test, run
 * with node): recovers the previous run's working copy or opens the plan,
 * then edits and saves in a loop until it is killed. Prints, synchronously:
 *   R <n>   ready, the plan is at version n (t-1's notes read "Bản n")
 *   E <n>   edit n is committed to the working copy
 *   S? <n>  a Save of version n begins;  S <n>  it returned
 * With a step name as 4th argument it SIGKILLs itself at that point of its
 * first Save (after VACUUM INTO, the check, the fsync or the rename).
 */
import fs from 'node:fs';
import { diskIo, type SaveIo } from '../../../../db/document/atomicSave';
import { applyEditToFile } from '../../../../db/editing/applyEditToFile';
import { PlanSession } from '../../../../db/session';

const [file, dataDir, seedText, killAt] = process.argv.slice(2) as [string, string, string, string | undefined];
const say = (line: string) => fs.writeSync(1, `${line}\n`);

let seed = Number(seedText) >>> 0 || 1;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) >>> 0;
  return seed / 2 ** 32;
};

let saving = false;
const io: SaveIo = {
  ...diskIo,
  step(name) {
    if (saving && name === killAt) process.kill(process.pid, 'SIGKILL');
  },
};

const session = new PlanSession({ dataDir, saveIo: io });
const offered = session.listRecoverable();
if (offered.length > 1) {
  say(`X ${offered.length} working copies offered`);
  process.exit(3);
}
const opened = offered.length === 1 ? session.recover(offered[0]!.id) : session.open(file);
const notes = opened.plan.tasks.find((t) => t.id === 't-1')!.notes;
let n = notes === '' ? 0 : Number(/^Bản (\d+)$/u.exec(notes)?.[1] ?? -1);
say(`R ${n}`);

const author = { user: 'Thử nghiệm', computer: 'MAY-THU', at: new Date() };
for (;;) {
  n += 1;
  applyEditToFile(session, { op: 'updateTask', taskId: 't-1', changes: { notes: `Bản ${n}` } }, author);
  say(`E ${n}`);
  if (random() < 0.35) {
    say(`S? ${n}`);
    saving = killAt !== undefined;
    const outcome = session.save();
    if (outcome.status === 'conflicts') {
      say('X conflicts');
      process.exit(3);
    }
    say(`S ${n}`);
  }
}
