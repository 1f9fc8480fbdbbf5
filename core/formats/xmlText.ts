/**
 * XLSX and DOCX are XML inside a zip: a control character (a stray \u0001
 * pasted from an old system) makes Excel and Word refuse the whole file.
 * Text from a plan is untrusted, so every string goes through here first.
 */

// Not allowed in XML 1.0: C0 controls except tab/newline/return, U+FFFE/U+FFFF, lone surrogates.
// With the u flag a surrogate range only matches unpaired halves.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Excel's limit per cell; longer text is cut (with an ellipsis) rather than making a corrupt file. */
export const EXCEL_MAX_CELL = 32_767;
