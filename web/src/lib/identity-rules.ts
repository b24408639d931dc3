import { isValidCitizenId, isValidCreditCode } from '../../../functions/domain/identity';

/**
 * Live check of the identity number as the clerk types it: the same check digits the API checks
 * (GB 11643 for 居民身份证, GB 32100 for 统一社会信用代码). Returns the message to show, or undefined.
 */
export function identityProblem(kind: 'person' | 'legal_person', raw: string): string | undefined {
  const value = raw.trim().toUpperCase();
  if (!value) return kind === 'person' ? '请输入身份证号码' : '请输入统一社会信用代码';
  if (value.length !== 18) return `应为 18 位，当前 ${value.length} 位`;
  if (kind === 'person') {
    if (!/^\d{17}[\dX]$/.test(value)) return '身份证号码为 17 位数字加 1 位数字或 X';
    return isValidCitizenId(value) ? undefined : '身份证号码校验位或出生日期不正确，请核对证件';
  }
  return isValidCreditCode(value) ? undefined : '统一社会信用代码校验位不正确，请核对营业执照';
}
