// Writes the add-in icons (assets/icon-16/32/64/80.png): a white ledger sheet with a green check
// mark on a blue square. Plain PNG via zlib, no image libraries. Run: node scripts/make-icons.js
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function pixel(x, y, n) {
  const u = (x + 0.5) / n;
  const v = (y + 0.5) / n;
  const r = 0.18;
  // Rounded blue square.
  const dx = Math.max(0, Math.abs(u - 0.5) - (0.5 - r));
  const dy = Math.max(0, Math.abs(v - 0.5) - (0.5 - r));
  if (Math.hypot(dx, dy) > r) return [0, 0, 0, 0];
  // Check mark: two strokes.
  const dist = (ax, ay, bx, by) => {
    const t = Math.max(0, Math.min(1, ((u - ax) * (bx - ax) + (v - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(u - (ax + t * (bx - ax)), v - (ay + t * (by - ay)));
  };
  const w = 0.065;
  if (dist(0.36, 0.62, 0.5, 0.76) < w || dist(0.5, 0.76, 0.8, 0.36) < w) return [0x2e, 0xa0, 0x43, 255];
  // Ledger sheet with lines.
  if (u > 0.2 && u < 0.72 && v > 0.16 && v < 0.84) {
    const line = [0.3, 0.42, 0.54].some((ly) => Math.abs(v - ly) < 0.025) && u > 0.28 && u < 0.64;
    return line ? [0x9a, 0xa5, 0xb1, 255] : [255, 255, 255, 255];
  }
  return [0x1f, 0x5f, 0xa8, 255];
}

function png(n) {
  const raw = Buffer.alloc(n * (n * 4 + 1));
  for (let y = 0; y < n; y++) {
    raw[y * (n * 4 + 1)] = 0;
    for (let x = 0; x < n; x++) Buffer.from(pixel(x, y, n)).copy(raw, y * (n * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(n, 0);
  ihdr.writeUInt32BE(n, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80]) {
  fs.writeFileSync(path.join(__dirname, '..', 'assets', `icon-${size}.png`), png(size));
}
console.log('wrote assets/icon-16.png, icon-32.png, icon-64.png, icon-80.png');
