import { requireStaff } from '#domain/access-policy';
import { httpHandler } from '#http/handler';
import { NOTIFICATIONS_ROUTES } from '#manifest';
import { NOTIFICATION_CONTRACT } from '#http/contracts/notifications';
import { caseFor } from '#services/case-access';
import { listCaseNotifications, listCentreNotifications } from '#repositories/notification-repository';
import type { Notification } from '#domain/notification';

const shown = ({ centre: _c, auditSeq: _s, ...n }: Notification) => n;

export const handler = httpHandler(NOTIFICATIONS_ROUTES, NOTIFICATION_CONTRACT, {
  /** The SMS outbox: one case's messages, or the centre's latest. Texts and numbers are masked already. */
  'GET /notifications': async ({ query, principal }) => {
    if (query.caseNumber) {
      const record = await caseFor(query.caseNumber, principal, 'notifications.read');
      return { body: { notifications: (await listCaseNotifications(record.caseNumber)).slice(-query.limit).map(shown) } };
    }
    return { body: { notifications: (await listCentreNotifications(requireStaff(principal).centre, query.limit)).map(shown) } };
  },
});
