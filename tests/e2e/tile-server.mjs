// A tiny XYZ tile server on loopback for the basemap tests: every tile is one solid-colour
// 256×256 PNG, written here without any image library (zlib + CRC from node:zlib).
import { createServer } from 'node:http';
import { crc32, deflateSync } from 'node:zlib';

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'ascii'), data])), 8 + data.length);
  return out;
}

/** A solid RGB PNG of size×size pixels. */
export function solidPng([r, g, b], size = 256) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, no interlace
  const row = Buffer.alloc(1 + size * 3);
  for (let i = 0; i < size; i++) row.set([r, g, b], 1 + i * 3);
  const raw = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Serves `/{z}/{x}/{y}.png` on 127.0.0.1; resolves to { url template, requests, close }. */
export function startTileServer(colour) {
  const png = solidPng(colour);
  const requests = [];
  const server = createServer((req, res) => {
    requests.push(req.url);
    if (!/^\/\d+\/\d+\/\d+\.png$/.test(req.url ?? '')) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' });
    res.end(png);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        template: `http://127.0.0.1:${port}/{z}/{x}/{y}.png`,
        requests,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}
