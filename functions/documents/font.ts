import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { TrueTypeFont } from './truetype';

/**
 * The notices' font: Noto Sans SC Regular (SIL OFL 1.1), a TrueType file from the npm package
 * @expo-google-fonts/noto-sans-sc. It is never bundled into JavaScript: deployed, the file sits next
 * to the bundle (functions/manifest.ts lists it as an asset of the notice-renderer, and CDK copies
 * it there); run from source (tests, `npm start`), it is read from node_modules.
 */
export const NOTICE_FONT_PACKAGE_PATH = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';
export const NOTICE_FONT_FILE = 'NotoSansSC_400Regular.ttf';

let cached: TrueTypeFont | undefined;

export function noticeFontPath(): string {
  const beside = join(import.meta.dirname, NOTICE_FONT_FILE);
  if (existsSync(beside)) return beside;
  try {
    return createRequire(import.meta.url).resolve(NOTICE_FONT_PACKAGE_PATH);
  } catch {
    throw new Error(`The notice font ${NOTICE_FONT_FILE} is neither next to ${import.meta.dirname} nor installed (${NOTICE_FONT_PACKAGE_PATH}).`);
  }
}

/** Read once per container: the file is 10 MB, parsing it is only its table directory and cmap header. */
export function noticeFont(): TrueTypeFont {
  cached ??= new TrueTypeFont(readFileSync(noticeFontPath()));
  return cached;
}
