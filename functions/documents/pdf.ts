/**
 * Lays a notice (functions/domain/notices.ts) out on A4 pages: title, number, case facts, body,
 * materials table, time limits, the centre's name, seal line and date. Margins follow GB/T 9704
 * (党政机关公文格式) loosely: 28 mm left, 26 mm right.
 */
import { create as createQr } from 'qrcode/lib/core/qrcode';
import type { NoticeDocument } from '#domain/notices';
import { fontRuns, noticeFonts, printableText } from './font';
import { A4, writePdf, type DocumentFonts, type PageContent } from './pdf-writer';
import type { PdfImage } from './png';

const MM = 72 / 25.4;
const LEFT = 28 * MM;
const RIGHT = A4.width - 26 * MM;
const TOP = 25 * MM;
const BOTTOM = A4.height - 22 * MM;
const WIDTH = RIGHT - LEFT;

const TITLE_SIZE = 20;
const BODY_SIZE = 12;
const TABLE_SIZE = 10.5;
const SMALL_SIZE = 9;
const LINE = 1.65;
const CELL_PAD = 4;

/** May not begin a line (行首禁则): they hang at the end of the previous one. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}']);
/** May not end a line (行尾禁则): they move down with what follows. */
const NO_LINE_END = new Set([...'（《「『【〔〈“‘([{']);

interface Cell {
  text: string;
  span?: number;
  bold?: boolean;
  align?: 'left' | 'center';
}

class Layout {
  readonly pages: PageContent[] = [];
  private page!: PageContent;
  /** Distance of the cursor from the top of the page. */
  y = 0;

  constructor(private readonly fonts: DocumentFonts) {
    this.newPage();
  }

