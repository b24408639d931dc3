import * as z from 'zod/mini';
import '#domain/zod-locale';
import { day, text } from './shared';

/** Fields several case routes take (intake, 补正, 容缺 materials). */
export const sha256 = z.string().check(z.regex(/^[0-9a-fA-F]{64}$/, 'SHA-256 指纹应为 64 位十六进制字符'));

/** A catalog item's or a material's code. */
export const code = z.string().check(z.minLength(1), z.maxLength(64));
/** 居民身份证号 / 统一社会信用代码: 18 characters, upper case. */
export const idNumber = z.string().check(z.trim(), z.toUpperCase(), z.minLength(18), z.maxLength(18));

/** What the clerk brings to formal review, at intake and at 补正. */
export const ReviewFields = {
  /** Each material as a new scan (uploadId), or reused from an earlier case of the applicant (reuse.sha256, 材料复用). */
  materials: z._default(
    z
      .array(z.strictObject({ code: code, uploadId: z.optional(z.uuid()), reuse: z.optional(z.strictObject({ sha256 })) }))
      .check(z.maxLength(100)),
    [],
  ),
  /** Materials the clerk found defective on paper, with the reason the applicant is told. */
  defects: z._default(z.array(z.strictObject({ code: code, reason: text(500) })).check(z.maxLength(100)), []),
  /** 容缺: materials brought later under the applicant's signed commitment (承诺书). */
  deferral: z.optional(
    z.strictObject({
      materials: z.array(code).check(z.minLength(1), z.maxLength(50)),
      commitment: text(2000),
      dueDate: z.optional(day),
    }),
  ),
  /** 即办: decide on the spot (authorised clerks, 即办件 only). */
  decideNow: z.optional(z.strictObject({ outcome: z.enum(['approve', 'deny']), opinion: text(2000) })),
};
