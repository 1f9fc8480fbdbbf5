/**
 * Draws the app icon (a small Gantt chart on a blue tile) and writes
 * build/icon.png (512×512), build/icon.ico (16–256, PNG-compressed entries)
 * and build/icon.icns (128–1024). Plain Node + zlib, so it runs anywhere:
 *   node build/make-icons.mjs
 * Shapes are defined on a 512-unit canvas and sampled 4×4 per pixel at
 * each size, so small sizes stay crisp without a resampling library.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const here = new URL('.', import.meta.url);

const BLUE_TOP = [38, 110, 200];
const BLUE_BOTTOM = [22, 74, 150];
const WHITE = [255, 255, 255];
const AMBER = [255, 196, 61];
const GRID = [255, 255, 255, 48];

const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const diamond = (cx, cy, r) => (x, y) => Math.abs(x - cx) + Math.abs(y - cy) <= r;
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;

const tile = roundedRect(16, 16, 496, 496, 96);
/** Later layers paint over earlier ones: [shape, rgba]. */
const layers = [
  ...[176, 272, 368].map((gx) => [rect(gx - 2, 96, gx + 2, 424), GRID]),
  [roundedRect(80, 120, 296, 176, 20), [...WHITE, 255]],
  [rect(292, 144, 316, 152), [...WHITE, 255]], // link from bar 1 to bar 2
  [rect(308, 144, 316, 218), [...WHITE, 255]],
  [roundedRect(200, 212, 424, 268, 20), [...AMBER, 255]],
  [roundedRect(136, 304, 352, 360, 20), [...WHITE, 255]],
  [diamond(400, 392, 34), [...AMBER, 255]], // milestone
];

function colourAt(x, y) {
  if (!tile(x, y)) return [0, 0, 0, 0];
  const t = y / 512;
  let rgb = BLUE_TOP.map((c, i) => c + (BLUE_BOTTOM[i] - c) * t);
  for (const [shape, [r, g, b, a]] of layers) {
    if (shape(x, y)) rgb = [r, g, b].map((c, i) => c * (a / 255) + rgb[i] * (1 - a / 255));
  }
  return [...rgb, 255];
}

function render(size) {
  const n = 4;
  const scale = 512 / size;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const [r, g, b, a] = colourAt((px + (sx + 0.5) / n) * scale, (py + (sy + 0.5) / n) * scale);
          sum[0] += r * a;
          sum[1] += g * a;
          sum[2] += b * a;
          sum[3] += a;
        }
      }
      const o = (py * size + px) * 4;
      const alpha = sum[3] / (n * n);
      for (let i = 0; i < 3; i++) pixels[o + i] = sum[3] === 0 ? 0 : Math.round(sum[i] / sum[3]);
      pixels[o + 3] = Math.round(alpha);
    }
  }
  return encodePng(size, pixels);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function encodeIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size; // 0 means 256
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4); // planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map(({ png }) => png)]);
}

function encodeIcns(images) {
  const blocks = images.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + blocks.reduce((n, b) => n + b.length, 0), 4);
  return Buffer.concat([head, ...blocks]);
}

const pngs = new Map([16, 24, 32, 48, 64, 128, 256, 512, 1024].map((size) => [size, render(size)]));
writeFileSync(new URL('icon.png', here), pngs.get(512));
writeFileSync(new URL('icon.ico', here), encodeIco([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, png: pngs.get(size) }))));
writeFileSync(
  new URL('icon.icns', here),
  encodeIcns([
    { type: 'ic07', png: pngs.get(128) },
    { type: 'ic08', png: pngs.get(256) },
    { type: 'ic09', png: pngs.get(512) },
    { type: 'ic10', png: pngs.get(1024) },
  ]),
);
console.log('build/icon.png, build/icon.ico, build/icon.icns written');
