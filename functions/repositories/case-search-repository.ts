import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '#adapters/dynamodb';
import type { CaseRecord } from '#domain/case/records';
import { matchesSearch, type ScopedSearch, type SearchLight, type SearchSource } from '#domain/case-search';
import { badRequest } from '#domain/errors';
import { getCase, getCases } from './case-repository';
import { batchGet, type TransactItem } from './dynamo';
import { listDepartmentsWarm } from './item-repository';
import { decodeCursor, encodeCursor, INDEX_CURSOR_SHAPE, keys, tableName, TABLE_DESIGN } from './keys';

/**
 * 办件查询's listings. At registration a case gets three small rows (same transaction): one in the
 * centre's listing by time received, one under its applicant's identity-number key, one under the
 * applicant's name key. They hold what never changes (department, item, time received, the keys), so
 * they are written once; state and light are read from the case and its warning.
 */
export function caseIndexRows(record: CaseRecord, nameKey: string): TransactItem[] {
  const sort = keys.caseIndexSort(record.receivedAt, record.caseNumber);
  const fixed = {
    entity: 'case_index',
    caseNumber: record.caseNumber,
    department: record.department,
    ...(record.coDepartments?.length ? { coDepartments: record.coDepartments } : {}),
    itemCode: record.itemCode,
    receivedAt: record.receivedAt,
    applicantKey: record.applicantKey,
    nameKey,
  };
  const row = (listing: 'RECEIVED' | 'APPLICANT' | 'NAME', gsi1pk: string): TransactItem => ({
    Put: { TableName: tableName(), Item: { ...keys.caseIndex(record.caseNumber, listing), gsi1pk, gsi1sk: sort, ...fixed } },
  });
  return [
    row('RECEIVED', keys.casesReceived(record.centre)),
    ...(record.applicantKey ? [row('APPLICANT', keys.casesOfApplicant(record.centre, record.applicantKey))] : []),
    row('NAME', keys.casesNamed(record.centre, nameKey)),
  ];
}

export interface SearchHit {
  record: CaseRecord;
  light?: SearchLight;
}

export interface SearchPage {
  hits: SearchHit[];
  /** Listing rows looked at for this page (a sparse filter may give a short page with a cursor to go on). */
  examined: number;
  nextCursor?: string;
}

/** Rows a page reads at most before it answers with what it found and a cursor to go on. */
const EXAMINE_BUDGET = 600;

interface Listing {
  gsi1pk: string;
  condition: string;
  values: Record<string, string>;
  /** Bounds a cursor's position must lie within (the key condition's). */
  within: (gsi1sk: string) => boolean;
  newestFirst: boolean;
  /** Checks on the rows themselves, where they hold the attribute (the index rows do; queue and warning rows differ). */
  filter?: { expression: string; values: Record<string, unknown> };
}

