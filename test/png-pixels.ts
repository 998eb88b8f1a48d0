import { inflateSync } from "node:zlib";

/** A decoded 8-bit greyscale, RGB or RGBA PNG: size, channels and raw pixel bytes. */
export type DecodedPng = { width: number; height: number; channels: number; pixels: Buffer };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function unfilter(data: Buffer, width: number, height: number, channels: number): Buffer {
  const stride = width * channels;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)] ?? 0;
    for (let x = 0; x < stride; x++) {
      const raw = data[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= channels ? (out[y * stride + x - channels] ?? 0) : 0;
      const up = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (out[(y - 1) * stride + x - channels] ?? 0) : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter] ?? 0;
      out[y * stride + x] = (raw + predictor) & 0xff;
    }
  }
  return out;
}

/**
 * Decodes a non-interlaced 8-bit PNG (what `pdftoppm -png` writes), enough for tests to look at
 * pixels without an image library.
 */
export function decodePng(file: Buffer): DecodedPng {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString("ascii", offset + 4, offset + 8);
    const body = file.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0) throw new Error("only 8-bit non-interlaced PNGs");
      channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[body[9] ?? -1] ?? 0;
      if (channels === 0) throw new Error(`unsupported PNG colour type ${body[9]}`);
    }
    if (type === "IDAT") idat.push(body);
    offset += 12 + length;
  }
  const pixels = unfilter(inflateSync(Buffer.concat(idat)), width, height, channels);
  return { width, height, channels, pixels };
}

/** The share of pixels (0..1) whose first channel is darker than `threshold`. */
export function measureInkShare(png: DecodedPng, threshold = 160): number {
  let dark = 0;
  const count = png.width * png.height;
  for (let i = 0; i < count; i++) if ((png.pixels[i * png.channels] ?? 255) < threshold) dark += 1;
  return count === 0 ? 0 : dark / count;
}
