import type { CommandId } from '../../core/api/commands';
import { runCommand } from './commands';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/messages';
import { isFiltering } from '../state/taskFilter';
import { usePlanStore } from '../state/usePlanStore';
import { useBaselineView } from '../features/baselines/useBaselineView';

interface ButtonSpec {
  command: CommandId;
  label: MessageKey;
  shortcut?: string;
  needsSelection?: boolean;
  edits?: boolean;
}

const EDIT_BUTTONS: ButtonSpec[] = [
  { command: 'task.add', label: 'cmdAddTask', shortcut: 'Insert', edits: true },
  { command: 'task.delete', label: 'cmdDelete', shortcut: 'Delete', needsSelection: true, edits: true },
  { command: 'task.moveUp', label: 'cmdMoveUp', shortcut: 'Alt+↑', needsSelection: true, edits: true },
  { command: 'task.moveDown', label: 'cmdMoveDown', shortcut: 'Alt+↓', needsSelection: true, edits: true },
  { command: 'task.outdent', label: 'cmdOutdent', shortcut: 'Alt+Shift+←', needsSelection: true, edits: true },
  { command: 'task.indent', label: 'cmdIndent', shortcut: 'Alt+Shift+→', needsSelection: true, edits: true },
  { command: 'task.link', label: 'cmdLink', shortcut: 'Ctrl+L', needsSelection: true, edits: true },
];

const FILE_BUTTONS: ButtonSpec[] = [
  { command: 'dialog.units', label: 'cmdUnits' },
  { command: 'dialog.calendar', label: 'cmdCalendar' },
  { command: 'file.import', label: 'cmdImport' },
  { command: 'file.exportTable', label: 'cmdExportTable' },
  { command: 'file.exportTimeline', label: 'cmdExportTimeline' },
  { command: 'task.updateProgress', label: 'cmdUpdateProgress', needsSelection: true, edits: true },
  { command: 'file.progressReport', label: 'cmdProgressReport' },
  { command: 'plan.saveBaseline', label: 'cmdSaveBaseline', edits: true },
  { command: 'file.mergeCopy', label: 'shCmdMergeCopy' },
  { command: 'dialog.changes', label: 'shCmdChanges' },
];

/** Editing commands, undo/redo, filters and the dialogs. */
export function Toolbar() {
  const t = useT();
  const readOnly = usePlanStore((s) => s.openPlan?.readOnly ?? true);
  const selected = usePlanStore((s) => s.selectedIds.length);
  const undo = usePlanStore((s) => s.undo);
  const button = ({ command, label, shortcut, needsSelection, edits }: ButtonSpec) => (
    <button
      key={command}
      type="button"
      data-action={command}
      title={shortcut ? `${t(label)} (${shortcut})` : t(label)}
      disabled={(edits && readOnly) || (needsSelection && selected === 0)}
      onClick={() => void runCommand(command)}
    >
      {t(label)}
    </button>
  );
  return (
    <div className="toolbar-row" role="toolbar">
      <div className="tool-group">{EDIT_BUTTONS.map(button)}</div>
      <div className="tool-group">
        <button type="button" data-action="edit.undo" disabled={!undo.canUndo || readOnly} title={undo.undoLabel ? `${t('cmdUndo')}: ${undo.undoLabel} (Ctrl+Z)` : t('cmdUndo')} onClick={() => void runCommand('edit.undo')}>
          {t('cmdUndo')}
        </button>
        <button type="button" data-action="edit.redo" disabled={!undo.canRedo || readOnly} title={undo.redoLabel ? `${t('cmdRedo')}: ${undo.redoLabel} (Ctrl+Y)` : t('cmdRedo')} onClick={() => void runCommand('edit.redo')}>
          {t('cmdRedo')}
        </button>
      </div>
      <FilterControls />
      <div className="tool-group">{FILE_BUTTONS.map(button)}</div>
    </div>
  );
}

function FilterControls() {
  const t = useT();
  const filter = usePlanStore((s) => s.filter);
  const setFilter = usePlanStore((s) => s.setFilter);
  const units = usePlanStore((s) => s.view?.units ?? []);
  const { show: showBaseline, setShow: setShowBaseline } = useBaselineView();
  return (
    <div className={isFiltering(filter) ? 'tool-group filters is-filtering' : 'tool-group filters'}>
      <input
        type="search"
        data-filter-text
        placeholder={t('filterPlaceholder')}
        aria-label={t('filterPlaceholder')}
        value={filter.text}
        onChange={(e) => setFilter({ text: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            // As in a browser's find bar: Esc clears and gives the keyboard back to the plan (Ctrl+Z then works).
            setFilter({ text: '' });
            document.querySelector<HTMLElement>('.task-table')?.focus({ preventScroll: true });
          }
        }}
      />
      <select aria-label={t('filterUnit')} data-filter-unit value={filter.unitId ?? ''} onChange={(e) => setFilter({ unitId: e.target.value || null })}>
        <option value="">{t('filterAllUnits')}</option>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
      <label>
        <input type="checkbox" data-filter-critical checked={filter.criticalOnly} onChange={(e) => setFilter({ criticalOnly: e.target.checked })} />
        {t('filterCritical')}
      </label>
      <label>
        <input type="checkbox" data-filter-late checked={filter.lateOnly} onChange={(e) => setFilter({ lateOnly: e.target.checked })} />
        {t('filterLate')}
      </label>
      <label title={t('viewBaselineTitle')}>
        <input type="checkbox" data-view-baseline checked={showBaseline} onChange={(e) => setShowBaseline(e.target.checked)} />
        {t('viewBaseline')}
      </label>
    </div>
  );
}
