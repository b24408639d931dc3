import { inflateSync } from 'node:zlib';
import { create as createQr } from 'qrcode';

/**
 * Reads a PDF as the notice writer lays it out (one object per `N 0 obj … endobj`, streams with a
 * direct /Length) to check, independently of the writer, what a reader and an archive rely on:
 * that every character drawn maps to a real glyph of an embedded font, and the PDF/A-2b structure.
 */
export interface PdfObject {
  num: number;
  dict: string;
  data?: Buffer;
}

export function pdfObjects(pdf: Buffer): Map<number, PdfObject> {
  const objects = new Map<number, PdfObject>();
  const text = pdf.toString('latin1');
  const head = /(\d+) 0 obj\n/g;
  for (const m of text.matchAll(head)) {
    const num = Number(m[1]);
    const start = m.index + m[0].length;
    const streamAt = text.indexOf('>>\nstream\n', start);
    const endAt = text.indexOf('\nendobj', start);
    if (streamAt !== -1 && streamAt < endAt) {
      const dict = text.slice(start, streamAt + 2);
      const length = Number(/\/Length (\d+)/.exec(dict)![1]);
      const dataStart = streamAt + '>>\nstream\n'.length;
      const raw = pdf.subarray(dataStart, dataStart + length);
      objects.set(num, { num, dict, data: dict.includes('/FlateDecode') ? inflateSync(raw) : raw });
      head.lastIndex = dataStart + length;
    } else {
      objects.set(num, { num, dict: text.slice(start, endAt) });
      head.lastIndex = endAt;
    }
  }
  return objects;
}

const ref = (dict: string, key: string): number | undefined => {
  const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : undefined;
};

/** Glyph outlines of a TrueType font, from its loca and glyf tables: an empty buffer is an empty glyph. */
function glyphData(font: Buffer): Buffer[] {
  const tables = new Map<string, number>();
  for (let i = 0; i < font.readUInt16BE(4); i++) tables.set(font.toString('latin1', 12 + i * 16, 16 + i * 16), font.readUInt32BE(20 + i * 16));
  const head = tables.get('head')!;
  const long = font.readInt16BE(head + 50) === 1;
  const numGlyphs = font.readUInt16BE(tables.get('maxp')! + 4);
  const loca = tables.get('loca')!;
  const glyf = tables.get('glyf')!;
  const at = (g: number) => (long ? font.readUInt32BE(loca + g * 4) : font.readUInt16BE(loca + g * 2) * 2);
  return Array.from({ length: numGlyphs }, (_, g) => font.subarray(glyf + at(g), glyf + at(g + 1)));
}

/** bfchar entries of a ToUnicode CMap: CID → the text it stands for. */
function toUnicode(cmap: Buffer): Map<number, string> {
  const map = new Map<number, string>();
  for (const m of cmap.toString('latin1').matchAll(/<([0-9A-F]{4})> <([0-9A-F]+)>/g)) {
    map.set(parseInt(m[1]!, 16), Buffer.from(m[2]!, 'hex').swap16().toString('utf16le'));
  }
  return map;
}

/** Characters that are drawn with no ink by design. */
const BLANK = new Set([' ', '\u3000']);

export interface GlyphReport {
  /** Every character drawn, in order, as the ToUnicode maps give it. */
  drawn: string;
  /** Characters drawn with .notdef (or a copy of it), with no glyph in the embedded font, or not mapped to Unicode. */
  missing: string[];
  /** The embedded fonts' names (without the subset tag). */
  fonts: string[];
}

/** Walks every text-showing operation of every page and checks each character against its font. */
export function glyphReport(pdf: Buffer): GlyphReport {
  const objects = pdfObjects(pdf);
  const missing: string[] = [];
  let drawn = '';
  const fontNames = new Set<string>();
  const fonts = new Map<number, { unicode: Map<number, string>; glyphs: Buffer[] }>();
  const fontOf = (num: number) => {
    let f = fonts.get(num);
    if (!f) {
      const type0 = objects.get(num)!.dict;
      const cid = objects.get(Number(/\/DescendantFonts \[(\d+) 0 R\]/.exec(type0)![1]))!.dict;
      if (!cid.includes('/CIDToGIDMap /Identity')) throw new Error('expected an Identity CIDToGIDMap');
      const descriptor = objects.get(ref(cid, 'FontDescriptor')!)!.dict;
      const file = objects.get(ref(descriptor, 'FontFile2')!)!.data!;
      fontNames.add(/\/FontName \/[A-Z]{6}\+(\S+)/.exec(descriptor)![1]!);
      f = { unicode: toUnicode(objects.get(ref(type0, 'ToUnicode')!)!.data!), glyphs: glyphData(file) };
      fonts.set(num, f);
    }
    return f;
  };
  for (const page of [...objects.values()].filter((o) => /\/Type \/Page\b/.test(o.dict))) {
    const resources = new Map([...page.dict.matchAll(/\/(F\d+) (\d+) 0 R/g)].map((m) => [m[1]!, Number(m[2])]));
    const content = objects.get(ref(page.dict, 'Contents')!)!.data!.toString('latin1');
    for (const m of content.matchAll(/\/(F\d+) [\d.]+ Tf [^<]*<([0-9a-f]*)> Tj/g)) {
      const font = fontOf(resources.get(m[1]!)!);
      for (let i = 0; i < m[2]!.length; i += 4) {
        const cid = parseInt(m[2]!.slice(i, i + 4), 16);
        const ch = font.unicode.get(cid);
        drawn += ch ?? '\uFFFD';
        const glyph = font.glyphs[cid];
        // No glyph, an empty one for a visible character, or a copy of .notdef (the blank box).
        const blank = !glyph || (!BLANK.has(ch ?? '') && (glyph.length === 0 || glyph.equals(font.glyphs[0]!)));
        if (cid === 0 || ch === undefined || blank) missing.push(ch ?? `CID ${cid}`);
      }
    }
  }
  return { drawn, missing, fonts: [...fontNames] };
}

