import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../adapters/dynamodb';
import { conflict } from '../domain/errors';
import type { Ticket } from '../domain/ticket';
import { queryIndexPrefix, type TransactItem } from './dynamo';
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

export async function createTicket(ticket: Ticket): Promise<void> {
  await documentClient().send(new PutCommand(ticketPut(ticket, { expression: 'attribute_not_exists(pk)' }).Put!));
}

export async function getTicket(ticketId: string): Promise<Ticket | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.ticket(ticketId), ConsistentRead: true }));
  return out.Item ? fromStore(out.Item) : undefined;
}

/** Saves a changed ticket only if nobody changed it since `before` was read. */
export async function updateTicket(before: Ticket, after: Ticket): Promise<void> {
  // Tickets from before versions carry none.
  const condition = before.version
    ? { expression: '#v = :v', names: { '#v': 'version' }, values: { ':v': before.version } }
    : { expression: 'attribute_exists(pk) AND attribute_not_exists(#v)', names: { '#v': 'version' } };
  try {
    await documentClient().send(new PutCommand(ticketPut(after, condition).Put!));
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') {
      throw conflict('ticket_changed', 'The ticket was changed meanwhile; reload it.', { ticketId: before.ticketId });
    }
    throw error;
  }
}

/** A department's tickets, oldest first. */
export async function listTickets(centre: string, department: string): Promise<Ticket[]> {
  return (await queryIndexPrefix<Record<string, unknown>>(keys.ticketsOf(centre, department))).map((item) => fromStore(item));
}
