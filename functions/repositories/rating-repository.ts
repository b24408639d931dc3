import { GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../adapters/dynamodb';
import { conflict } from '../domain/errors';
import type { Rating, RectificationTicket } from '../domain/rating';
import { cancellationCodes, queryIndexPrefix, type TransactItem } from './dynamo';
import { keys, tableName, withoutKeys } from './keys';

function ticketPut(ticket: RectificationTicket, condition?: string): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: { ...keys.ticket(ticket.ticketId), ...keys.ticketListing(ticket.centre, ticket.department, ticket.openedAt, ticket.ticketId), entity: 'ticket', ...ticket },
      ...(condition ? { ConditionExpression: condition } : {}),
    },
  };
}

/** One rating per case, and its rectification ticket, together. */
export async function saveRating(rating: Rating, ticket?: RectificationTicket): Promise<void> {
  try {
    await documentClient().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName(),
              Item: { ...keys.rating(rating.caseNumber), ...keys.ratingListing(rating.centre, rating.department, rating.itemCode, rating.caseNumber), entity: 'rating', ...rating },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          ...(ticket ? [ticketPut(ticket, 'attribute_not_exists(pk)')] : []),
        ],
      }),
    );
  } catch (error) {
    if (cancellationCodes(error)?.[0] === 'ConditionalCheckFailed') {
      throw conflict('already_rated', `Case ${rating.caseNumber} has already been rated; a case is rated once.`, { caseNumber: rating.caseNumber });
    }
    throw error;
  }
}

export async function getRating(caseNumber: string): Promise<Rating | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.rating(caseNumber) }));
  return out.Item ? withoutKeys<Rating>(out.Item) : undefined;
}

export function listRatings(centre: string, department?: string): Promise<Rating[]> {
  return queryIndexPrefix<Rating>(keys.ratingsOf(centre), department ? `${department}#` : undefined);
}

export async function getTicket(ticketId: string): Promise<RectificationTicket | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.ticket(ticketId), ConsistentRead: true }));
  return out.Item ? withoutKeys<RectificationTicket>(out.Item) : undefined;
}

/** Saves a changed ticket only if nobody changed it meanwhile (same number of follow-ups and status). */
export async function updateTicket(before: RectificationTicket, after: RectificationTicket): Promise<void> {
  try {
    await documentClient().send(
      new PutCommand({
        ...ticketPut(after).Put!,
        ConditionExpression: '#status = :status AND size(followUps) = :n',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':status': before.status, ':n': before.followUps.length },
      }),
    );
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') {
      throw conflict('ticket_changed', 'The ticket was changed meanwhile; reload it.', { ticketId: before.ticketId });
    }
    throw error;
  }
}

export function listTickets(centre: string, department: string): Promise<RectificationTicket[]> {
  return queryIndexPrefix<RectificationTicket>(keys.ticketsOf(centre, department));
}
