import { useEffect, useState } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  multiline?: boolean;
  readOnly: boolean;
  error?: string;
  hint?: string;
  name: string;
  onCommit(value: string): void;
}

/** A labelled text field that saves when it loses focus or on Enter (Ctrl+Enter when multi-line); Esc reverts. */
export function TextField({ label, value, multiline, readOnly, error, hint, name, onCommit }: TextFieldProps) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const common = {
    value: draft,
    readOnly,
    'aria-label': label,
    'aria-invalid': Boolean(error),
    'data-field': name,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Escape') {
        setDraft(value);
        (e.target as HTMLElement).blur();
      } else if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        commit();
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
