import * as z from 'zod/mini';
import '#domain/zod-locale';
import { NOTIFICATION_KINDS } from '#domain/notification';
import { caseNumber, type RouteContract } from './shared';

/** The SMS outbox of a case, or of the centre. */
export const NOTIFICATION_CONTRACT = {
  'GET /notifications': {
    query: z.strictObject({
      caseNumber: z.optional(caseNumber),
      limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 50),
    }),
    status: 200,
    response: z.object({
      notifications: z.array(
        z.object({
          caseNumber: z.string(),
          notificationId: z.string(),
          kind: z.enum(NOTIFICATION_KINDS),
          channel: z.literal('sms'),
          text: z.string(),
          status: z.enum(['queued', 'sent', 'no_phone']),
          to: z.optional(z.string()),
          queuedAt: z.string(),
          sentAt: z.optional(z.string()),
          messageId: z.optional(z.string()),
        }),
      ),
    }),
  },
} satisfies Record<string, RouteContract>;
