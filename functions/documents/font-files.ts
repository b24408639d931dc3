/**
 * The font files of the notices, all SIL OFL 1.1 TrueType files from npm packages of Google Fonts.
 * Plain data (no imports): functions/manifest.ts lists them as assets of the notice-renderer, so the
 * files ship beside its bundle and never inside it.
 *
 * Text is set in the first font of its weight that has a glyph for the character: Noto Sans SC for
 * Chinese, then Noto Sans JP for the CJK Extension B characters it carries (𠮷 and a few hundred
 * more used in names), then Noto Serif Tibetan (合作市 lies in 甘南藏族自治州).
 */
export interface NoticeFontFile {
  /** Path under node_modules. */
  packagePath: string;
  weight: 'regular' | 'bold';
}

export const NOTICE_FONTS = [
  { packagePath: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf', weight: 'regular' },
  { packagePath: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf', weight: 'regular' },
  { packagePath: '@expo-google-fonts/noto-serif-tibetan/400Regular/NotoSerifTibetan_400Regular.ttf', weight: 'regular' },
  { packagePath: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf', weight: 'bold' },
  { packagePath: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf', weight: 'bold' },
  { packagePath: '@expo-google-fonts/noto-serif-tibetan/700Bold/NotoSerifTibetan_700Bold.ttf', weight: 'bold' },
] as const satisfies readonly NoticeFontFile[];
