import { notFound } from '../domain/errors';
import { progressView, queryCodeMatches } from '../domain/progress';
import { httpHandler } from '../http/handler';
import { getCase, getHistory } from '../repositories/case-repository';

export const handler = httpHandler({
  'POST /public/progress': async ({ body }) => {
    const record = await getCase(body.caseNumber);
    // One answer for "no such case" and "wrong code": the query tells nothing to a guesser.
    if (!record || !queryCodeMatches(record, body.queryCode)) {
      throw notFound('no_match', 'No case matches this case number and query code. Check both against the receipt (材料接收告知单).');
    }
    return { body: progressView(record, await getHistory(record.caseNumber)), headers: { 'cache-control': 'no-store' } };
  },
});
