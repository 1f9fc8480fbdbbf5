import { useEffect, useRef, useState } from 'react';
import { LINK_TYPES, type LinkType } from '../../../core/model';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import type { LinkView, TaskView } from '../../planView';
import { useOnceSaver, usePendingEdit } from '../../state/pendingEdits';
import type { useFieldSave } from './useFieldSave';

interface LinksEditorProps {
  view: TaskView;
  allTasks: TaskView[];
  readOnly: boolean;
  fields: ReturnType<typeof useFieldSave>;
}

/** Predecessors (type and lag editable) and successors of a task, with add and remove. */
export function LinksEditor({ view, allTasks, readOnly, fields }: LinksEditorProps) {
  const t = useT();
  const [stt, setStt] = useState('');
  const [type, setType] = useState<LinkType>('FS');
  const [lag, setLag] = useState('0');
  const [inputError, setInputError] = useState<string | null>(null);
  const { save, errors } = fields;

  const add = async () => {
    const pred = allTasks.find((v) => String(v.stt) === stt.trim());
    const lagDays = Number(lag);
    if (!pred) return setInputError(t('linkNoSuchTask', { stt: stt.trim() }));
    if (!Number.isInteger(lagDays)) return setInputError(t('linkLagInvalid'));
    setInputError(null);
    if (await save('link-new', { op: 'addLink', predecessorId: pred.task.id, successorId: view.task.id, type, lag: lagDays })) {
      setStt('');
      setLag('0');
    }
  };

  return (
    <div className="links-editor">
      <span className="field-label">{t('predecessors')}</span>
      <ul className="link-list" data-links="predecessors">
        {view.predecessors.map((p) => (
          <LinkRow key={p.link.id} link={p} readOnly={readOnly} fields={fields} />
        ))}
        {view.predecessors.length === 0 && <li className="muted">{t('none')}</li>}
      </ul>
      {!readOnly && (
        <div className="link-add">
          <input aria-label={t('linkPredecessorStt')} placeholder={t('linkPredecessorStt')} value={stt} inputMode="numeric" data-link-new-stt onChange={(e) => setStt(e.target.value)} />
          <select aria-label={t('linkType')} title={t(LINK_TYPE_HINTS[type])} value={type} onChange={(e) => setType(e.target.value as LinkType)}>
            <LinkTypeOptions />
          </select>
          <input aria-label={t('linkLag')} title={t('linkLag')} value={lag} className="lag" onChange={(e) => setLag(e.target.value)} />
          <button type="button" data-link-add onClick={() => void add()}>
            {t('linkAdd')}
          </button>
        </div>
      )}
      {(inputError ?? errors['link-new']) && (
        <span className="field-error" role="alert">
          {inputError ?? errors['link-new']}
        </span>
      )}
      <span className="field-label">{t('successors')}</span>
      <ul className="link-list" data-links="successors">
        {view.successors.map((s) => (
          <li key={s.link.id} title={t(LINK_TYPE_HINTS[s.link.type])}>
            {s.otherStt}. {s.otherName} ({t(LINK_TYPE_NAMES[s.link.type])}
            {formatLag(s.link.lag)})
          </li>
        ))}
        {view.successors.length === 0 && <li className="muted">{t('none')}</li>}
      </ul>
    </div>
  );
}

function LinkRow({ link, readOnly, fields }: { link: LinkView; readOnly: boolean; fields: ReturnType<typeof useFieldSave> }) {
  const t = useT();
  const key = `link-${link.link.id}`;
  return (
    <li data-link-id={link.link.id}>
      <span className="link-name" title={link.otherName}>
        {link.otherStt}. {link.otherName}
      </span>
      <select
        aria-label={t('linkType')}
        value={link.link.type}
        disabled={readOnly}
        title={t(LINK_TYPE_HINTS[link.link.type])}
        onChange={(e) => void fields.save(key, { op: 'updateLink', linkId: link.link.id, type: e.target.value as LinkType })}
      >
        <LinkTypeOptions />
      </select>
      <LagField lag={link.link.lag} readOnly={readOnly} onCommit={(lag) => fields.save(key, { op: 'updateLink', linkId: link.link.id, lag })} />
      {!readOnly && (
        <button type="button" title={t('linkRemove')} aria-label={t('linkRemove')} onClick={() => void fields.save(key, { op: 'deleteLink', linkId: link.link.id })}>
          ×
        </button>
      )}
      {fields.errors[key] && (
        <span className="field-error" role="alert">
          {fields.errors[key]}
        </span>
      )}
    </li>
  );
}

const LINK_TYPE_NAMES: Record<LinkType, MessageKey> = { FS: 'linkTypeFS', SS: 'linkTypeSS', FF: 'linkTypeFF', SF: 'linkTypeSF' };
const LINK_TYPE_HINTS: Record<LinkType, MessageKey> = { FS: 'linkTypeFSHint', SS: 'linkTypeSSHint', FF: 'linkTypeFFHint', SF: 'linkTypeSFHint' };

/** "Kết thúc – Bắt đầu (FS)" …, each with what it means as a tooltip. */
function LinkTypeOptions() {
  const t = useT();
  return (
    <>
      {LINK_TYPES.map((lt) => (
        <option key={lt} value={lt} title={t(LINK_TYPE_HINTS[lt])}>
          {t(LINK_TYPE_NAMES[lt])}
        </option>
      ))}
    </>
  );
}

/** A link's lag in working days: saved on blur, Enter, or before the user goes elsewhere (a pending edit). */
function LagField({ lag, readOnly, onCommit }: { lag: number; readOnly: boolean; onCommit(lag: number): Promise<boolean> }) {
  const t = useT();
  const [draft, setDraft] = useState(String(lag));
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const saver = useOnceSaver((text) => onCommit(Number(text)));
  useEffect(() => {
    setDraft(String(lag));
    saver.reset();
  }, [lag]); // only when the plan's value changes
  const commit = async () => {
    const value = draft.trim();
    if (value === String(lag)) return true;
    if (!/^[+-]?\d+$/.test(value)) {
      setError(t('linkLagInvalid'));
      return false;
    }
    setError(null);
    return saver.save(String(Number(value)));
  };
  usePendingEdit(!readOnly && draft.trim() !== String(lag), commit, () => input.current?.focus());
  return (
    <>
      <input
        ref={input}
        aria-label={t('linkLag')}
        title={t('linkLag')}
        className="lag"
        value={draft}
        readOnly={readOnly}
        aria-invalid={error !== null}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void commit();
          else if (e.key === 'Escape') {
            setDraft(String(lag));
            setError(null);
          }
        }}
      />
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}

function formatLag(lag: number): string {
  return lag === 0 ? '' : lag > 0 ? `+${lag}` : String(lag);
}
