/**
 * Just enough TrueType (glyf outlines) to embed a subset of a font in a PDF: character → glyph via
 * `cmap`, advance widths via `hmtx`, and a subset font holding only the glyphs a document uses.
 *
 * Why not fontkit (through pdfkit or pdf-lib)? Bundled, pdfkit with fontkit is 1.1 MB minified
 * (0.66 MB even without its WOFF2 decoder) and pdf-lib with @pdf-lib/fontkit 1.4 MB; a
 * Lambda bundle here must stay under 400 KB. Notices need none of their shaping: Chinese text is
 * set glyph by glyph, left to right.
 */

interface Table {
  offset: number;
  length: number;
}

/** Tables a TrueType font embedded in a PDF needs (ISO 32000 §9.9); the rest are dropped. */
const KEPT_TABLES = ['head', 'hhea', 'maxp', 'hmtx', 'loca', 'glyf', 'cvt ', 'fpgm', 'prep', 'OS/2', 'post'] as const;

// Composite glyph flags (OpenType `glyf` spec).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

export class TrueTypeFont {
  readonly unitsPerEm: number;
  readonly numGlyphs: number;
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly bbox: [number, number, number, number];
  readonly postScriptName: string;
  private readonly tables = new Map<string, Table>();
  private readonly view: DataView;
  private readonly numberOfHMetrics: number;
  private readonly longLoca: boolean;
  private readonly cmapLookup: (codePoint: number) => number;
  private readonly glyphCache = new Map<number, number>();

