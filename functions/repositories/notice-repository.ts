import { GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '#adapters/dynamodb';
import { cancellationCodes, counterAdvance, queryPrefix, readCounter } from './dynamo';
import type { NoticeRecord } from '#domain/notices';
import { keys, tableName, withoutKeys } from './keys';

export async function getNotice(caseNumber: string, noticeId: string, consistent = false): Promise<NoticeRecord | undefined> {
  const out = await documentClient().send(
    new GetCommand({ TableName: tableName(), Key: keys.notice(caseNumber, noticeId), ConsistentRead: consistent }),
  );
  return out.Item ? withoutKeys<NoticeRecord>(out.Item) : undefined;
}

/** Every notice of a case, in audit order (the id starts with the audit line's seq). */
export function listNotices(caseNumber: string): Promise<NoticeRecord[]> {
  return queryPrefix<NoticeRecord>(keys.case(caseNumber).pk, keys.noticePrefix);
}

// Last sequence seen per counter, so the common case numbers a notice in one round trip.
const lastSeq = new Map<string, number>();

/** Records a notice as `build` gives it, under the next number of its series (see recordIssuedNotice). */
export function numberNotice(
  series: { centre: string; date: string; kindCode: string },
  caseNumber: string,
  noticeId: string,
  build: (seq: number) => NoticeRecord,
): Promise<NoticeRecord> {
  return recordIssuedNotice(series, caseNumber, noticeId, async (seq) => build(seq));
}

/**
 * Records an issued notice under the next number of its series (centre, day, kind), in one write with
 * the counter: `issue(seq)` renders and stores the notice under that number first, so the notice is
 * written once, already issued (no second write to mark it). If another notice took the number
 * meanwhile, the counter is read again and the notice issued anew under the next one (its object
 * stored again in its place). Numbers have no gaps and no repeats; if the notice is already recorded
 * (a redelivered audit line), that one is returned and no number is used.
 */
export async function recordIssuedNotice(
  series: { centre: string; date: string; kindCode: string },
  caseNumber: string,
  noticeId: string,
  issue: (seq: number) => Promise<NoticeRecord>,
): Promise<NoticeRecord> {
  const counterKey = keys.noticeCounter(series.centre, series.date, series.kindCode);
  const cacheKey = `${counterKey.pk}#${counterKey.sk}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    const previous = lastSeq.get(cacheKey) ?? (await readCounter(counterKey));
    const seq = previous + 1;
    const notice = await issue(seq);
    try {
      await documentClient().send(
        new TransactWriteCommand({
          TransactItems: [
            counterAdvance(counterKey, previous, 'notice_counter'),
            {
              Put: {
                TableName: tableName(),
                Item: { ...keys.notice(caseNumber, noticeId), entity: 'notice', ...notice },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      );
      lastSeq.set(cacheKey, seq);
      return notice;
    } catch (error) {
      const codes = cancellationCodes(error);
      if (!codes) throw error;
      if (codes[1] === 'ConditionalCheckFailed') {
        const existing = await getNotice(caseNumber, noticeId, true);
        if (existing) return existing;
      }
      lastSeq.set(cacheKey, await readCounter(counterKey));
      if (codes.includes('TransactionConflict')) await new Promise((r) => setTimeout(r, Math.random() * 10 * (attempt + 1)));
    }
  }
  throw new Error(`No notice number could be allocated in ${counterKey.pk} ${counterKey.sk}`);
}

/** Marks a notice numbered before it was rendered (as notices were recorded before recordIssuedNotice) issued, once its PDF is stored. */
export async function markIssued(
  caseNumber: string,
  noticeId: string,
  stored: Required<Pick<NoticeRecord, 'objectKey' | 'sha256' | 'size' | 'storedAt'>>,
): Promise<void> {
  await documentClient().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.notice(caseNumber, noticeId),
      UpdateExpression: 'SET #status = :issued, objectKey = :objectKey, sha256 = :sha256, #size = :size, storedAt = :storedAt',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#status': 'status', '#size': 'size' },
      ExpressionAttributeValues: {
        ':issued': 'issued',
        ':objectKey': stored.objectKey,
        ':sha256': stored.sha256,
        ':size': stored.size,
        ':storedAt': stored.storedAt,
      },
    }),
  );
}