const utf16 = (hex: string) => Buffer.from(hex.slice(4), 'hex').swap16().toString('utf16le');

/** What PDF/A-2b asks of the file's structure that can be checked without a validator; [] when all holds. */
export function pdfaProblems(pdf: Buffer): string[] {
  const problems: string[] = [];
  const text = pdf.toString('latin1');
  if (!/^%PDF-1\.[4-7]\n%[\x80-\xff]{4}/.test(text)) problems.push('header: version and a comment of four bytes over 127');
  if (text.includes('/Encrypt')) problems.push('encrypted');
  if (/\/JavaScript|\/JS\b|\/Launch/.test(text)) problems.push('actions or scripts');
  const trailer = text.slice(text.lastIndexOf('trailer'));
  if (!/\/ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\]/.test(trailer)) problems.push('trailer without /ID');
  const objects = pdfObjects(pdf);
  const catalog = objects.get(ref(trailer, 'Root')!)!.dict;
  const info = objects.get(ref(trailer, 'Info')!)!.dict;
  const metadata = objects.get(ref(catalog, 'Metadata') ?? -1);
  if (!metadata?.data || !/\/Type \/Metadata \/Subtype \/XML/.test(metadata.dict)) problems.push('catalog without XMP metadata');
  else {
    const xmp = metadata.data.toString('utf8');
    if (!xmp.includes('<pdfaid:part>2</pdfaid:part>') || !xmp.includes('<pdfaid:conformance>B</pdfaid:conformance>')) problems.push('XMP does not claim PDF/A-2b');
    const title = /\/Title <([0-9A-F]+)>/.exec(info)?.[1];
    if (!title || !xmp.includes(`<rdf:li xml:lang="x-default">${utf16(title).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</rdf:li>`)) problems.push('XMP title differs from /Title');
    const author = /\/Author <([0-9A-F]+)>/.exec(info)?.[1];
    if (author && !xmp.includes(`<dc:creator><rdf:Seq><rdf:li>${utf16(author)}</rdf:li></rdf:Seq></dc:creator>`)) problems.push('XMP creator differs from /Author');
    const created = /\/CreationDate \(D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\+08'00'\)/.exec(info);
    if (!created || !xmp.includes(`<xmp:CreateDate>${created[1]}-${created[2]}-${created[3]}T${created[4]}:${created[5]}:${created[6]}+08:00</xmp:CreateDate>`)) {
      problems.push('XMP CreateDate differs from /CreationDate');
    }
  }
  const intents = /\/OutputIntents \[(\d+) 0 R\]/.exec(catalog);
  const intent = intents ? objects.get(Number(intents[1]))!.dict : '';
  if (!/\/S \/GTS_PDFA1/.test(intent)) problems.push('no PDF/A output intent');
  const icc = objects.get(ref(intent, 'DestOutputProfile') ?? -1)?.data;
  if (!icc) problems.push('output intent without an ICC profile');
  else {
    if (icc.readUInt32BE(0) !== icc.length) problems.push('ICC profile size field differs from its length');
    if (icc.toString('latin1', 36, 40) !== 'acsp') problems.push('ICC profile without its acsp signature');
    if (icc.toString('latin1', 16, 20) !== 'RGB ' || !['mntr', 'prtr'].includes(icc.toString('latin1', 12, 16))) problems.push('ICC profile not an RGB output or display profile');
    if (icc[8]! > 4) problems.push('ICC profile newer than version 4');
  }
  for (const o of objects.values()) {
    if (/\/Subtype \/CIDFontType2/.test(o.dict) || /\/Subtype \/TrueType/.test(o.dict)) {
      const descriptor = objects.get(ref(o.dict, 'FontDescriptor') ?? -1)?.dict ?? '';
      if (!/\/FontFile2 \d+ 0 R/.test(descriptor)) problems.push(`font ${o.num} not embedded`);
    }
    if (/\/Subtype \/Type1\b/.test(o.dict) && !/\/FontFile/.test(o.dict)) problems.push(`standard font ${o.num} not embedded`);
  }
  return problems;
}

/** The QR code's modules as the qrcode package encodes the text: rows of 0/1. */
export function qrMatrix(text: string): string[] {
  const { modules } = createQr(text, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, r) => Array.from({ length: modules.size }, (_, c) => (modules.get(r, c) ? '1' : '0')).join(''));
}

/** The black filled boxes of page 1 (the only filled black shapes on a notice are QR modules), back into rows of modules. */
export function drawnQr(pdf: Buffer): string[] {
  const page = [...pdfObjects(pdf).values()].find((o) => o.data?.toString('latin1').includes(' re f'))!;
  const boxes = [...page.data!.toString('latin1').matchAll(/(?:^|\n)0 g ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re f/g)].map((m) => m.slice(1, 5).map(Number) as [number, number, number, number]);
  const cell = Math.min(...boxes.map((b) => b[3]));
  const left = Math.min(...boxes.map((b) => b[0]));
  const top = Math.max(...boxes.map((b) => b[1] + b[3]));
  const size = Math.round((Math.max(...boxes.map((b) => b[0] + b[2])) - left) / cell);
  const grid = Array.from({ length: size }, () => Array<string>(size).fill('0'));
  for (const [x, y, w] of boxes) {
    const row = Math.round((top - y) / cell) - 1;
    for (let c = Math.round((x - left) / cell); c < Math.round((x + w - left) / cell); c++) grid[row]![c] = '1';
  }
  return grid.map((r) => r.join(''));
}

