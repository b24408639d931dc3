import { assertQueryCode, progressView } from '#domain/progress';
import { httpHandler } from '#http/handler';
import { PROGRESS_ROUTES } from '#manifest';
import { PROGRESS_CONTRACT } from '#http/contracts/progress';
import { getCase, getHistory } from '#repositories/case-repository';

export const handler = httpHandler(PROGRESS_ROUTES, PROGRESS_CONTRACT, {
  'POST /public/progress': async ({ body }) => {
    const record = assertQueryCode(await getCase(body.caseNumber), body.queryCode);
    return { body: progressView(record, await getHistory(record.caseNumber)), headers: { 'cache-control': 'no-store' } };
  },
});
