import { useEffect, useRef, useState } from 'react';
import { useOnceSaver, usePendingEdit } from '../../state/pendingEdits';

interface TextFieldProps {
  label: string;
  value: string;
  multiline?: boolean;
  readOnly: boolean;
  error?: string;
  hint?: string;
  name: string;
  /** Saves the text; resolves false when the plan refused it (the error then shows here). */
  onCommit(value: string): Promise<boolean>;
}

/**
 * A labelled text field that saves when it loses focus, on Enter (Ctrl+Enter
 * when multi-line), or before anything takes the user elsewhere (it is a
 * pending edit while its text differs from the plan); Esc reverts.
 */
export function TextField({ label, value, multiline, readOnly, error, hint, name, onCommit }: TextFieldProps) {
  const [draft, setDraft] = useState(value);
  const element = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const saver = useOnceSaver(onCommit);
  useEffect(() => {
    setDraft(value);
    saver.reset();
  }, [value]); // only when the plan's value changes
  const commit = () => (draft === value ? Promise.resolve(true) : saver.save(draft));
  usePendingEdit(!readOnly && draft !== value, commit, () => element.current?.focus());
  const common = {
    ref: element,
    value: draft,
    readOnly,
    'aria-label': label,
    'aria-invalid': Boolean(error),
    'data-field': name,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: () => void commit(),
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Escape') {
        setDraft(value);
        (e.target as HTMLElement).blur();
      } else if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void commit();
      }
    },
  };
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      {hint && <span className="field-hint">{hint}</span>}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}
