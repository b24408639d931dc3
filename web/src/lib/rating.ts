/** 好差评 (国办发〔2019〕51号): five levels; a 4 or 5 needs a comment (it opens a rectification ticket). */
export const RATING_LEVELS = [
  { level: 1, label: '非常满意' },
  { level: 2, label: '满意' },
  { level: 3, label: '基本满意' },
  { level: 4, label: '不满意' },
  { level: 5, label: '非常不满意' },
] as const;

export type RatingLevel = (typeof RATING_LEVELS)[number]['level'];

export function ratingProblem(level: RatingLevel | undefined, comment: string): string | undefined {
  if (!level) return '请选择评价等级';
  if (level >= 4 && comment.trim().length === 0) return '差评请写明原因，我们将督促整改';
  return undefined;
}
