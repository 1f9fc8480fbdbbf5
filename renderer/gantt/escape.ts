/**
 * Plan text is untrusted. frappe-gantt writes a task's name with innerHTML
 * (bar.js: `innerHTML: this.task.name`), so the name it receives must be
 * HTML-escaped: the parser then turns the entities back into the literal
 * characters, and `<img onerror=…>` is shown as text, never created.
 */
import { MAX_LABEL_CHARS } from './layout';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * The text shown next to a bar: "STT. name" on one line, cut at
 * `max` characters (whole code points, so no broken surrogate pairs).
 * Not escaped: escape it before it reaches innerHTML.
 */
export function barLabel(stt: number, name: string, max = MAX_LABEL_CHARS): string {
  const oneLine = name.replace(/\s+/g, ' ').trim();
  const chars = Array.from(oneLine);
  const shown = chars.length > max ? `${chars.slice(0, max - 1).join('').trimEnd()}…` : oneLine;
  return Number.isFinite(stt) ? `${stt}. ${shown}` : shown;
}
