import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '#adapters/dynamodb';
import type { AuditLine } from '#domain/audit-trail';
import { conflict } from '#domain/errors';
import { auditLinePut } from './audit-repository';
import type { Ticket } from '#domain/ticket';
import { cancellationCodes, queryIndexPrefix, type TransactItem } from './dynamo';
import { keys, tableName, withoutKeys } from './keys';

/** Tickets stored before kinds existed were all rectification tickets. */
function fromStore(item: Record<string, unknown>): Ticket {
  const ticket = withoutKeys<Ticket>(item);
  return { ...ticket, kind: ticket.kind ?? 'rectification' };
}

/** A ticket written on its own, or beside the rating that opened it (one transaction). */
export function ticketPut(ticket: Ticket, condition?: { expression: string; names?: Record<string, string>; values?: Record<string, unknown> }): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: { ...keys.ticket(ticket.ticketId), ...keys.ticketListing(ticket.centre, ticket.department, ticket.openedAt, ticket.ticketId), entity: 'ticket', ...ticket },
      ...(condition
        ? { ConditionExpression: condition.expression, ExpressionAttributeNames: condition.names, ExpressionAttributeValues: condition.values }
        : {}),
    },
  };
}

/** A new ticket, with the audit line of its opening when someone opened it. */
export async function createTicket(ticket: Ticket, audit?: AuditLine): Promise<void> {
  await documentClient().send(
    new TransactWriteCommand({ TransactItems: [ticketPut(ticket, { expression: 'attribute_not_exists(pk)' }), ...(audit ? [auditLinePut(audit)] : [])] }),
  );
}

export async function getTicket(ticketId: string): Promise<Ticket | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.ticket(ticketId), ConsistentRead: true }));
  return out.Item ? fromStore(out.Item) : undefined;
}

/** Saves a changed ticket, with the audit line of the step, only if nobody changed it since `before` was read. */
export async function updateTicket(before: Ticket, after: Ticket, audit: AuditLine): Promise<void> {
  // Tickets from before versions carry none.
  const condition = before.version
    ? { expression: '#v = :v', names: { '#v': 'version' }, values: { ':v': before.version } }
    : { expression: 'attribute_exists(pk) AND attribute_not_exists(#v)', names: { '#v': 'version' } };
  try {
    await documentClient().send(new TransactWriteCommand({ TransactItems: [ticketPut(after, condition), auditLinePut(audit)] }));
  } catch (error) {
    if (cancellationCodes(error)?.[0] === 'ConditionalCheckFailed') {
      throw conflict('ticket_changed', 'The ticket was changed meanwhile; reload it.', { ticketId: before.ticketId });
    }
    throw error;
  }
}

/** A department's tickets, oldest first. */
export async function listTickets(centre: string, department: string): Promise<Ticket[]> {
  return (await queryIndexPrefix<Record<string, unknown>>(keys.ticketsOf(centre, department))).map((item) => fromStore(item));
}
