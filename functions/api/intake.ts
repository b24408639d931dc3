import { createHash } from 'node:crypto';
import { optionalSetting } from '../adapters/env';
import { actorOf, publicView, registerCase } from '../domain/case';
import { chinaDate, DEFAULT_CASE_NUMBER_PATTERN, formatCaseNumber } from '../domain/case-number';
import { badRequest, unprocessable } from '../domain/errors';
import { maskIdNumber, maskName } from '../domain/identity';
import { assertValidIdNumber, assertWindowMayAccept, reviewMaterials } from '../domain/intake';
import { httpHandler } from '../http/handler';
import * as cases from '../repositories/case-repository';
import { getCurrentItem } from '../repositories/item-repository';
import { getUpload } from '../repositories/upload-repository';

export const handler = httpHandler({
  'POST /cases': async ({ body, principal, headers, now }) => {
    const idempotencyKey = headers['idempotency-key'];
    if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,200}$/.test(idempotencyKey)) {
      throw badRequest('invalid_idempotency_key', 'Idempotency-Key must be 1 to 200 visible ASCII characters.');
    }
    const idempotency = idempotencyKey
      ? { scope: principal.subject, key: idempotencyKey, requestHash: createHash('sha256').update(JSON.stringify(body)).digest('hex') }
      : undefined;
    if (idempotency) {
      const earlier = await cases.findByIdempotencyKey(idempotency);
      if (earlier?.kind === 'replayed') return replay(earlier.caseNumber);
    }

    const item = await getCurrentItem(body.itemCode);
    if (!item) throw unprocessable('item_not_found', `There is no catalog item ${body.itemCode}.`, { itemCode: body.itemCode });
    assertWindowMayAccept(item);
    assertValidIdNumber(body.applicant.kind, body.applicant.idNumber);
    const uploads = new Map(await Promise.all(body.materials.map(async (m) => [m.uploadId, await getUpload(m.uploadId)] as const)));
    const materials = reviewMaterials(item, body.materials, uploads, principal.subject);

    const centre = principal.centre ?? optionalSetting('centreCode', 'HZ');
    const pattern = optionalSetting('caseNumberPattern', DEFAULT_CASE_NUMBER_PATTERN);
    const date = chinaDate(now);
    const result = await cases.registerCase(
      centre,
      date,
      (seq) =>
        registerCase({
          caseNumber: formatCaseNumber(pattern, { centre, date, seq }),
          centre,
          item,
          applicant: {
            kind: body.applicant.kind,
            // Natural persons' names are personal data: kept masked; a legal person's name is public.
            name: body.applicant.kind === 'person' ? maskName(body.applicant.name) : body.applicant.name,
            idNumberMasked: maskIdNumber(body.applicant.idNumber),
            phone: body.applicant.phone ? maskIdNumber(body.applicant.phone) : undefined,
          },
          channel: principal.role === 'county_system' ? 'county_system' : body.channel,
          materials,
          actor: actorOf(principal),
          at: now,
        }),
      idempotency,
    );
    if (result.kind === 'replayed') return replay(result.caseNumber);
    return {
      status: 201,
      body: publicView(result.record),
      headers: { location: `/cases/${result.record.caseNumber}` },
    };
  },
});

async function replay(caseNumber: string) {
  const record = await cases.getCase(caseNumber, true);
  if (!record) throw new Error(`Idempotency record points at missing case ${caseNumber}`);
  return { status: 200, body: publicView(record), headers: { location: `/cases/${caseNumber}`, 'idempotent-replayed': 'true' } };
}
