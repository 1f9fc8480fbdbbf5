/** The plan's single `plan_info` row (title, number, dates…). */
import type { PlanInfo } from '../core/model';
import type { Db } from './sqlite';

/** Raw rows shaped like PlanInfo; validated by the caller. A sound file has exactly one. */
export function readInfoRows(db: Db): Record<string, unknown>[] {
  return db
    .prepare(
      `SELECT title, number, place_and_date AS placeAndDate, organisation, signer,
              start_date AS startDate, end_date AS endDate, status_date AS statusDate
         FROM plan_info`,
    )
    .all() as Record<string, unknown>[];
}

export function insertInfo(db: Db, info: PlanInfo): void {
  db.prepare(
    `INSERT INTO plan_info (id, title, number, place_and_date, organisation, signer, start_date, end_date, status_date)
     VALUES (1, @title, @number, @placeAndDate, @organisation, @signer, @startDate, @endDate, @statusDate)`,
  ).run(info);
}
