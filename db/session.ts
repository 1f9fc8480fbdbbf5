/**
 * The plan open in a window, and the API handlers working on it. Electron's
 * IPC and the browser test harness both call these through core/api/dispatch.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { OpenPlan } from '../core/api/contract';
import { PlanError } from '../core/errors';
import { openPlanDatabase } from './openPlanFile';
import { readPlan } from './planStore';
import type { Db } from './sqlite';

export interface SessionOpenOptions {
  /** Default: read-only exactly when the file or its folder (which holds the journal) is not writable. */
  readOnly?: boolean;
}

interface Current {
  path: string;
  db: Db;
  readOnly: boolean;
}

export class PlanSession {
  #current: Current | null = null;

  /**
   * Switches to `filePath` only if it passes every check and its content is
   * valid; otherwise throws PlanError and the current plan stays open.
   */
  open(filePath: string, opts: SessionOpenOptions = {}): OpenPlan {
    const file = path.resolve(filePath);
    const readOnly = opts.readOnly ?? !isWritable(file);
    const db = openPlanDatabase(file, { readOnly });
    let plan;
    try {
      plan = readPlan(db);
    } catch (error) {
      db.close();
      throw error;
    }
    this.#current?.db.close();
    this.#current = { path: file, db, readOnly };
    return describe(this.#current, plan);
  }

  getPlan(): OpenPlan {
    const current = this.#require();
    return describe(current, readPlan(current.db));
  }

  /** The open database, for edit commands. */
  get db(): Db {
    return this.#require().db;
  }

  get isOpen(): boolean {
    return this.#current !== null;
  }

  close(): void {
    this.#current?.db.close();
    this.#current = null;
  }

  #require(): Current {
    if (!this.#current) throw new PlanError('no-plan', 'Chưa mở tệp kế hoạch nào.');
    return this.#current;
  }
}

export function openPlanSession(filePath: string, opts: SessionOpenOptions = {}): PlanSession {
  const session = new PlanSession();
  session.open(filePath, opts);
  return session;
}

function describe(current: Current, plan: OpenPlan['plan']): OpenPlan {
  return { path: current.path, fileName: path.basename(current.path), readOnly: current.readOnly, plan };
}

function isWritable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
