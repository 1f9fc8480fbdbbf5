/**
 * The plan file's schema. A `.tiendo` file is one SQLite database whose
 * header carries TIENDO_APPLICATION_ID and whose `user_version` is the number
 * of migrations applied (see migrations.ts).
 *
 * SHIPPED MIGRATION SQL IS FROZEN: the opener compares each object's stored
 * `CREATE …` text with the text these migrations produce, so editing
 * SCHEMA_V1 (even a comment inside a statement) would make existing files
 * look tampered with. Change the schema by adding a migration.
 */

/** 'TDT0' in the SQLite header (offset 68): tells a plan file from any other SQLite database. */
export const TIENDO_APPLICATION_ID = 0x54445430;

/** Tables of the current schema, in dependency order (parents first). */
export const SCHEMA_TABLES = [
  'plan_info',
  'calendar_settings',
  'calendar_exceptions',
  'units',
  'tasks',
  'task_coordinators',
  'links',
  'task_schedule',
  'edit_history',
  'edit_history_rows',
  'baselines',
  'baseline_tasks',
] as const;

/** Named indexes of the current schema (SQLite adds `sqlite_autoindex_*` ones for PK/UNIQUE). */
export const SCHEMA_INDEXES = ['tasks_lead_unit', 'task_coordinators_unit', 'links_successor', 'tasks_parent'] as const;

/*
 * Notes on the DDL:
 * - STRICT tables: a column holds only its declared type.
 * - A CHECK on a NULL value passes, so nullable date columns need no `IS NULL OR`.
 * - Dates are checked for shape only (YYYY-MM-DD); real-date validation is zod's job (core/model.ts).
 * - Ids are stable text (uuid) keys: never renumbered, never reused. `position` columns carry order.
 * - Links keep their insertion order (rowid): they have no order of their own.
 */
export const SCHEMA_V1 = `
CREATE TABLE plan_info (
  id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  title TEXT NOT NULL,
  number TEXT NOT NULL,
  place_and_date TEXT NOT NULL,
  organisation TEXT NOT NULL,
  signer TEXT NOT NULL,
  start_date TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  end_date TEXT NOT NULL CHECK (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  status_date TEXT CHECK (status_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) STRICT;

CREATE TABLE calendar_settings (
  id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  monday INTEGER NOT NULL CHECK (monday IN (0, 1)),
  tuesday INTEGER NOT NULL CHECK (tuesday IN (0, 1)),
  wednesday INTEGER NOT NULL CHECK (wednesday IN (0, 1)),
  thursday INTEGER NOT NULL CHECK (thursday IN (0, 1)),
  friday INTEGER NOT NULL CHECK (friday IN (0, 1)),
  saturday INTEGER NOT NULL CHECK (saturday IN (0, 1)),
  sunday INTEGER NOT NULL CHECK (sunday IN (0, 1))
) STRICT;

CREATE TABLE calendar_exceptions (
  date TEXT NOT NULL PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
  name TEXT NOT NULL
) STRICT;

CREATE TABLE units (
  id TEXT NOT NULL PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  position INTEGER NOT NULL UNIQUE CHECK (position >= 1),
  name TEXT NOT NULL UNIQUE CHECK (length(name) >= 1),
  recipient_order INTEGER UNIQUE CHECK (recipient_order >= 1)
) STRICT;

CREATE TABLE tasks (
  id TEXT NOT NULL PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  position INTEGER NOT NULL UNIQUE CHECK (position >= 1),
  name TEXT NOT NULL,
  lead_unit_id TEXT REFERENCES units (id),
  window_text TEXT NOT NULL,
  window_start TEXT CHECK (window_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  window_end TEXT CHECK (window_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  deliverable TEXT NOT NULL,
  notes TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('task', 'milestone', 'effort')),
  duration INTEGER NOT NULL CHECK (duration BETWEEN 0 AND 100000),
  percent_complete REAL NOT NULL CHECK (percent_complete BETWEEN 0 AND 100),
  start_no_earlier_than TEXT CHECK (start_no_earlier_than GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  manual_start TEXT CHECK (manual_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  manual_finish TEXT CHECK (manual_finish GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  actual_start TEXT CHECK (actual_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  actual_finish TEXT CHECK (actual_finish GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) STRICT;
CREATE INDEX tasks_lead_unit ON tasks (lead_unit_id);

CREATE TABLE task_coordinators (
  task_id TEXT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  unit_id TEXT NOT NULL REFERENCES units (id),
  position INTEGER NOT NULL CHECK (position >= 1),
  PRIMARY KEY (task_id, unit_id),
  UNIQUE (task_id, position)
) STRICT;
CREATE INDEX task_coordinators_unit ON task_coordinators (unit_id);

CREATE TABLE links (
  id TEXT NOT NULL PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  predecessor_id TEXT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  successor_id TEXT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN ('FS', 'SS', 'FF', 'SF')),
  lag INTEGER NOT NULL CHECK (lag BETWEEN -100000 AND 100000),
  UNIQUE (predecessor_id, successor_id),
  CHECK (predecessor_id <> successor_id)
) STRICT;
CREATE INDEX links_successor ON links (successor_id);
`;

