import { assertCanSee } from '../domain/case';
import { notFound } from '../domain/errors';
import { httpHandler } from '../http/handler';
import { getCase } from '../repositories/case-repository';
import { listCaseNotifications, listCentreNotifications } from '../repositories/notification-repository';
import type { Notification } from '../domain/notification';

const shown = ({ centre: _c, auditSeq: _s, ...n }: Notification) => n;

export const handler = httpHandler({
  /** The SMS outbox: one case's messages, or the centre's latest. Texts and numbers are masked already. */
  'GET /notifications': async ({ query, principal }) => {
    if (query.caseNumber) {
      const record = await getCase(query.caseNumber);
      if (!record) throw notFound('case_not_found', `There is no case ${query.caseNumber}.`, { caseNumber: query.caseNumber });
      assertCanSee(principal, record);
      return { body: { notifications: (await listCaseNotifications(record.caseNumber)).slice(-query.limit).map(shown) } };
    }
    return { body: { notifications: (await listCentreNotifications(principal.centre ?? '', query.limit)).map(shown) } };
  },
});
