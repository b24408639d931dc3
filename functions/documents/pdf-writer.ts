/**
 * A small PDF 1.7 writer for text documents in embedded TrueType fonts: pages of positioned text
 * runs, rules, boxes and images (functions/documents/png.ts). Each font used is embedded as a subset
 * (Type0 / CIDFontType2, Identity-H) with a ToUnicode map, so the text can be searched, copied and
 * extracted. The file is PDF/A-2b (ISO 19005-2, level B) for the archive: XMP metadata matching the
 * document information, an sRGB output intent, every font embedded, no .notdef glyph drawn.
 * Output depends only on the input.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { fontRuns, type FontStack } from './font';
import { SRGB_DESCRIPTION, srgbProfile } from './icc';
import type { PdfImage } from './png';
import type { TrueTypeFont } from './truetype';

export const A4: { width: number; height: number } = { width: 595.28, height: 841.89 };

export interface TextRun {
  /** Left end of the baseline, PDF user space (origin bottom left). */
  x: number;
  y: number;
  size: number;
  text: string;
  /** Set in the bold fonts (a real bold weight). */
  bold?: boolean;
  /** 0 black … 1 white. */
  gray?: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Gray level of a fill, if any. */
  fill?: number;
  /** Stroke width of an outline, if any. */
  stroke?: number;
}

/** An image drawn into the rectangle whose lower left corner is (x, y). */
export interface PlacedImage {
  image: PdfImage;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PageContent {
  texts: TextRun[];
  boxes: Box[];
  lines: { x1: number; y1: number; x2: number; y2: number; width: number }[];
  images?: PlacedImage[];
}

export interface PdfInfo {
  title: string;
  subject?: string;
  author?: string;
  keywords?: string;
  /** ISO 8601; written as the creation and modification date, in China time (+08'00'). */
  created: string;
}

const n = (v: number) => {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
};

/** A PDF text string in UTF-16BE with byte order mark (any Unicode), as hex. */
function utf16Hex(text: string): string {
  const le = Buffer.from(text, 'utf16le');
  return `<FEFF${Buffer.from(le).swap16().toString('hex').toUpperCase()}>`;
}

function pdfDate(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString();
  return `(D:${local.slice(0, 4)}${local.slice(5, 7)}${local.slice(8, 10)}${local.slice(11, 13)}${local.slice(14, 16)}${local.slice(17, 19)}+08'00')`;
}

/** Characters → CIDs of one font: one CID per distinct character, in order of first use; CID 0 is .notdef. */
class GlyphMap {
  readonly codePoints: number[] = [];
  private readonly cid = new Map<number, number>();

  constructor(private readonly font: TrueTypeFont) {}

  encode(text: string): string {
    let hex = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      let cid = this.cid.get(cp);
      if (cid === undefined) {
        this.codePoints.push(cp);
        cid = this.codePoints.length;
        this.cid.set(cp, cid);
      }
      hex += cid.toString(16).padStart(4, '0');
    }
    return hex;
  }

  /** Original glyph ids in CID order; a character the font lacks is drawn as .notdef but keeps its own CID. */
  glyphs(): number[] {
    return [0, ...this.codePoints.map((cp) => this.font.glyphId(cp))];
  }
}