  newPage(): void {
    this.page = { texts: [], boxes: [], lines: [] };
    this.pages.push(this.page);
    this.y = TOP;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > BOTTOM && this.y > TOP) this.newPage();
  }

  width(text: string, size: number, bold = false): number {
    let width = 0;
    for (const run of fontRuns(bold ? this.fonts.bold : this.fonts.regular, text)) {
      let units = 0;
      for (const ch of run.text) units += run.font.advance(run.font.glyphId(ch.codePointAt(0)!));
      width += (units * size) / run.font.unitsPerEm;
    }
    return width;
  }

  /**
   * Breaks text into lines no wider than `max`: between any two Chinese characters, at spaces in
   * Latin text, and inside a Latin run only when it is longer than a line; with 禁则 for punctuation.
   */
  wrap(text: string, size: number, max: number, firstIndent = 0, bold = false): string[] {
    const lines: string[] = [];
    for (const hard of printableText(text).split('\n')) {
      const units = hard.match(/[A-Za-z0-9@#&*_+=/\\.,:;'"!?%()[\]{}<>-]+|\s|[\s\S]/gu) ?? [];
      let line = '';
      let width = 0;
      let limit = max - firstIndent;
      const flush = () => {
        lines.push(line.trimEnd());
        line = '';
        width = 0;
        limit = max;
      };
      for (const unit of units) {
        const w = this.width(unit, size, bold);
        if (width + w > limit && line !== '') {
          if (NO_LINE_START.has([...unit][0]!) && w <= size) {
            // Hang the punctuation in the margin rather than start a line with it.
            line += unit;
            width += w;
            continue;
          }
          if (/^\s$/.test(unit)) {
            flush();
            continue;
          }
          const chars = [...line];
          const carry = chars.length > 1 && NO_LINE_END.has(chars.at(-1)!) ? chars.pop()! : '';
          line = chars.join('');
          flush();
          line = carry;
          width = carry ? this.width(carry, size, bold) : 0;
        }
        if (w > limit) {
          // A run longer than a whole line: break it anywhere.
          for (const ch of unit) {
            const cw = this.width(ch, size, bold);
            if (width + cw > limit && line !== '') flush();
            line += ch;
            width += cw;
          }
          continue;
        }
        line += unit;
        width += w;
      }
      lines.push(line.trimEnd());
    }
    return lines;
  }

  /** Baseline of a line of `size` whose box starts `top` below the page top, in PDF coordinates. */
  private baseline(top: number, size: number, lineHeight: number): number {
    return A4.height - (top + lineHeight / 2 + 0.36 * size);
  }

  text(x: number, top: number, size: number, text: string, options: { bold?: boolean; gray?: number; lineHeight?: number } = {}): void {
    this.page.texts.push({ x, y: this.baseline(top, size, options.lineHeight ?? size * LINE), size, text: printableText(text), bold: options.bold, gray: options.gray });
  }

  paragraph(text: string, options: { size?: number; indent?: boolean; bold?: boolean; align?: 'left' | 'center' | 'right'; gray?: number } = {}): void {
    const size = options.size ?? BODY_SIZE;
    const lineHeight = size * LINE;
    const indent = options.indent ? size * 2 : 0;
    this.wrap(text, size, WIDTH, indent, options.bold).forEach((line, i) => {
      this.ensure(lineHeight);
      const w = this.width(line, size, options.bold);
      const x = options.align === 'center' ? LEFT + (WIDTH - w) / 2 : options.align === 'right' ? RIGHT - w : LEFT + (i === 0 ? indent : 0);
      this.text(x, this.y, size, line, { bold: options.bold, gray: options.gray, lineHeight });
      this.y += lineHeight;
    });
  }

  gap(height: number): void {
    this.y += height;
  }

  /** An image at most `maxWidth` × `maxHeight`, its proportions kept, at the left margin. */
  image(image: PdfImage, maxWidth: number, maxHeight: number): void {
    const scale = Math.min(maxWidth / image.width, maxHeight / image.height);
    const width = image.width * scale;
    const height = image.height * scale;
    this.ensure(height);
    this.page.images ??= [];
    this.page.images.push({ image, x: LEFT + 2 * BODY_SIZE, y: A4.height - this.y - height, width, height });
    this.y += height;
  }

  /**
   * A QR code of `size` points at the left margin, dark modules as filled squares (vector: it prints
   * sharp at any size), with the caption lines to its right.
   */
  qr(text: string, size: number, caption: string[]): void {
    const { modules } = createQr(text, { errorCorrectionLevel: 'M' });
    const quiet = 2;
    const cell = size / (modules.size + 2 * quiet);
    const top = A4.height - this.y;
    for (let row = 0; row < modules.size; row++) {
      // One box per horizontal run of dark modules.
      let col = 0;
      while (col < modules.size) {
        if (!modules.get(row, col)) {
          col++;
          continue;
        }
        const start = col;
        while (col < modules.size && modules.get(row, col)) col++;
        this.page.boxes.push({ x: LEFT + (start + quiet) * cell, y: top - (row + quiet + 1) * cell, width: (col - start) * cell, height: cell, fill: 0 });
      }
    }
    const captionTop = this.y + (size - caption.length * SMALL_SIZE * LINE) / 2;
    for (const [i, line] of caption.entries()) this.text(LEFT + size + 4 * MM, captionTop + i * SMALL_SIZE * LINE, SMALL_SIZE, line);
  }

  rule(width: number): void {
    const y = A4.height - this.y;
    this.page.lines.push({ x1: LEFT, y1: y, x2: RIGHT, y2: y, width });
  }

  /**
   * A bordered grid. Column widths are relative; a cell may span columns. When a row does not fit,
   * the table goes on on the next page, with the header rows repeated.
   */
  table(widths: number[], rows: Cell[][], options: { size?: number; header?: number } = {}): void {
    const size = options.size ?? TABLE_SIZE;
    const lineHeight = size * 1.5;
    const total = widths.reduce((a, b) => a + b, 0);
    const columns = widths.map((w) => (w / total) * WIDTH);
    const laid = rows.map((cells) => {
      let col = 0;
      const placed = cells.map((cell) => {
        const span = cell.span ?? 1;
        const x = LEFT + columns.slice(0, col).reduce((a, b) => a + b, 0);
        const w = columns.slice(col, col + span).reduce((a, b) => a + b, 0);
        col += span;
        return { cell, x, w, lines: this.wrap(cell.text, size, w - 2 * CELL_PAD, 0, cell.bold) };
      });
      const height = Math.max(...placed.map((p) => p.lines.length)) * lineHeight + 2 * CELL_PAD;
      return { placed, height };
    });
    const header = laid.slice(0, options.header ?? 0);
    const drawRow = (row: (typeof laid)[number], shaded: boolean) => {
      for (const p of row.placed) {
        this.page.boxes.push({ x: p.x, y: A4.height - this.y - row.height, width: p.w, height: row.height, stroke: 0.6, fill: shaded ? 0.93 : undefined });
        p.lines.forEach((line, i) => {
          const x = p.cell.align === 'center' ? p.x + (p.w - this.width(line, size, p.cell.bold)) / 2 : p.x + CELL_PAD;
          this.text(x, this.y + CELL_PAD + i * lineHeight, size, line, { bold: p.cell.bold, lineHeight });
        });
      }
      this.y += row.height;
    };
    laid.forEach((row, i) => {
      const isHeader = i < header.length;
      if (this.y + row.height > BOTTOM) {
        this.newPage();
        if (!isHeader) for (const h of header) drawRow(h, true);
      }
      drawRow(row, isHeader);
    });
  }

  /** Page footer, once the number of pages is known. */
  footers(left: string): void {
    const total = this.pages.length;
    this.pages.forEach((page, i) => {
      const y = A4.height - BOTTOM - 10 * MM;
      const label = `第${i + 1}页 共${total}页`;
      page.lines.push({ x1: LEFT, y1: y + SMALL_SIZE * 1.4, x2: RIGHT, y2: y + SMALL_SIZE * 1.4, width: 0.4 });
      page.texts.push({ x: LEFT, y, size: SMALL_SIZE, text: left, gray: 0.35 });
      page.texts.push({ x: RIGHT - this.width(label, SMALL_SIZE), y, size: SMALL_SIZE, text: label, gray: 0.35 });
    });
  }
}

/** The notice as an A4 PDF with its font embedded. The same document (and signature) gives the same bytes. */
export async function renderNoticePdf(doc: NoticeDocument, signature?: PdfImage): Promise<Buffer> {
  const fonts = noticeFonts();
  const layout = new Layout(fonts);

  layout.paragraph(doc.issuer, { size: 14, align: 'center' });
  layout.gap(4);
  layout.paragraph(doc.title, { size: TITLE_SIZE, bold: true, align: 'center' });
  layout.gap(2);
  layout.paragraph(`编号：${doc.number}`, { size: TABLE_SIZE, align: 'right' });
  layout.gap(2);
  layout.rule(1.2);
  layout.gap(10);

  layout.table(
    [2.3, 2.9, 2.3, 2.9],
    [
      [{ text: '办件编号', bold: true }, { text: doc.caseNumber }, { text: '申请人', bold: true }, { text: doc.applicant.name }],
      [{ text: '承办部门', bold: true }, { text: doc.department }, { text: doc.applicant.idLabel, bold: true }, { text: doc.applicant.idNumberMasked }],
      [{ text: '申请事项', bold: true }, { text: doc.itemName, span: 3 }],
    ],
  );
  layout.gap(12);

  layout.paragraph(doc.addressee);
  for (const p of doc.paragraphs) layout.paragraph(p, { indent: true });

  if (doc.table) {
    layout.gap(6);
    layout.ensure(BODY_SIZE * LINE + 3 * TABLE_SIZE * 1.5 + 4 * CELL_PAD);
    layout.paragraph(doc.table.caption, { bold: true, size: TABLE_SIZE + 0.5 });
    const widths = doc.table.columns.map((c) => c.width);
    const header = doc.table.columns.map((c): Cell => ({ text: c.header, bold: true, align: 'center' }));
    const rows = doc.table.rows.map((r) => r.map((text, i): Cell => ({ text, align: i === 0 ? 'center' : 'left' })));
    layout.table(widths, [header, ...(rows.length ? rows : [[{ text: '（无）', span: widths.length, align: 'center' as const }]])], { header: 1 });
    layout.gap(8);
  }

  for (const p of doc.closing) layout.paragraph(p, { indent: true });

  if (doc.deadlines.length > 0) {
    layout.gap(8);
    layout.table(
      [3, 9],
      doc.deadlines.map((d) => [{ text: d.label, bold: true }, { text: d.value }]),
    );
  }

  if (doc.signature && signature) {
    layout.gap(6);
    layout.ensure(BODY_SIZE * LINE + 25 * MM);
    layout.paragraph(`${doc.signature.label}：`, { indent: true });
    layout.image(signature, 60 * MM, 25 * MM);
  }

  if (doc.signatureLines?.length) {
    layout.gap(10);
    for (const line of doc.signatureLines) {
      layout.paragraph(line);
      layout.gap(10);
    }
  }

  // The signature block stays together: issuer, seal line, date (行政许可法 第32条: sealed and dated).
  // The receipt's QR code (办件进度查询) sits at the left of that block, its caption beside it.
  const qrSize = 28 * MM;
  const block = Math.max(BODY_SIZE * LINE * 3 + 28, doc.progress?.url ? qrSize : 0);
  layout.gap(20);
  layout.ensure(block);
  const blockTop = layout.y;
  if (doc.progress?.url) {
    layout.qr(doc.progress.url, qrSize, ['扫码查询办理进度', `办件编号：${doc.caseNumber}`, `查询码：${doc.progress.queryCode}`]);
  }
  if (doc.progress?.url) layout.gap(Math.max(0, (block - BODY_SIZE * LINE * 3) / 2));
  layout.paragraph(doc.issuer, { align: 'right' });
  layout.paragraph(doc.stamp, { align: 'right', gray: 0.3 });
  layout.paragraph(doc.issuedAt, { align: 'right' });
  layout.y = Math.max(layout.y, blockTop + block);

  if (doc.remarks.length > 0) {
    layout.gap(10);
    for (const [i, r] of doc.remarks.entries()) layout.paragraph(`${i === 0 ? '注：' : '　　'}${r}`, { size: SMALL_SIZE, gray: 0.3 });
  }
  layout.footers(`${doc.title}  ${doc.number}`);

  return writePdf(layout.pages, fonts, {
    title: `${doc.title}（${doc.number}）`,
    subject: `${doc.itemName} · 办件编号 ${doc.caseNumber}`,
    author: doc.issuer,
    keywords: `${doc.kind} ${doc.number} ${doc.caseNumber}`,
    created: doc.issuedAtIso,
  });
}
