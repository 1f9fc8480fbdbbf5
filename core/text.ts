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