function listingOf(
  source: Exclude<SearchSource, { kind: 'case_number' | 'state' }>,
  search: ScopedSearch,
  personKeys: { applicantKey?: string; nameKey?: string },
): Listing {
  const prefixed = (gsi1pk: string, prefix: string, newestFirst: boolean): Listing => ({
    gsi1pk,
    condition: 'gsi1pk = :p AND begins_with(gsi1sk, :s)',
    values: { ':p': gsi1pk, ':s': prefix },
    within: (sk) => sk.startsWith(prefix),
    newestFirst,
  });
  const ranged = (gsi1pk: string): Listing => {
    // Sort keys are `<receivedAt ISO>#<caseNumber>`: an ISO range bounds them.
    const lo = search.receivedRange?.from ?? '0';
    const hi = search.receivedRange?.before ?? '9';
    const filters: string[] = [];
    const values: Record<string, unknown> = {};
    if (search.department) {
      filters.push('(department = :d OR contains(coDepartments, :d))');
      values[':d'] = search.department;
    }
    if (search.itemCode) {
      filters.push('itemCode = :i');
      values[':i'] = search.itemCode;
    }
    if (source.kind !== 'applicant' && personKeys.applicantKey) {
      filters.push('applicantKey = :a');
      values[':a'] = personKeys.applicantKey;
    }
    if (source.kind !== 'name' && personKeys.nameKey) {
      filters.push('nameKey = :n');
      values[':n'] = personKeys.nameKey;
    }
    return {
      gsi1pk,
      condition: 'gsi1pk = :p AND gsi1sk BETWEEN :lo AND :hi',
      values: { ':p': gsi1pk, ':lo': lo, ':hi': hi },
      within: (sk) => sk >= lo && sk <= hi,
      newestFirst: true,
      filter: filters.length ? { expression: filters.join(' AND '), values } : undefined,
    };
  };
  switch (source.kind) {
    case 'applicant':
      return ranged(keys.casesOfApplicant(search.centre, personKeys.applicantKey!));
    case 'name':
      return ranged(keys.casesNamed(search.centre, personKeys.nameKey!));
    case 'received':
      return ranged(keys.casesReceived(search.centre));
    case 'light':
      // Warnings list red or yellow cases by deadline, nearest first.
      return prefixed(keys.warningsOf(search.centre), `${source.level}#`, false);
    case 'queue':
      return prefixed(keys.caseQueue(search.centre, source.department), `${source.state}#`, false);
  }
}

/** The current light of each case that has one (yellow or red). */
async function lightsOf(caseNumbers: readonly string[]): Promise<Map<string, SearchLight>> {
  const found = await batchGet(caseNumbers.map((n) => keys.warning(n)));
  const lights = new Map<string, SearchLight>();
  for (const w of found) if (w.level === 'yellow' || w.level === 'red') lights.set(String(w.caseNumber), w.level);
  return lights;
}

const invalidCursor = () => badRequest('invalid_cursor', 'The page cursor is not valid; start from the first page.');

/** For each listing row, in order: its case and light where the whole search matches it, else undefined. */
async function hitsOf(rows: readonly Record<string, unknown>[], search: ScopedSearch): Promise<(SearchHit | undefined)[]> {
  const numbers = rows.map((r) => String(r.caseNumber));
  const [records, lights] = await Promise.all([getCases(numbers), lightsOf(numbers)]);
  const byNumber = new Map(records.map((r) => [r.caseNumber, r]));
  return numbers.map((n) => {
    const record = byNumber.get(n);
    const light = lights.get(n);
    return record && matchesSearch(record, search, light) ? { record, light } : undefined;
  });
}

const STATE_CURSOR_SHAPE = ['after'] as const;

/**
 * One state across the centre: every department's queue read from the same place in parallel (a case
 * sits in its lead department's queue only, so none is read twice), merged by deadline. Each queue gives
 * at most `limit` rows, so the first `limit` of the merge are exactly the centre's next `limit`.
 */
async function searchAcrossQueues(search: ScopedSearch, state: string, options: { limit: number; cursor?: string }): Promise<SearchPage> {
  const prefix = `${state}#`;
  const after = decodeCursor(options.cursor, STATE_CURSOR_SHAPE)?.after;
  if (after !== undefined && !after.startsWith(prefix)) throw invalidCursor();
  const { partitionKey: indexPk, sortKey: indexSk } = TABLE_DESIGN.index;
  const departments = await listDepartmentsWarm(search.centre);
  const pages = await Promise.all(
    departments.map(async (department) => {
      const out = await documentClient().send(
        new QueryCommand({
          TableName: tableName(),
          IndexName: TABLE_DESIGN.index.name,
          // `>` the cursor (or the bare prefix) reads on from there; rows past the state end the queue's part.
          KeyConditionExpression: '#pk = :p AND #sk > :after',
          ExpressionAttributeNames: { '#pk': indexPk, '#sk': indexSk },
          ExpressionAttributeValues: { ':p': keys.caseQueue(search.centre, department), ':after': after ?? prefix },
          Limit: options.limit,
        }),
      );
      const rows = (out.Items ?? []).filter((row) => String(row[indexSk]).startsWith(prefix));
      return { rows, more: rows.length === options.limit && out.LastEvaluatedKey !== undefined };
    }),
  );
  const merged = pages.flatMap((p) => p.rows).sort((a, b) => (String(a[indexSk]) < String(b[indexSk]) ? -1 : 1)); // code-unit order, as DynamoDB sorts
  const taken = merged.slice(0, options.limit);
  const more = merged.length > options.limit || pages.some((p) => p.more);
  const last = taken.at(-1);
  return {
    hits: (await hitsOf(taken, search)).filter((hit) => hit !== undefined),
    examined: merged.length,
    nextCursor: more && last ? encodeCursor({ after: String(last[indexSk]) }) : undefined,
  };
}

