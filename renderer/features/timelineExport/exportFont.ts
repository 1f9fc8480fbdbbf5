/**
 * The bundled font for exports. SVG/PNG: the woff2 files inlined as data:
 * URLs inside the SVG (an SVG drawn as an image may not fetch anything, and
 * a saved .svg must render the same on another computer, offline). The print
 * view: the same files by URL from the app itself ('self' in the CSP).
 * unicode-range lets the latin and vietnamese subsets combine into one family.
 */
import latin400Inline from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?inline';
import latin400Url from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin600Inline from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?inline';
import latin600Url from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import vietnamese400Inline from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?inline';
import vietnamese400Url from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url';
import vietnamese600Inline from '@fontsource/noto-sans/files/noto-sans-vietnamese-600-normal.woff2?inline';
import vietnamese600Url from '@fontsource/noto-sans/files/noto-sans-vietnamese-600-normal.woff2?url';

// From @fontsource/noto-sans/unicode.json.
const RANGES = {
  latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  vietnamese: 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
};

const FACES = [
  { weight: 400, range: RANGES.latin, inline: latin400Inline, url: latin400Url },
  { weight: 600, range: RANGES.latin, inline: latin600Inline, url: latin600Url },
  { weight: 400, range: RANGES.vietnamese, inline: vietnamese400Inline, url: vietnamese400Url },
  { weight: 600, range: RANGES.vietnamese, inline: vietnamese600Inline, url: vietnamese600Url },
];

function css(source: 'inline' | 'url'): string {
  return FACES.map(
    (f) => `@font-face{font-family:'Noto Sans';font-style:normal;font-weight:${f.weight};src:url(${f[source]}) format('woff2');unicode-range:${f.range}}`,
  ).join('\n');
}

/** @font-face rules with the font inside (for SVG files and SVG drawn to a canvas). */
export const EMBEDDED_FONT_CSS = css('inline');
/** @font-face rules pointing at the app's own font files (for the print view). */
export const LINKED_FONT_CSS = css('url');
