import { requireStaff } from '#domain/access-policy';
import { httpHandler } from '#http/handler';
import { ARCHIVE_ROUTES } from '#manifest';
import { ARCHIVE_CONTRACT } from '#http/contracts/archive';
import { listVerifications } from '#repositories/archive-repository';
import { readArchivedCase, withoutCentre } from '#services/archive-service';
import { caseFor } from '#services/case-access';

export const handler = httpHandler(ARCHIVE_ROUTES, ARCHIVE_CONTRACT, {
  'GET /archive/cases/{caseNumber}': async ({ path, principal, now }) => {
    const record = await caseFor(path.caseNumber, principal, 'archive.read');
    return { body: await readArchivedCase(record, now) };
  },

  'GET /archive/verifications': async ({ query, principal }) => {
    const page = await listVerifications(requireStaff(principal).centre, query);
    return { body: { verifications: page.verifications.map(withoutCentre), nextCursor: page.nextCursor } };
  },
});
