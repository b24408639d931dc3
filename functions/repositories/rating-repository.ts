import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '#adapters/dynamodb';
import type { AuditLine } from '#domain/audit-trail';
import { conflict } from '#domain/errors';
import { auditLinePut } from './audit-repository';
import type { Rating } from '#domain/rating';
import type { Ticket } from '#domain/ticket';
import { cancellationCodes, queryIndexPrefix, type TransactItem } from './dynamo';
import { ticketPut } from './ticket-repository';
import { keys, tableName, withoutKeys } from './keys';

/** The rating (once per case) and its rectification ticket, to write in one transaction with the case's history line. */
export function ratingPuts(rating: Rating, ticket?: Ticket, audit: readonly AuditLine[] = []): TransactItem[] {
  return [
    {
      Put: {
        TableName: tableName(),
        Item: { ...keys.rating(rating.caseNumber), ...keys.ratingListing(rating.centre, rating.department, rating.itemCode, rating.caseNumber), entity: 'rating', ...rating },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    ...(ticket ? [ticketPut(ticket, { expression: 'attribute_not_exists(pk)' })] : []),
    ...audit.map(auditLinePut),
  ];
}

export const alreadyRated = (caseNumber: string) => conflict('already_rated', `Case ${caseNumber} has already been rated; a case is rated once.`, { caseNumber });

/** One rating per case, its rectification ticket and their audit lines, together. */
export async function saveRating(rating: Rating, ticket?: Ticket, audit: readonly AuditLine[] = []): Promise<void> {
  try {
    await documentClient().send(new TransactWriteCommand({ TransactItems: ratingPuts(rating, ticket, audit) }));
  } catch (error) {
    if (cancellationCodes(error)?.[0] === 'ConditionalCheckFailed') {
      throw alreadyRated(rating.caseNumber);
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
