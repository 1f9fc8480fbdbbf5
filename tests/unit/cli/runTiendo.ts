/** Runs the real `tiendo` command (bin/tiendo.mjs) as a child process, as a user's shell would. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const BIN = path.resolve(import.meta.dirname, '../../../bin/tiendo.mjs');

export interface TiendoRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runTiendo(args: readonly string[], env: NodeJS.ProcessEnv = {}): TiendoRun {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