  constructor(private readonly data: Buffer) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const version = this.u32(0);
    if (version !== 0x00010000 && version !== 0x74727565) throw new Error('Not a TrueType font (glyf outlines are needed)');
    const count = this.u16(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      const tag = data.toString('latin1', at, at + 4);
      this.tables.set(tag, { offset: this.u32(at + 8), length: this.u32(at + 12) });
    }
    for (const tag of ['head', 'hhea', 'maxp', 'hmtx', 'loca', 'glyf', 'cmap']) {
      if (!this.tables.has(tag)) throw new Error(`The font has no ${tag} table`);
    }
    const head = this.table('head').offset;
    this.unitsPerEm = this.u16(head + 18);
    this.bbox = [this.i16(head + 36), this.i16(head + 38), this.i16(head + 40), this.i16(head + 42)];
    this.longLoca = this.i16(head + 50) === 1;
    this.numGlyphs = this.u16(this.table('maxp').offset + 4);
    const hhea = this.table('hhea').offset;
    this.ascent = this.i16(hhea + 4);
    this.descent = this.i16(hhea + 6);
    this.numberOfHMetrics = this.u16(hhea + 34);
    const os2 = this.tables.get('OS/2');
    this.capHeight = os2 && this.u16(os2.offset) >= 2 ? this.i16(os2.offset + 88) : this.ascent;
    this.postScriptName = this.readPostScriptName() ?? 'Embedded';
    this.cmapLookup = this.readCmap();
  }

  /** Glyph of a Unicode code point; 0 (.notdef) when the font has none. */
  glyphId(codePoint: number): number {
    let gid = this.glyphCache.get(codePoint);
    if (gid === undefined) {
      gid = this.cmapLookup(codePoint);
      if (gid >= this.numGlyphs) gid = 0;
      this.glyphCache.set(codePoint, gid);
    }
    return gid;
  }

  /** Advance width in font units. */
  advance(gid: number): number {
    const hmtx = this.table('hmtx').offset;
    const index = Math.min(gid, this.numberOfHMetrics - 1);
    return this.u16(hmtx + index * 4);
  }

  /**
   * A font holding `glyphs` (original glyph ids) as glyphs 0, 1, 2 … in that order, so a PDF can use
   * CIDToGIDMap /Identity with CID = position. A glyph may appear twice (two characters drawn alike
   * keep separate CIDs, so each maps back to its own character). Components of composite glyphs are
   * appended after them.
   */
  subset(glyphs: readonly number[]): Buffer {
    if (glyphs[0] !== 0) throw new Error('A subset must start with .notdef (glyph 0)');
    const order = [...glyphs];
    const position = new Map<number, number>();
    for (const [i, g] of order.entries()) if (!position.has(g)) position.set(g, i);
    const outlines: Buffer[] = [];
    for (let i = 0; i < order.length; i++) {
      const raw = this.glyphData(order[i]!);
      if (raw.length >= 10 && raw.readInt16BE(0) < 0) {
        // Composite: make sure its components are in the subset and point at their new ids.
        const copy = Buffer.from(raw);
        let at = 10;
        for (;;) {
          const flags = copy.readUInt16BE(at);
          const component = copy.readUInt16BE(at + 2);
          if (!position.has(component)) {
            position.set(component, order.length);
            order.push(component);
          }
          copy.writeUInt16BE(position.get(component)!, at + 2);
          at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
          if (flags & WE_HAVE_A_SCALE) at += 2;
          else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
          else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
          if (!(flags & MORE_COMPONENTS)) break;
        }
        outlines.push(copy);
      } else {
        outlines.push(raw);
      }
    }

    const glyf: Buffer[] = [];
    const loca = Buffer.alloc((order.length + 1) * 4);
    const hmtx = Buffer.alloc(order.length * 4);
    let offset = 0;
    outlines.forEach((outline, i) => {
      loca.writeUInt32BE(offset, i * 4);
      const padded = outline.length % 4 === 0 ? outline : Buffer.concat([outline, Buffer.alloc(4 - (outline.length % 4))]);
      glyf.push(padded);
      offset += padded.length;
      hmtx.writeUInt16BE(this.advance(order[i]!), i * 4);
      hmtx.writeInt16BE(this.leftSideBearing(order[i]!), i * 4 + 2);
    });
    loca.writeUInt32BE(offset, order.length * 4);

    const head = Buffer.from(this.tableBytes('head'));
    head.writeUInt32BE(0, 8); // checkSumAdjustment, set below
    head.writeInt16BE(1, 50); // long loca offsets
    const hhea = Buffer.from(this.tableBytes('hhea'));
    hhea.writeUInt16BE(order.length, 34);
    const maxp = Buffer.from(this.tableBytes('maxp'));
    maxp.writeUInt16BE(order.length, 4);

    const out = new Map<string, Buffer>([
      ['head', head],
      ['hhea', hhea],
      ['maxp', maxp],
      ['hmtx', hmtx],
      ['loca', loca],
      ['glyf', Buffer.concat(glyf)],
    ]);
    for (const tag of KEPT_TABLES) {
      if (out.has(tag) || !this.tables.has(tag)) continue;
      if (tag === 'post') {
        // Version 3: no glyph names, which would refer to the original glyph ids.
        const post = Buffer.from(this.tableBytes('post').subarray(0, 32));
        post.writeUInt32BE(0x00030000, 0);
        out.set(tag, post);
      } else {
        out.set(tag, Buffer.from(this.tableBytes(tag)));
      }
    }
    return writeFont(out);
  }

  private leftSideBearing(gid: number): number {
    const hmtx = this.table('hmtx').offset;
    if (gid < this.numberOfHMetrics) return this.i16(hmtx + gid * 4 + 2);
    return this.i16(hmtx + this.numberOfHMetrics * 4 + (gid - this.numberOfHMetrics) * 2);
  }

  private glyphData(gid: number): Buffer {
    const loca = this.table('loca').offset;
    const glyf = this.table('glyf').offset;
    const [start, end] = this.longLoca
      ? [this.u32(loca + gid * 4), this.u32(loca + gid * 4 + 4)]
      : [this.u16(loca + gid * 2) * 2, this.u16(loca + gid * 2 + 2) * 2];
    return this.data.subarray(glyf + start, glyf + end);
  }

  /** Prefers a full-Unicode subtable (format 12), else the BMP one (format 4). */
  private readCmap(): (codePoint: number) => number {
    const cmap = this.table('cmap').offset;
    const count = this.u16(cmap + 2);
    let format4: number | undefined;
    for (let i = 0; i < count; i++) {
      const platform = this.u16(cmap + 4 + i * 8);
      const encoding = this.u16(cmap + 6 + i * 8);
      const sub = cmap + this.u32(cmap + 8 + i * 8);
      const format = this.u16(sub);
      const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
      if (!unicode) continue;
      if (format === 12) return this.format12(sub);
      if (format === 4) format4 ??= sub;
    }
    if (format4 === undefined) throw new Error('The font has no Unicode cmap');
    return this.format4(format4);
  }

  private format12(sub: number): (cp: number) => number {
    const groups = this.u32(sub + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = sub + 16 + mid * 12;
        if (cp < this.u32(at)) hi = mid - 1;
        else if (cp > this.u32(at + 4)) lo = mid + 1;
        else return this.u32(at + 8) + (cp - this.u32(at));
      }
      return 0;
    };
  }

  private format4(sub: number): (cp: number) => number {
    const segments = this.u16(sub + 6) / 2;
    const ends = sub + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const ranges = deltas + segments * 2;
    return (cp) => {
      if (cp > 0xffff) return 0;
      for (let i = 0; i < segments; i++) {
        if (cp > this.u16(ends + i * 2)) continue;
        const start = this.u16(starts + i * 2);
        if (cp < start) return 0;
        const delta = this.u16(deltas + i * 2);
        const range = this.u16(ranges + i * 2);
        if (range === 0) return (cp + delta) & 0xffff;
        const g = this.u16(ranges + i * 2 + range + (cp - start) * 2);
        return g === 0 ? 0 : (g + delta) & 0xffff;
      }
      return 0;
    };
  }

  /** name ID 6, from a Windows (UTF-16BE) or Mac (Latin) record. */
  private readPostScriptName(): string | undefined {
    const name = this.tables.get('name');
    if (!name) return undefined;
    const count = this.u16(name.offset + 2);
    const strings = name.offset + this.u16(name.offset + 4);
    for (let i = 0; i < count; i++) {
      const at = name.offset + 6 + i * 12;
      if (this.u16(at + 6) !== 6) continue;
      const platform = this.u16(at);
      const length = this.u16(at + 8);
      const start = strings + this.u16(at + 10);
      const raw = this.data.subarray(start, start + length);
      const text = platform === 3 ? Buffer.from(raw).swap16().toString('utf16le') : raw.toString('latin1');
      const clean = text.replace(/[^\x21-\x7e]/g, '').replace(/[[\](){}<>/%]/g, '');
      if (clean) return clean;
    }
    return undefined;
  }

  private table(tag: string): Table {
    const t = this.tables.get(tag);
    if (!t) throw new Error(`The font has no ${tag} table`);
    return t;
  }

  private tableBytes(tag: string): Buffer {
    const t = this.table(tag);
    return this.data.subarray(t.offset, t.offset + t.length);
  }

  private u16(at: number): number {
    return this.view.getUint16(at);
  }
  private i16(at: number): number {
    return this.view.getInt16(at);
  }
  private u32(at: number): number {
    return this.view.getUint32(at);
  }
}

function checksum(data: Buffer): number {
  const padded = data.length % 4 === 0 ? data : Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/** An sfnt file: offset table, table records sorted by tag, 4-byte aligned tables, head checkSumAdjustment. */
function writeFont(tables: Map<string, Buffer>): Buffer {
  const tags = [...tables.keys()].sort();
  const count = tags.length;
  const power = 2 ** Math.floor(Math.log2(count));
  const header = Buffer.alloc(12 + count * 16);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  let headOffset = 0;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const record = 12 + i * 16;
    header.write(tag, record, 'latin1');
    header.writeUInt32BE(checksum(data), record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(data.length, record + 12);
    if (tag === 'head') headOffset = offset;
    const padded = data.length % 4 === 0 ? data : Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]);
    bodies.push(padded);
    offset += padded.length;
  });
  const font = Buffer.concat([header, ...bodies]);
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headOffset + 8);
  return font;
}
