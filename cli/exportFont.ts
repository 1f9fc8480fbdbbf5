/**
 * The app's export font (Noto Sans, latin and vietnamese subsets, 400 and
 * 600) as @font-face rules with the woff2 files inlined, read from the same
 * @fontsource package the renderer bundles, so an SVG or PNG made on the
 * command line looks exactly like one made in the app.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';

// From @fontsource/noto-sans/unicode.json (as renderer/features/timelineExport/exportFont.ts).
const RANGES = {
  latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  vietnamese: 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
};

export function embeddedFontCss(): string {
  const require = createRequire(import.meta.url);
  const faces: string[] = [];
  for (const subset of ['latin', 'vietnamese'] as const) {
    for (const weight of [400, 600]) {
      const file = require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff2`);
      const data = fs.readFileSync(file).toString('base64');
      faces.push(
        `@font-face{font-family:'Noto Sans';font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${RANGES[subset]}}`,
      );
    }
  }
  return faces.join('\n');
}