/**
 * One page of a search: the listing the source names, read in order, each case checked against the
 * whole search; at most `limit` hits, and at most EXAMINE_BUDGET rows looked at per page.
 */
export async function searchCases(
  search: ScopedSearch,
  source: SearchSource,
  personKeys: { applicantKey?: string; nameKey?: string },
  options: { limit: number; cursor?: string },
): Promise<SearchPage> {
  if (source.kind === 'case_number') {
    if (options.cursor) throw invalidCursor();
    const record = await getCase(source.caseNumber);
    if (!record) return { hits: [], examined: 0 };
    const light = (await lightsOf([record.caseNumber])).get(record.caseNumber);
    return { hits: matchesSearch(record, search, light) ? [{ record, light }] : [], examined: 1 };
  }
  if (source.kind === 'state') return searchAcrossQueues(search, source.state, options);
  const listing = listingOf(source, search, personKeys);
  const { partitionKey: indexPk, sortKey: indexSk } = TABLE_DESIGN.index;
  let startKey: Record<string, string> | undefined = decodeCursor(options.cursor, INDEX_CURSOR_SHAPE, { [indexPk]: listing.gsi1pk });
  if (startKey && !listing.within(startKey[indexSk]!)) throw invalidCursor();

  const hits: SearchHit[] = [];
  let examined = 0;
  while (examined < EXAMINE_BUDGET) {
    const out = await documentClient().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: TABLE_DESIGN.index.name,
        KeyConditionExpression: listing.condition,
        FilterExpression: listing.filter?.expression,
        ExpressionAttributeValues: { ...listing.values, ...listing.filter?.values },
        ScanIndexForward: !listing.newestFirst,
        // A filter on the rows (item, department, the other person key) may keep few of them: one read of
        // the whole budget beats several round trips; without one, most rows are hits and twice a page will do.
        Limit: listing.filter ? EXAMINE_BUDGET - examined : Math.min(options.limit * 2, EXAMINE_BUDGET - examined),
        ExclusiveStartKey: startKey,
      }),
    );
    examined += out.ScannedCount ?? 0;
    const rows = out.Items ?? [];
    // Read the cases a few at a time, so a page that fills early reads no more than it shows.
    for (let at = 0; at < rows.length; at += options.limit) {
      const chunk = rows.slice(at, at + options.limit);
      const found = await hitsOf(chunk, search);
      for (const [i, row] of chunk.entries()) {
        const hit = found[i];
        if (hit) hits.push(hit);
        if (hits.length === options.limit) {
          const position = Object.fromEntries(INDEX_CURSOR_SHAPE.map((name) => [name, String(row[name])]));
          const more = row !== rows.at(-1) || out.LastEvaluatedKey !== undefined;
          return { hits, examined, nextCursor: more ? encodeCursor(position) : undefined };
        }
      }
    }
    startKey = out.LastEvaluatedKey as Record<string, string> | undefined;
    if (!startKey) return { hits, examined };
  }
  return { hits, examined, nextCursor: encodeCursor(startKey) };
}
