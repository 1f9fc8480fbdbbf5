/**
 * Small text helpers for Vietnamese input: whitespace clean-up and a
 * diacritic-insensitive "fold" used for matching headers, time expressions
 * and search, where users may type with or without accents.
 */

/** Every run of whitespace (incl. tabs, line breaks, non-breaking spaces) → one space; trimmed. */
export function normaliseSpaces(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/**
 * Lower-case, strip diacritics (đ → d), collapse whitespace:
 * "Thời gian  THỰC HIỆN" → "thoi gian thuc hien".
 */
export function foldVietnamese(s: string): string {
  return normaliseSpaces(
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/gu, '')
      .replace(/[đĐ]/gu, 'd')
      .toLowerCase(),
  );
}

/** Upper-case first letter → lower-case, the rest unchanged ("Triển khai" → "triển khai"). */
export function lowerFirst(s: string): string {
  const first = s.charAt(0);
  return first.toLocaleLowerCase('vi') + s.slice(1);
}

/**
 * Well-formed UTF-16 (a lone surrogate, e.g. half of a cut emoji, → U+FFFD,
 * as SQLite would store it) in NFC (as Vietnamese keyboards type it), so the
 * page, the cache, the history and the file all hold the same text.
 */
export function wellFormedText(s: string, opts: { nfc?: boolean } = {}): string {
  const whole = s.replace(/\p{Cs}/gu, '\uFFFD');
  return opts.nfc === false ? whole : whole.normalize('NFC');
}

/** `value` with every string in it (deeply: arrays, plain objects) passed through wellFormedText. */
export function wellFormedStrings<T>(value: T): T {
  if (typeof value === 'string') return wellFormedText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => wellFormedStrings(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wellFormedStrings(v)])) as T;
  }
  return value;
}
