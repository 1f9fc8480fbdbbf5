/** The export dialog's choices: format, resolution, page, range, scale, what to include. */
import type { Unit } from '../../../core/model';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import type { ExportForm } from './exportForm';

interface Props {
  form: ExportForm;
  onChange(change: Partial<ExportForm>): void;
  units: Unit[];
  hasCurrentFilter: boolean;
  disabled: boolean;
}

function Choice<V extends string | number>(props: {
  name: string;
  legend: MessageKey;
  value: V;
  options: [V, MessageKey | string][];
  onChange(v: V): void;
  disabled?: boolean;
  isDisabled?(v: V): boolean;
}) {
  const t = useT();
  return (
    <fieldset className="tx-choice" disabled={props.disabled}>
      <legend>{t(props.legend)}</legend>
      {props.options.map(([v, label]) => (
        <label key={String(v)}>
          <input type="radio" name={props.name} value={String(v)} checked={props.value === v} disabled={props.isDisabled?.(v)} onChange={() => props.onChange(v)} />
          {label.startsWith('tx') ? t(label as MessageKey) : label}
        </label>
      ))}
    </fieldset>
  );
}

export function ExportFields({ form, onChange, units, hasCurrentFilter, disabled }: Props) {
  const t = useT();
  return (
    <div className="tx-fields">
      <Choice name="tx-format" legend="txFormat" value={form.format} disabled={disabled} onChange={(format) => onChange({ format })} options={[['png', 'txPng'], ['svg', 'txSvg'], ['pdf', 'txPdf']]} />
      {form.format === 'png' && (
        <Choice name="tx-scale" legend="txScale" value={form.scale} disabled={disabled} onChange={(scale) => onChange({ scale })} options={[[1, '1×'], [2, '2×'], [3, '3×']]} />
      )}
      <Choice
        name="tx-preset"
        legend="txPage"
        value={form.preset}
        disabled={disabled}
        onChange={(preset) => onChange({ preset })}
        isDisabled={(v) => v === 'slide' && form.format === 'pdf'}
        options={[['slide', 'txSlide'], ['A4', 'txA4'], ['A3', 'txA3']]}
      />
      <Choice
        name="tx-orientation"
        legend="txOrientation"
        value={form.orientation}
        disabled={disabled || form.preset === 'slide'}
        onChange={(orientation) => onChange({ orientation })}
        options={[['landscape', 'txLandscape'], ['portrait', 'txPortrait']]}
      />
      <fieldset className="tx-range" disabled={disabled}>
        <legend>{t('txRange')}</legend>
        <label>
          {t('txFrom')}
          <input type="text" inputMode="numeric" placeholder="dd/mm/yyyy" value={form.from} onChange={(e) => onChange({ from: e.target.value })} />
        </label>
        <label>
          {t('txTo')}
          <input type="text" inputMode="numeric" placeholder="dd/mm/yyyy" value={form.to} onChange={(e) => onChange({ to: e.target.value })} />
        </label>
      </fieldset>
      <Choice name="tx-timescale" legend="txTimeScale" value={form.timeScale} disabled={disabled} onChange={(timeScale) => onChange({ timeScale })} options={[['week', 'txWeeks'], ['month', 'txMonths']]} />
      <fieldset className="tx-checks" disabled={disabled}>
        <label>
          <input type="checkbox" checked={form.showDaysOff} disabled={form.timeScale !== 'week'} onChange={(e) => onChange({ showDaysOff: e.target.checked })} />
          {t('txDaysOff')}
        </label>
        <label>
          <input type="checkbox" checked={form.smallText} onChange={(e) => onChange({ smallText: e.target.checked })} />
          {t('txSmallText')}
        </label>
        <label>
          <input type="checkbox" checked={form.dateColumns} onChange={(e) => onChange({ dateColumns: e.target.checked })} />
          {t('txDateColumns')}
        </label>
        <label>
          <input type="checkbox" checked={form.barLabels} onChange={(e) => onChange({ barLabels: e.target.checked })} />
          {t('txBarLabels')}
        </label>
        <label>
          <input type="checkbox" name="baseline" checked={form.baseline} onChange={(e) => onChange({ baseline: e.target.checked })} />
          {t('txBaseline')}
        </label>
        <label>
          <input type="checkbox" checked={form.useCurrentFilter} disabled={!hasCurrentFilter} onChange={(e) => onChange({ useCurrentFilter: e.target.checked })} />
          {t('txCurrentFilter')}
        </label>
        <label>
          <input type="checkbox" checked={form.criticalOnly} onChange={(e) => onChange({ criticalOnly: e.target.checked })} />
          {t('txCriticalOnly')}
        </label>
        <label className="tx-unit">
          {t('txLeadUnit')}
          <select value={form.leadUnitId} onChange={(e) => onChange({ leadUnitId: e.target.value })}>
            <option value="">{t('txAllUnits')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
    </div>
  );
}
