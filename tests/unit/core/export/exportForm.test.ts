/** The export dialog's form → options: dd/mm/yyyy dates, PDF on paper, filters combined. */
import { describe, expect, it } from 'vitest';
import { formToOptions, initialForm, updateForm } from '../../../../renderer/features/timelineExport/exportForm';
import { defaultPlan } from './plans';

const info = defaultPlan().info;
const context = { today: '2026-05-20', language: 'vi' as const, currentFilter: null };

describe('export form', () => {
  it('starts on the plan’s range as a 2× slide PNG', () => {
    const form = initialForm(info);
    expect(form).toMatchObject({ format: 'png', scale: 2, preset: 'slide', from: '01/04/2026', to: '31/12/2026' });
    expect(formToOptions(form, context)).toEqual({
      ok: true,
      options: { rangeStart: '2026-04-01', rangeEnd: '2026-12-31', filter: null, preset: 'slide', orientation: 'landscape', timeScale: 'week', showNonWorkingDays: true, fontScale: 1, language: 'vi', today: '2026-05-20' },
    });
  });

  it('reads d/m/yyyy and refuses what is not a date', () => {
    const form = updateForm(initialForm(info), { from: '1/6/2026', to: '31/9/2026' });
    expect(formToOptions(form, context)).toEqual({ ok: false, badDate: '31/9/2026' });
    const ok = formToOptions(updateForm(form, { to: '30/9/2026' }), context);
    expect(ok.ok && [ok.options.rangeStart, ok.options.rangeEnd]).toEqual(['2026-06-01', '2026-09-30']);
  });

  it('moves a PDF off the slide preset onto A4', () => {
    expect(updateForm(initialForm(info), { format: 'pdf' }).preset).toBe('A4');
    expect(updateForm(updateForm(initialForm(info), { preset: 'A3' }), { format: 'pdf' }).preset).toBe('A3');
  });

  it('combines the screen’s filter with the dialog’s choices', () => {
    const form = updateForm(initialForm(info), { useCurrentFilter: true, criticalOnly: true, leadUnitId: 'u1', smallText: true });
    const withScreen = formToOptions(form, { ...context, currentFilter: { taskIds: ['a', 'b'], leadUnitIds: ['u1', 'u2'] } });
    expect(withScreen.ok && withScreen.options).toMatchObject({ filter: { taskIds: ['a', 'b'], leadUnitIds: ['u1'], criticalOnly: true }, fontScale: 0.8 });
    const without = formToOptions(updateForm(form, { useCurrentFilter: false }), context);
    expect(without.ok && without.options.filter).toEqual({ criticalOnly: true, leadUnitIds: ['u1'] });
  });
});
