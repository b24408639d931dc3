import * as z from 'zod/mini';
import '#domain/zod-locale';
import { code, idNumber, ReviewFields } from './case-fields';
import { CaseView } from './case-view';
import { DeliveryInput } from './delivery';
import { caseNumber, line, printable, text, type RouteContract } from './shared';

/** 收件 and 撤回. */
export const INTAKE_CONTRACT = {
  'POST /cases': {
    body: z.strictObject({
      itemCode: code,
      applicant: z.strictObject({
        kind: z.enum(['person', 'legal_person']),
        // Printed on every notice of the case.
        name: line(100).check(printable('申请人姓名（名称）')),
        idNumber,
        phone: z.optional(z.string().check(z.regex(/^1\d{10}$/, '手机号码应为以 1 开头的 11 位数字'))),
      }),
      /** 帮办代办: someone applying on the applicant's behalf, on recorded authority. */
      agent: z.optional(
        z.strictObject({
          kind: z.enum(['proxy', 'centre_helper']),
          name: line(100).check(printable('代办人姓名')),
          idNumber,
          reason: z.enum(['elderly', 'disabled', 'pregnant', 'ill', 'other']),
          authorisation: z.strictObject({
            uploadId: z.optional(z.uuid()),
            note: z.optional(z.string().check(z.trim(), z.maxLength(500))),
          }),
        }),
      ),
      channel: z._default(z.enum(['window', 'online', 'county_system']), 'window'),
      /** 送达方式: how the applicant wants the result (courier only where the item allows it). */
      delivery: z._default(DeliveryInput, { method: 'pickup' }),
      ...ReviewFields,
    }),
    status: 201,
    // queryCode: for 办件进度查询 (POST /public/progress), handed to the applicant with the receipt.
    response: z.extend(CaseView, { queryCode: z.optional(z.string()) }),
  },
  'POST /cases/{caseNumber}/withdraw': {
    path: z.object({ caseNumber }),
    body: z.strictObject({
      reason: text(500),
      /** The clerk saw the applicant's (or the authorised agent's) signed request to withdraw. */
      applicantConfirmed: z.literal(true, { error: '撤回须有申请人签字的撤回申请（applicantConfirmed: true）' }),
    }),
    status: 200,
    response: CaseView,
  },
} satisfies Record<string, RouteContract>;
