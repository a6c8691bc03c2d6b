// Draws the extension icons (public/icons/icon-N.png): a newspaper page with one highlighted line.
// Run once with `node scripts/make-icons.mjs`; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const SUPERSAMPLE = 4;

// Shapes in a 0..1 square, painted in order; later shapes cover earlier ones.
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
};
const SHAPES = [
  [roundedRect(0.02, 0.02, 0.98, 0.98, 0.2), [29, 53, 87]],
  [roundedRect(0.2, 0.14, 0.8, 0.86, 0.06), [250, 250, 247]],
  [roundedRect(0.28, 0.24, 0.72, 0.32, 0.02), [29, 53, 87]],
  [roundedRect(0.24, 0.42, 0.76, 0.56, 0.03), [255, 209, 56]],
  [roundedRect(0.28, 0.46, 0.66, 0.52, 0.01), [29, 53, 87]],
  [roundedRect(0.28, 0.64, 0.72, 0.69, 0.01), [120, 130, 145]],
  [roundedRect(0.28, 0.75, 0.6, 0.8, 0.01), [120, 130, 145]],
];

function pixel(x, y) {
  let color = null;
  for (const [inside, rgb] of SHAPES) if (inside(x, y)) color = rgb;
  return color;
}

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const c = pixel((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          if (!c) continue;
          sum[0] += c[0];
          sum[1] += c[1];
          sum[2] += c[2];
          sum[3] += 255;
        }
      }
      const n = SUPERSAMPLE * SUPERSAMPLE;
      const covered = sum[3] / 255 || 1;
      const i = (py * size + px) * 4;
      rgba[i] = sum[0] / covered;
      rgba[i + 1] = sum[1] / covered;
      rgba[i + 2] = sum[2] / covered;
      rgba[i + 3] = sum[3] / n;
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6; // 8-bit RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icons/icon-${size}.png`, png(size, render(size)));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')}`);
