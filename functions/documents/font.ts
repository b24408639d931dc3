import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { unprintable } from '#domain/printable';
import { NOTICE_FONTS, type NoticeFontFile } from './font-files';
import { TrueTypeFont } from './truetype';

/**
 * The notices' fonts (functions/documents/font-files.ts). They are never bundled into JavaScript:
 * deployed, each file sits next to the bundle (functions/manifest.ts lists them as assets of the
 * notice-renderer, and CDK copies them there); run from source (tests, `npm start`), they are read
 * from node_modules.
 */
export function noticeFontPath(file: NoticeFontFile): string {
  const beside = join(import.meta.dirname, basename(file.packagePath));
  if (existsSync(beside)) return beside;
  try {
    return createRequire(import.meta.url).resolve(file.packagePath);
  } catch {
    throw new Error(`The notice font ${basename(file.packagePath)} is neither next to ${import.meta.dirname} nor installed (${file.packagePath}).`);
  }
}

/** The fonts of one weight, in the order a character is looked up in them. */
export interface FontStack {
  fonts: TrueTypeFont[];
}

let cached: Record<NoticeFontFile['weight'], FontStack> | undefined;

/** Read once per container: parsing a file is only its table directory and cmap header. */
export function noticeFonts(): Record<NoticeFontFile['weight'], FontStack> {
  if (!cached) {
    const load = (weight: NoticeFontFile['weight']) => ({
      fonts: NOTICE_FONTS.filter((f) => f.weight === weight).map((f) => new TrueTypeFont(readFileSync(noticeFontPath(f)))),
    });
    cached = { regular: load('regular'), bold: load('bold') };
  }
  return cached;
}

/** The first font of the stack with a glyph for the character, or undefined when none has one. */
export function fontFor(stack: FontStack, codePoint: number): TrueTypeFont | undefined {
  return stack.fonts.find((f) => f.glyphId(codePoint) !== 0);
}

/** A run of text set in one font. */
export interface FontRun {
  font: TrueTypeFont;
  text: string;
}

/** Splits text into runs, each in the first font of the stack that has all its characters' glyphs. */
export function fontRuns(stack: FontStack, text: string): FontRun[] {
  const runs: FontRun[] = [];
  for (const ch of text) {
    const font = fontFor(stack, ch.codePointAt(0)!) ?? stack.fonts[0]!;
    const last = runs.at(-1);
    if (last?.font === font) last.text += ch;
    else runs.push({ font, text: ch });
  }
  return runs;
}

/**
 * The text with every character no font can print written as its code point (〔U+2A6D6〕), so a
 * notice never prints a blank box. Intake refuses such characters; this covers older records.
 */
export function printableText(text: string): string {
  const missing = unprintable(text);
  if (missing.length === 0) return text;
  let out = '';
  for (const ch of text) out += missing.includes(ch) ? `〔U+${ch.codePointAt(0)!.toString(16).toUpperCase()}〕` : ch;
  return out;
}
