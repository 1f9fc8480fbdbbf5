import { usePlanStore } from '../state/usePlanStore';
import { translate, type MessageKey } from './messages';

/** The translate function for the current UI language. */
export function useT() {
  const language = usePlanStore((s) => s.language);
  return (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params);
}
