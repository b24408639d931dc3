import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ArchiveAddendum } from '#domain/archive-addendum';
import { documentClient } from '#adapters/dynamodb';
import type { ArchiveEntry, VerificationResult } from '#domain/archive';
import type { RefusedChange } from '#domain/archived';
import type { CaseRecord } from '#domain/case/records';
import { conflict } from '#domain/errors';
import { cancellationCodes, queryIndexPage, queryIndexPrefix, queryPrefix } from './dynamo';
import { decodeCursor, encodeCursor, INDEX_CURSOR_SHAPE, keys, tableName, TABLE_DESIGN, withoutKeys } from './keys';

/**
 * Marks the case archived and lists it for the day's archive list, together or not at all. Only
 * the case as it was archived (same version) can be marked, and only once.
 */
export async function markArchived(record: CaseRecord, archived: NonNullable<CaseRecord['archived']>, entry: ArchiveEntry): Promise<void> {
  try {
    await documentClient().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName(),
              Key: keys.case(record.caseNumber),
              UpdateExpression: 'SET archived = :archived',
              ConditionExpression: '#version = :version AND attribute_not_exists(archived)',
              ExpressionAttributeNames: { '#version': 'version' },
              ExpressionAttributeValues: { ':archived': archived, ':version': record.version },
            },
          },
          {
            Put: {
              TableName: tableName(),
              Item: {
                ...keys.archiveEntry(record.caseNumber),
                ...keys.archiveListing(entry.centre, entry.department, entry.day, entry.caseNumber),
                entity: 'archive_entry',
                ...entry,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
      }),
    );
  } catch (error) {
    if (cancellationCodes(error)) {
      throw conflict('case_changed', `Case ${record.caseNumber} changed or was archived while its package was written.`, { caseNumber: record.caseNumber });
    }
    throw error;
  }
}

/** Records an addendum package with the case's archive entry (the case itself never changes again). */
export async function addArchiveAddendum(caseNumber: string, addendum: ArchiveAddendum): Promise<void> {
  await documentClient().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.archiveEntry(caseNumber),
      UpdateExpression: 'SET addenda = list_append(if_not_exists(addenda, :none), :one)',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':none': [], ':one': [addendum] },
    }),
  );
}

export async function getArchiveEntry(caseNumber: string): Promise<ArchiveEntry | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.archiveEntry(caseNumber) }));
  return out.Item ? withoutKeys<ArchiveEntry>(out.Item) : undefined;
}

/** A department's archived cases, by archiving day: one day, a range of days (inclusive), or all. */
export async function listArchived(centre: string, department: string, days: { from?: string; to?: string } = {}): Promise<ArchiveEntry[]> {
  if (days.from && days.from === days.to) return queryIndexPrefix<ArchiveEntry>(keys.archivedOf(centre, department), `${days.from}#`);
  const all = await queryIndexPrefix<ArchiveEntry>(keys.archivedOf(centre, department));
  return all.filter((e) => (!days.from || e.day >= days.from) && (!days.to || e.day <= days.to));
}

/** One page of a department's archived packages on a range of days (inclusive), with a cursor to the next page. */
export async function listArchivedPage(
  centre: string,
  department: string,
  days: { from?: string; to?: string },
  limit: number,
  cursor?: string,
): Promise<{ entries: ArchiveEntry[]; nextCursor?: string }> {
  // gsi1sk is `${day}#${caseNumber}`: a range of days is a range of sort keys ('$' sorts after '#').
  const range = days.from || days.to;
  const out = await documentClient().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: TABLE_DESIGN.index.name,
      KeyConditionExpression: range ? 'gsi1pk = :p AND gsi1sk BETWEEN :from AND :to' : 'gsi1pk = :p',
      ExpressionAttributeValues: {
        ':p': keys.archivedOf(centre, department),
        ...(range ? { ':from': `${days.from ?? '0000-00-00'}#`, ':to': `${days.to ?? '9999-99-99'}$` } : {}),
      },
      Limit: limit,
      ExclusiveStartKey: decodeCursor(cursor, INDEX_CURSOR_SHAPE, { [TABLE_DESIGN.index.partitionKey]: keys.archivedOf(centre, department) }),
    }),
  );
  return { entries: (out.Items ?? []).map((item) => withoutKeys<ArchiveEntry>(item)), nextCursor: encodeCursor(out.LastEvaluatedKey) };
}

/** Every write refused because the case is archived: append-only, one item each. */
export async function recordRefusedChange(refused: RefusedChange): Promise<void> {
  await documentClient().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...keys.refusedChange(refused.caseNumber, refused.at, randomUUID()), entity: 'refused_change', ...refused },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

export function listRefusedChanges(caseNumber: string): Promise<RefusedChange[]> {
  return queryPrefix<RefusedChange>(keys.case(caseNumber).pk, keys.refusedPrefix);
}

export interface StoredVerification extends VerificationResult {
  centre: string;
  department: string;
}

export async function getVerification(caseNumber: string): Promise<StoredVerification | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.verification(caseNumber) }));
  return out.Item ? withoutKeys<StoredVerification>(out.Item) : undefined;
}

/** The latest verification of a package replaces the one before (events keep the history of failures). */
export async function putVerification(v: StoredVerification): Promise<void> {
  await documentClient().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...keys.verification(v.caseNumber), ...keys.verificationListing(v.centre, v.status, v.checkedAt, v.caseNumber), entity: 'verification', ...v },
    }),
  );
}

export interface VerificationPage {
  verifications: StoredVerification[];
  nextCursor?: string;
}

/** The latest verification of each package of a centre: failed ones first, then passed, each by time checked. */
export async function listVerifications(
  centre: string,
  options: { status?: VerificationResult['status']; limit: number; cursor?: string },
): Promise<VerificationPage> {
  const page = await queryIndexPage<StoredVerification>(keys.verificationsOf(centre), {
    prefix: options.status ? `${options.status}#` : undefined,
    limit: options.limit,
    cursor: options.cursor,
  });
  return { verifications: page.items, nextCursor: page.nextCursor };
}