/*
 * Version 2: interactive editing (issue 4).
 * - task_schedule: the engine's dates for each task, refreshed in the same
 *   transaction as every change (a cache: never part of Plan, rebuilt from it).
 * - edit_history: one row per edit (a batch), newest last; undone = 1 while
 *   the edit is undone (it can be redone until a new edit discards it).
 * - edit_history_rows: the batch's row-level change set, as JSON images of a
 *   plan-table row before and after (NULL before: inserted; NULL after: deleted).
 */
export const SCHEMA_V2 = `
CREATE TABLE task_schedule (
  task_id TEXT NOT NULL PRIMARY KEY REFERENCES tasks (id) ON DELETE CASCADE,
  start TEXT NOT NULL CHECK (start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  finish TEXT NOT NULL CHECK (finish GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  total_float INTEGER NOT NULL,
  critical INTEGER NOT NULL CHECK (critical IN (0, 1))
) STRICT;

CREATE TABLE edit_history (
  batch_id INTEGER NOT NULL PRIMARY KEY CHECK (batch_id >= 1),
  at TEXT NOT NULL,
  user_name TEXT NOT NULL,
  computer TEXT NOT NULL,
  label TEXT NOT NULL,
  label_en TEXT NOT NULL,
  edit TEXT NOT NULL,
  undone INTEGER NOT NULL CHECK (undone IN (0, 1))
) STRICT;

CREATE TABLE edit_history_rows (
  batch_id INTEGER NOT NULL REFERENCES edit_history (batch_id) ON DELETE CASCADE,
  seq INTEGER NOT NULL CHECK (seq >= 1),
  table_name TEXT NOT NULL CHECK (table_name IN ('plan_info', 'calendar_settings', 'calendar_exceptions', 'units', 'tasks', 'task_coordinators', 'links')),
  row_key TEXT NOT NULL,
  before_row TEXT,
  after_row TEXT,
  PRIMARY KEY (batch_id, seq),
  CHECK (before_row IS NOT NULL OR after_row IS NOT NULL)
) STRICT;
`;

/*
 * Version 3: the outline (issue 11).
 * - tasks.parent_id: the summary task (section) a task belongs to, NULL at the
 *   top level; positions stay depth-first through the outline (core/outline.ts).
 * - tasks.wbs: the plan's own numbering as written ("I", "1.1", "a"), '' when none.
 */
export const SCHEMA_V3 = `
ALTER TABLE tasks ADD COLUMN parent_id TEXT REFERENCES tasks (id);
ALTER TABLE tasks ADD COLUMN wbs TEXT NOT NULL DEFAULT '';
CREATE INDEX tasks_parent ON tasks (parent_id);
`;

/*
 * Version 4: baselines (kế hoạch gốc, issue 13 §1; core/baseline.ts).
 * - baselines: one row per saved baseline, index 0 … 10 as MSPDI's Baseline/Number.
 * - baseline_tasks: a task's dates when the baseline was saved. No foreign key
 *   to tasks: a baseline keeps the dates of a task deleted since (undoing the
 *   delete brings them back with it); saving the baseline again drops them.
 * - edit_history_rows is rebuilt to accept the two new tables' rows (a CHECK
 *   cannot be altered in place); its rows are copied unchanged.
 */
export const SCHEMA_V4 = `
CREATE TABLE baselines (
  baseline_index INTEGER NOT NULL PRIMARY KEY CHECK (baseline_index BETWEEN 0 AND 10),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  saved_on TEXT NOT NULL CHECK (saved_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) STRICT;

CREATE TABLE baseline_tasks (
  baseline_index INTEGER NOT NULL REFERENCES baselines (baseline_index) ON DELETE CASCADE,
  task_id TEXT NOT NULL CHECK (length(task_id) BETWEEN 1 AND 64),
  position INTEGER NOT NULL CHECK (position >= 1),
  start TEXT NOT NULL CHECK (start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  finish TEXT NOT NULL CHECK (finish GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  duration INTEGER NOT NULL CHECK (duration BETWEEN 0 AND 100000),
  PRIMARY KEY (baseline_index, task_id)
) STRICT;

CREATE TABLE edit_history_rows_v4 (
  batch_id INTEGER NOT NULL REFERENCES edit_history (batch_id) ON DELETE CASCADE,
  seq INTEGER NOT NULL CHECK (seq >= 1),
  table_name TEXT NOT NULL CHECK (table_name IN ('plan_info', 'calendar_settings', 'calendar_exceptions', 'units', 'tasks', 'task_coordinators', 'links', 'baselines', 'baseline_tasks')),
  row_key TEXT NOT NULL,
  before_row TEXT,
  after_row TEXT,
  PRIMARY KEY (batch_id, seq),
  CHECK (before_row IS NOT NULL OR after_row IS NOT NULL)
) STRICT;
INSERT INTO edit_history_rows_v4 (batch_id, seq, table_name, row_key, before_row, after_row)
  SELECT batch_id, seq, table_name, row_key, before_row, after_row FROM edit_history_rows;
DROP TABLE edit_history_rows;
ALTER TABLE edit_history_rows_v4 RENAME TO edit_history_rows;
`;
