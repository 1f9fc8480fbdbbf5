/**
 * The Content-Security-Policy of the renderer, sent as a response header by
 * the app:// handler (a header, not a <meta>, so frame-ancestors applies and
 * the page cannot loosen it).
 *
 * What the renderer needs: Vite emits module scripts and stylesheets as files
 * ('self'); React does not eval. frappe-gantt 1.2 writes style="…" attributes
 * through setAttribute and innerHTML (holiday fills, the hatch pattern),
 * which only 'unsafe-inline' in style-src allows. Scripts stay strict — which
 * matters because frappe-gantt also puts task names into innerHTML, so an
 * inline handler smuggled in plan data must not run. The app is offline: no
 * network at all (connect-src 'none').
 */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  // data: as in renderer/index.html's <meta> policy: Vite inlines assets under 4 kB
  // (a small font subset would become a data: URL), and both policies apply.
  ['font-src', "'self' data:"],
  ['connect-src', "'none'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');
