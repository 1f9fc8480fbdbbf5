/**
 * The interface language outside React: remembered across sessions, and read
 * where text is made without a component (wording a failure in renderer/api.ts).
 * The store's `language` mirrors it for components.
 */
import type { Language } from '../../core/language';

const LANGUAGE_KEY = 'tiendo.language';

function storedLanguage(): Language {
  try {
    return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

let current: Language | null = null;

export function uiLanguage(): Language {
  current ??= storedLanguage();
  return current;
}

/** Switches and remembers the language; the store calls this and then re-renders. */
export function setUiLanguage(language: Language): void {
  current = language;
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage may be unavailable; the switch still applies to this session.
  }
  document.documentElement.lang = language;
}
