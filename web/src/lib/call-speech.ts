/** The hall's call (叫号) as it is spoken in Chinese by the browser's speech synthesis. */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/**
 * A ticket number read out digit by digit, the way a hall's caller says it: A001 → A零零一.
 * A voice reads "001" as "一" or "one"; the applicant listens for each digit on the slip.
 */
export function spokenNumber(ticketNumber: string): string {
  return [...ticketNumber.trim().toUpperCase()].map((c) => (c >= '0' && c <= '9' ? DIGITS[Number(c)] : c)).join('');
}

/** 请A零零一号到综合窗口（一）办理; a recall (重呼) says so first. */
export function callAnnouncement(ticketNumber: string, windowName: string, recall = false): string {
  return `${recall ? '重呼，' : ''}请${spokenNumber(ticketNumber)}号到${windowName}办理`;
}

/** The voice to use: a Chinese (mainland) one if the browser has it, else any Chinese, else the default. */
export function chineseVoice(voices: readonly { lang: string }[]): number | undefined {
  const mainland = voices.findIndex((v) => /^zh[-_]CN$/i.test(v.lang) || /^cmn/i.test(v.lang));
  if (mainland >= 0) return mainland;
  const any = voices.findIndex((v) => /^zh/i.test(v.lang));
  return any >= 0 ? any : undefined;
}
