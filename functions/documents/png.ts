/**
 * PNG → PDF image XObject, without decoding where it can be avoided: an 8-bit grey or RGB PNG's IDAT
 * stream is already what PDF's FlateDecode with the PNG predictors (/Predictor 15) reads, so it is
 * embedded as it is. With an alpha channel the rows are unfiltered once, and the alpha goes into a
 * soft mask (/SMask) so a signature keeps its transparent background.
 */
import { deflateSync, inflateSync } from 'node:zlib';

export interface PdfImage {
  width: number;
  height: number;
  colors: 1 | 3;
  /** FlateDecode data of the colour samples. */
  data: Buffer;
  /** The data still carries PNG row filters (embedded IDAT): decoded with /Predictor 15. */
  predictor: boolean;
  /** FlateDecode data of the 8-bit alpha samples, if any. */
  alpha?: Buffer;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Colour type → (colour channels, has alpha). Palette images (3) are not taken. */
const COLOR_TYPES: Record<number, { colors: 1 | 3; alpha: boolean }> = {
  0: { colors: 1, alpha: false },
  2: { colors: 3, alpha: false },
  4: { colors: 1, alpha: true },
  6: { colors: 3, alpha: true },
};

export class UnsupportedImageError extends Error {}

/** Reads a PNG for embedding; anything else (palette, 16-bit, interlaced, damaged) is refused with the reason. */
export function pngImage(png: Buffer): PdfImage {
  if (png.length < 33 || !png.subarray(0, 8).equals(SIGNATURE)) throw new UnsupportedImageError('not a PNG file');
  let offset = 8;
  let header: { width: number; height: number; depth: number; colorType: number; interlace: number } | undefined;
  const idat: Buffer[] = [];
  while (offset + 8 <= png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (data.length !== length) throw new UnsupportedImageError('the PNG file is cut short');
    if (type === 'IHDR') {
      header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), depth: data[8]!, colorType: data[9]!, interlace: data[12]! };
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  if (!header || idat.length === 0) throw new UnsupportedImageError('the PNG file has no image data');
  const kind = COLOR_TYPES[header.colorType];
  if (!kind || header.depth !== 8)
    throw new UnsupportedImageError('only 8-bit grey, RGB, grey+alpha or RGBA PNG images are taken (no palette or 16-bit)');
  if (header.interlace !== 0) throw new UnsupportedImageError('interlaced PNG images are not taken');
  if (header.width < 1 || header.height < 1 || header.width * header.height > 16_000_000)
    throw new UnsupportedImageError('the PNG image size is out of range');
  const { width, height } = header;
  const compressed = Buffer.concat(idat);
  if (!kind.alpha) return { width, height, colors: kind.colors, data: compressed, predictor: true };

  const channels = kind.colors + 1;
  const pixels = unfilter(inflateSync(compressed), width, height, channels);
  const color = Buffer.alloc(width * height * kind.colors);
  const alpha = Buffer.alloc(width * height);
  for (let p = 0; p < width * height; p++) {
    pixels.copy(color, p * kind.colors, p * channels, p * channels + kind.colors);
    alpha[p] = pixels[p * channels + kind.colors]!;
  }
  return { width, height, colors: kind.colors, data: deflateSync(color), predictor: false, alpha: deflateSync(alpha) };
}

/** Undoes PNG's per-row filters (None, Sub, Up, Average, Paeth) of 8-bit samples. */
function unfilter(raw: Buffer, width: number, height: number, bpp: number): Buffer {
  const stride = width * bpp;
  if (raw.length < height * (stride + 1)) throw new UnsupportedImageError('the PNG image data is cut short');
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[row + x - bpp]! : 0;
      const b = y > 0 ? out[row - stride + x]! : 0;
      const c = x >= bpp && y > 0 ? out[row - stride + x - bpp]! : 0;
      let predicted: number;
      switch (filter) {
        case 0:
          predicted = 0;
          break;
        case 1:
          predicted = a;
          break;
        case 2:
          predicted = b;
          break;
        case 3:
          predicted = (a + b) >> 1;
          break;
        case 4:
          predicted = paeth(a, b, c);
          break;
        default:
          throw new UnsupportedImageError(`unknown PNG row filter ${filter}`);
      }
      out[row + x] = (raw[src + x]! + predicted) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