function toUnicodeCMap(codePoints: number[]): string {
  const entries = codePoints.map((cp, i) => {
    const utf16 = Buffer.from(String.fromCodePoint(cp), 'utf16le').swap16().toString('hex').toUpperCase();
    return `<${(i + 1).toString(16).padStart(4, '0').toUpperCase()}> <${utf16}>`;
  });
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** The fonts a document uses, each named /F1, /F2 … in order of first use, with its own glyph map. */
class UsedFonts {
  readonly list: { font: TrueTypeFont; glyphs: GlyphMap; resource: string }[] = [];

  get(font: TrueTypeFont) {
    let used = this.list.find((u) => u.font === font);
    if (!used) {
      used = { font, glyphs: new GlyphMap(font), resource: `F${this.list.length + 1}` };
      this.list.push(used);
    }
    return used;
  }
}

export interface DocumentFonts {
  regular: FontStack;
  bold: FontStack;
}

function contentStream(page: PageContent, fonts: DocumentFonts, used: UsedFonts): string {
  const ops: string[] = [];
  for (const b of page.boxes) {
    if (b.fill !== undefined) ops.push(`${n(b.fill)} g ${n(b.x)} ${n(b.y)} ${n(b.width)} ${n(b.height)} re f 0 g`);
    if (b.stroke !== undefined) ops.push(`${n(b.stroke)} w ${n(b.x)} ${n(b.y)} ${n(b.width)} ${n(b.height)} re S`);
  }
  for (const l of page.lines) ops.push(`${n(l.width)} w ${n(l.x1)} ${n(l.y1)} m ${n(l.x2)} ${n(l.y2)} l S`);
  for (const [i, im] of (page.images ?? []).entries())
    ops.push(`q ${n(im.width)} 0 0 ${n(im.height)} ${n(im.x)} ${n(im.y)} cm /Im${i + 1} Do Q`);
  for (const t of page.texts) {
    if (!t.text) continue;
    const gray = t.gray ?? 0;
    let x = t.x;
    for (const run of fontRuns(t.bold ? fonts.bold : fonts.regular, t.text)) {
      const u = used.get(run.font);
      ops.push(`BT ${n(gray)} g /${u.resource} ${n(t.size)} Tf 1 0 0 1 ${n(x)} ${n(t.y)} Tm <${u.glyphs.encode(run.text)}> Tj ET`);
      for (const ch of run.text) x += (run.font.advance(run.font.glyphId(ch.codePointAt(0)!)) * t.size) / run.font.unitsPerEm;
    }
  }
  return ops.join('\n');
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function xmpDate(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString();
  return `${local.slice(0, 19)}+08:00`;
}

/** XMP metadata (ISO 16684-1) saying the same as the document information dictionary, and that this is PDF/A-2b. */
function xmpPacket(info: PdfInfo): Buffer {
  const alt = (value: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(value)}</rdf:li></rdf:Alt>`;
  const body = [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:dc="http://purl.org/dc/elements/1.1/"' +
      ' xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    '<pdfaid:part>2</pdfaid:part>',
    '<pdfaid:conformance>B</pdfaid:conformance>',
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title>${alt(info.title)}</dc:title>`,
    ...(info.author ? [`<dc:creator><rdf:Seq><rdf:li>${xml(info.author)}</rdf:li></rdf:Seq></dc:creator>`] : []),
    ...(info.subject ? [`<dc:description>${alt(info.subject)}</dc:description>`] : []),
    ...(info.keywords ? [`<pdf:Keywords>${xml(info.keywords)}</pdf:Keywords>`] : []),
    `<pdf:Producer>${PRODUCER}</pdf:Producer>`,
    `<xmp:CreatorTool>${CREATOR}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${xmpDate(info.created)}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${xmpDate(info.created)}</xmp:ModifyDate>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ];
  return Buffer.from(body.join('\n'), 'utf8');
}

const CREATOR = 'OneWindow';
const PRODUCER = 'OneWindow notices';

// The same profile goes into every notice: compressed once per container, not once per notice.
let profileDeflated: Buffer | undefined;
const compressedProfile = () => (profileDeflated ??= deflateSync(srgbProfile()));

/** Writes the pages as one PDF/A-2b file, each font used embedded as a subset of exactly the characters it sets. */
export function writePdf(pages: PageContent[], fonts: DocumentFonts, info: PdfInfo): Buffer {
  const used = new UsedFonts();
  const streams = pages.map((p) => contentStream(p, fonts, used));

  const objects: (string | { dict: string; data: Buffer })[] = [];
  const add = (o: (typeof objects)[number]) => objects.push(o) as number; // object number = index + 1
  const stream = (dict: string, data: Buffer) => ({ dict, data });
  const flate = (text: string | Buffer) => deflateSync(typeof text === 'string' ? Buffer.from(text, 'latin1') : text);

  const catalog = add('');
  const pagesRoot = add('');
  const infoRef = add(
    `<< /Title ${utf16Hex(info.title)}${info.subject ? ` /Subject ${utf16Hex(info.subject)}` : ''}${info.author ? ` /Author ${utf16Hex(info.author)}` : ''}` +
      `${info.keywords ? ` /Keywords ${utf16Hex(info.keywords)}` : ''} /Creator (${CREATOR}) /Producer (${PRODUCER})` +
      ` /CreationDate ${pdfDate(info.created)} /ModDate ${pdfDate(info.created)} >>`,
  );
  const metadata = add(stream('/Type /Metadata /Subtype /XML', xmpPacket(info)));
  const iccProfile = add(stream(`/N 3 /Filter /FlateDecode`, compressedProfile()));
  const outputIntent = add(
    `<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (${SRGB_DESCRIPTION}) /Info (${SRGB_DESCRIPTION})` +
      ` /RegistryName (http://www.color.org) /DestOutputProfile ${iccProfile} 0 R >>`,
  );
  const fontResources = used.list.map(({ font, glyphs, resource }) => {
    const subset = font.subset(glyphs.glyphs());
    const scale = 1000 / font.unitsPerEm;
    const widths = glyphs.glyphs().map((g) => Math.round(font.advance(g) * scale));
    // Subset fonts are named TAG+Name, TAG six capitals (ISO 32000 §9.6.4); derived from the content.
    const digest = createHash('sha256').update(subset).digest();
    const tag = [...digest.subarray(0, 6)].map((b) => String.fromCharCode(65 + (b % 26))).join('');
    const fontName = `${tag}+${font.postScriptName}`;
    const fontFile = add(stream(`/Length1 ${subset.length} /Filter /FlateDecode`, flate(subset)));
    const descriptor = add(
      `<< /Type /FontDescriptor /FontName /${fontName} /Flags 4 /FontBBox [${font.bbox.map((v) => Math.round(v * scale)).join(' ')}]` +
        ` /ItalicAngle 0 /Ascent ${Math.round(font.ascent * scale)} /Descent ${Math.round(font.descent * scale)}` +
        ` /CapHeight ${Math.round(font.capHeight * scale)} /StemV 80 /FontFile2 ${fontFile} 0 R >>`,
    );
    const cidFont = add(
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${fontName} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>` +
        ` /FontDescriptor ${descriptor} 0 R /DW 1000 /W [0 [${widths.join(' ')}]] /CIDToGIDMap /Identity >>`,
    );
    const toUnicode = add(stream('/Filter /FlateDecode', flate(toUnicodeCMap(glyphs.codePoints))));
    const type0 = add(
      `<< /Type /Font /Subtype /Type0 /BaseFont /${fontName} /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
    );
    return `/${resource} ${type0} 0 R`;
  });
  const imageXObject = (im: PdfImage) => {
    const space = im.colors === 3 ? '/DeviceRGB' : '/DeviceGray';
    const size = `/Type /XObject /Subtype /Image /Width ${im.width} /Height ${im.height} /BitsPerComponent 8`;
    const mask = im.alpha ? ` /SMask ${add(stream(`${size} /ColorSpace /DeviceGray /Filter /FlateDecode`, im.alpha))} 0 R` : '';
    const parms = im.predictor ? ` /DecodeParms << /Predictor 15 /Colors ${im.colors} /BitsPerComponent 8 /Columns ${im.width} >>` : '';
    return add(stream(`${size} /ColorSpace ${space} /Filter /FlateDecode${parms}${mask}`, im.data));
  };
  const pageRefs = streams.map((s, p) => {
    const contents = add(stream('/Filter /FlateDecode', flate(s)));
    const images = (pages[p]!.images ?? []).map((im, i) => `/Im${i + 1} ${imageXObject(im.image)} 0 R`);
    const xobjects = images.length > 0 ? ` /XObject << ${images.join(' ')} >>` : '';
    return add(
      `<< /Type /Page /Parent ${pagesRoot} 0 R /MediaBox [0 0 ${n(A4.width)} ${n(A4.height)}]` +
        ` /Resources << /Font << ${fontResources.join(' ')} >>${xobjects} >> /Contents ${contents} 0 R >>`,
    );
  });
  objects[catalog - 1] =
    `<< /Type /Catalog /Pages ${pagesRoot} 0 R /Lang (zh-CN) /ViewerPreferences << /DisplayDocTitle true >>` +
    ` /Metadata ${metadata} 0 R /OutputIntents [${outputIntent} 0 R] >>`;
  objects[pagesRoot - 1] = `<< /Type /Pages /Kids [${pageRefs.map((r) => `${r} 0 R`).join(' ')}] /Count ${pageRefs.length} >>`;

  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(offset);
    const parts =
      typeof o === 'string'
        ? [Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1')]
        : [
            Buffer.from(`${i + 1} 0 obj\n<< /Length ${o.data.length} ${o.dict} >>\nstream\n`, 'latin1'),
            o.data,
            Buffer.from('\nendstream\nendobj\n', 'latin1'),
          ];
    for (const p of parts) {
      chunks.push(p);
      offset += p.length;
    }
  });
  const id = createHash('sha256').update(Buffer.concat(chunks)).digest('hex').slice(0, 32).toUpperCase();
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${infoRef} 0 R /ID [<${id}> <${id}>] >>`,
    'startxref',
    String(offset),
    '%%EOF',
    '',
  ].join('\n');
  chunks.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(chunks);
}
