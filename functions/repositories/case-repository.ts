import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mayRideOnHead } from '#domain/case/audit-delivery';
import { documentClient } from '#adapters/dynamodb';
import {
  batchGet,
  cancellationCodes,
  counterAdvance,
  queryIndexPage,
  queryIndexPrefix,
  queryPrefix,
  readCounter,
  type TransactItem,
} from './dynamo';
import { openCoOpinionTasks } from '#domain/case/workflow-waits';
import { WORKFLOW_STATES, type CaseState } from '#domain/case/lifecycle';
import type { AuditEntry, Transition } from '#domain/case/transition';
import type { CaseRecord } from '#domain/case/records';
import { conflict } from '#domain/errors';
import { caseFacts, isOpen, settledOn, type CaseFacts } from '#domain/case-facts';
import { keys, PENDING_AUDIT_ATTRIBUTE, tableName, withoutKeys } from './keys';
import { archivedError, refusedChange } from '#domain/archived';
import { recordRefusedChange } from './archive-repository';

interface Condition {
  expression: string;
  values?: Record<string, unknown>;
  names?: Record<string, string>;
}

/**
 * The parts of a case kept apart from its head, the item every transition rewrites (and the queue
 * index copies): each part is its own item (sort key `CASE#<part>`), written once by the step that
 * adds it and again only when a later step changes it. The head keeps what transitions change, so its
 * size does not grow with what the case has gathered: under 1 KB, one write unit (two in a transaction),
 * unless the task tokens it holds (pendingTask, resumptions) are long. The record the domain sees is all
 * of them together.
 * - FILE: what intake writes (materials, sealed personal data, applicant, delivery, who registered it, 联办 departments);
 * - ACCEPT: 受理 and the 承办人; DECISION: the decision and its result (again when the result is scanned);
 * - HANDOVER: 送达 (hand-over or courier); REPORT: 上报; CO_OPINIONS: the 联办 opinions.
 * `supplementRequest`, `pendingTask`, `resumptions` and the rest stay in the head.
 */
const PARTS = {
  FILE: ['materials', 'personalData', 'applicant', 'agent', 'delivery', 'submittedBy', 'applicantKey', 'coDepartments'],
  ACCEPT: ['acceptance', 'assignee'],
  DECISION: ['decision', 'result'],
  HANDOVER: ['handover', 'dispatch'],
  REPORT: ['report'],
  CO_OPINIONS: ['coOpinions'],
} as const satisfies Record<string, readonly (keyof CaseRecord)[]>;
type Part = keyof typeof PARTS;
const PART_NAMES = Object.keys(PARTS) as Part[];
const PART_FIELDS = new Set<string>(Object.values(PARTS).flat());

/** The fields of `part` that `record` has (undefined when it has none). */
function partOf(record: CaseRecord, part: Part): Record<string, unknown> | undefined {
  const fields = Object.fromEntries(
    PARTS[part].flatMap((field) => (record[field] === undefined ? [] : [[field, record[field]] as const])),
  ) as Record<string, unknown>;
  return Object.keys(fields).length > 0 ? fields : undefined;
}

const partItem = (caseNumber: string, part: Part, fields: Record<string, unknown>) => ({
  ...keys.casePart(caseNumber, part),
  entity: part === 'FILE' ? 'case_file' : 'case_part',
  caseNumber,
  ...fields,
});

/** The part items each record was read with (sort key → the part's fields as stored): a transition writes only what changed. */
const storedParts = new WeakMap<CaseRecord, ReadonlyMap<string, Record<string, unknown>>>();

const isPart = (name: string): name is Part => Object.hasOwn(PARTS, name);

/** The parts a stored head names (a head stored before parts were kept apart names none; its file item is FILE). */
const partsNamed = (head: Record<string, unknown>): string[] =>
  Array.isArray(head.parts) ? head.parts.map(String) : [keys.caseFile('').sk];

/** The case from its stored items (its head, and the part items it has). */
function fromStored(items: Record<string, unknown>[]): CaseRecord | undefined {
  const head = items.find((item) => item.sk === keys.case('').sk);
  if (!head) return undefined;
  const parts = items.filter((item) => item.sk !== head.sk);
  const {
    parts: _parts,
    [PENDING_AUDIT_ATTRIBUTE]: _pending,
    ...headFields
  } = withoutKeys<CaseRecord & { parts?: unknown; pendingAudit?: unknown }>(head);
  const record = Object.assign(
    headFields,
    ...parts.map(({ caseNumber: _n, ...part }) => withoutKeys<Partial<CaseRecord>>(part)),
  ) as CaseRecord;
  storedPending.set(record, pendingLinesOf(head));
  const prefix = keys.casePart('', '').sk;
  storedParts.set(
    record,
    new Map(
      parts.map((item) => {
        const name = String(item.sk).slice(prefix.length);
        // The part's fields as that item holds them (one stored before a field joined its part lacks it: written again).
        const fields = isPart(name) ? Object.fromEntries(PARTS[name].filter((f) => item[f] !== undefined).map((f) => [f, item[f]])) : {};
        return [String(item.sk), fields];
      }),
    ),
  );
  return record;
}

/** The part items `after` changed (put) or no longer has (deleted), against the items `before` was read with. */
function partChanges(before: CaseRecord | undefined, after: CaseRecord): TransactItem[] {
  const stored = before ? storedParts.get(before) : undefined;
  return PART_NAMES.flatMap((part): TransactItem[] => {
    const key = keys.casePart(after.caseNumber, part);
    const now = partOf(after, part);
    const had = stored?.get(key.sk);
    // A `before` not read through this module (none so far) may have its part stored: removed to be sure.
    const mayHave = had !== undefined || (before !== undefined && !stored && partOf(before, part) !== undefined);
    if (!now) return mayHave ? [{ Delete: { TableName: tableName(), Key: key } }] : [];
    if (had !== undefined && isDeepStrictEqual(had, now)) return [];
    return [{ Put: { TableName: tableName(), Item: partItem(after.caseNumber, part, now) } }];
  });
}

/** After a write: `record` is what is stored, parts included, so a step that follows in the same request writes only what it changes. */
function remember(record: CaseRecord): void {
  storedParts.set(
    record,
    new Map(
      PART_NAMES.flatMap((part) => {
        const fields = partOf(record, part);
        return fields ? [[keys.casePart(record.caseNumber, part).sk, fields] as const] : [];
      }),
    ),
  );
}

/**
 * The case's head item: its key, its place in the department's queue, the fields transitions change, the
 * parts it has, and the audit lines it carries that may not be written out yet (see saveTransition).
 */
function headItem(record: CaseRecord, pending: readonly AuditEntry[] = []): Record<string, unknown> {
  const head = Object.fromEntries(Object.entries(record).filter(([field]) => !PART_FIELDS.has(field)));
  return {
    ...keys.case(record.caseNumber),
    gsi1pk: keys.caseQueue(record.centre, record.department),
    gsi1sk: keys.caseQueueSort(record.state, record.promisedBy ?? record.receivedAt.slice(0, 10), record.caseNumber),
    entity: 'case',
    ...head,
    parts: PART_NAMES.filter((part) => partOf(record, part)).map((part) => keys.casePart('', part).sk),
    ...(pending.length > 0 ? { [PENDING_AUDIT_ATTRIBUTE]: pending.map((line) => carried(line, record)) } : {}),
  };
}

// ---- audit lines carried on the head ----------------------------------------------------------------

/** The audit lines each record's head carried when it was read or written (see saveTransition). */
const storedPending = new WeakMap<CaseRecord, readonly AuditEntry[]>();

type HeadFields = Pick<AuditEntry, 'caseNumber' | 'department' | 'itemCode'>;

/** A line as the head carries it: without what the head itself says (its case number, and its department and item when the same). */
function carried(line: AuditEntry, head: HeadFields): Record<string, unknown> {
  const { caseNumber: _n, department, itemCode, ...rest } = line;
  return { ...rest, ...(department === head.department ? {} : { department }), ...(itemCode === head.itemCode ? {} : { itemCode }) };
}

/** The audit lines a stored head item carries, whole again (none for a head that carries none). */
export function pendingLinesOf(head: Record<string, unknown>): AuditEntry[] {
  const lines = head[PENDING_AUDIT_ATTRIBUTE];
  if (!Array.isArray(lines)) return [];
  const fields = { caseNumber: String(head.caseNumber), department: String(head.department), itemCode: String(head.itemCode) };
  return lines.map((line) => ({ ...fields, ...(line as Omit<AuditEntry, keyof HeadFields>) }) as AuditEntry);
}

/** Of `lines`, those not yet in the case's audit trail (read consistently). */
async function notWrittenOut(lines: readonly AuditEntry[]): Promise<AuditEntry[]> {
  if (lines.length === 0) return [];
  const found = await batchGet(
    lines.map((line) => keys.audit(line.caseNumber, line.seq)),
    true,
  );
  const written = new Set(found.map((item) => Number(item.seq)));
  return lines.filter((line) => !written.has(line.seq));
}

/**
 * Writes audit lines out to the case's audit trail, each only if it is not there yet: the table's
 * stream hands every head that carries lines to the audit writer, at least once, so a line may come
 * twice and the second time changes nothing.
 */
export async function writeOutAuditLines(lines: readonly AuditEntry[]): Promise<void> {
  for (const line of lines) {
    try {
      await documentClient().send(new PutCommand(auditPut(line).Put!));
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }
}

/** The case as stored, head and file item, for a bulk load (the 办件查询 bench seeds 100,000 this way). */
export function caseItems(record: CaseRecord): Record<string, unknown>[] {
  return [
    headItem(record),
    ...PART_NAMES.flatMap((part) => {
      const fields = partOf(record, part);
      return fields ? [partItem(record.caseNumber, part, fields)] : [];
    }),
  ];
}

function casePut(record: CaseRecord, condition: Condition, pending: readonly AuditEntry[] = []): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: headItem(record, pending),
      ConditionExpression: condition.expression,
      ExpressionAttributeValues: condition.values,
      ExpressionAttributeNames: condition.names,
    },
  };
}

function auditPut(audit: AuditEntry): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: { ...keys.audit(audit.caseNumber, audit.seq), entity: 'audit', ...audit },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/**
 * The case's statistics line, written with every transition that changes it (same transaction) so it
 * never lags the case. An open case's line that would come out the same (a step within one state) is
 * left as it is. So is a decided case's line once the steps after the decision (result, hand-over,
 * closing) change only its state's name: no figure reads more of a settled case than that it is
 * settled, and it stays filed under its decision day. A settled case without a decision is written
 * again, as the day it is filed under may move.
 */
function statsPut({ record, audit }: Transition, before?: CaseRecord): TransactItem[] {
  const facts = caseFacts(record);
  const was = before && caseFacts(before);
  if (was && isOpen(facts.state) && JSON.stringify(was) === JSON.stringify(facts)) return [];
  const stillDecided = was && facts.decision && !isOpen(facts.state) && !isOpen(was.state);
  if (stillDecided && JSON.stringify({ ...was, state: facts.state }) === JSON.stringify(facts)) return [];
  return [
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...keys.caseStats(record.caseNumber),
          ...keys.caseStatsListing(record.centre, record.department, record.caseNumber, settledOn(facts, audit.at)),
          entity: 'case_stats',
          ...facts,
        },
      },
    },
  ];
}

/** A stalled case's own listing item: written with the stall, removed with the step that ends it (or the case). */
function stallListing(before: CaseRecord, after: CaseRecord): TransactItem[] {
  const listed = (r: CaseRecord) => r.stalled !== undefined && WORKFLOW_STATES.includes(r.state);
  if (listed(after)) {
    if (listed(before) && before.stalled!.at === after.stalled!.at) return [];
    const { caseNumber, centre, department, itemCode, state } = after;
    return [
      {
        Put: {
          TableName: tableName(),
          Item: {
            ...keys.stalled(caseNumber),
            ...keys.stalledListing(centre, department, caseNumber),
            entity: 'stalled',
            caseNumber,
            department,
            itemCode,
            state,
            ...after.stalled,
          },
        },
      },
    ];
  }
  return listed(before) ? [{ Delete: { TableName: tableName(), Key: keys.stalled(before.caseNumber) } }] : [];
}

/** Stalled cases of a centre (see stallListing). */
export function listStalled(centre: string): Promise<StalledCase[]> {
  return queryIndexPrefix<StalledCase & Record<string, unknown>>(keys.stalledOf(centre)).then((items) =>
    items.map(({ caseNumber, department, itemCode, state, at, error, cause, run }) => ({
      caseNumber,
      department,
      itemCode,
      state,
      at,
      error,
      cause,
      run,
    })),
  );
}

export interface StalledCase {
  caseNumber: string;
  department: string;
  itemCode: string;
  state: CaseState;
  at: string;
  error: string;
  cause: string;
  run: number;
}

/**
 * 联办 worklists: a co-department's task item appears when its opinion is asked for and goes when it
 * is given (or the case leaves the lead's hands), in the same transaction as the case.
 */
function coTaskChanges(before: CaseRecord, after: CaseRecord): TransactItem[] {
  const was = new Map(openCoOpinionTasks(before).map((t) => [t.department, t.since]));
  const now = openCoOpinionTasks(after);
  const open = new Set(now.map((t) => t.department));
  return [
    ...now
      .filter((t) => was.get(t.department) !== t.since)
      .map((t) => ({
        Put: {
          TableName: tableName(),
          Item: {
            ...keys.coTask(after.caseNumber, t.department),
            ...keys.coTaskListing(after.centre, t.department, t.since, after.caseNumber),
            entity: 'co_task',
            caseNumber: after.caseNumber,
            department: t.department,
            since: t.since,
          },
        },
      })),
    ...[...was.keys()]
      .filter((d) => !open.has(d))
      .map((d) => ({ Delete: { TableName: tableName(), Key: keys.coTask(after.caseNumber, d) } })),
  ];
}

/** The joint cases waiting for `department`'s opinion, the longest waiting first. */
export async function listCoOpinionQueue(
  centre: string,
  department: string,
  options: { limit: number; cursor?: string },
): Promise<QueuePage> {
  const page = await queryIndexPage<{ caseNumber: string }>(keys.coTasksOf(centre, department), {
    limit: options.limit,
    cursor: options.cursor,
  });
  return { cases: await getCases(page.items.map((t) => t.caseNumber)), nextCursor: page.nextCursor };
}

/**
 * Statistics lines of a centre: every open case (of one department, when named) and the cases
 * that settled in the given months (YYYY-MM).
 */
export async function listCaseFacts(centre: string, months: readonly string[], department?: string): Promise<CaseFacts[]> {
  const parts = await Promise.all([
    queryIndexPrefix<CaseFacts>(keys.openCaseStatsOf(centre), department ? `${department}#` : undefined),
    ...months.map((month) => queryIndexPrefix<CaseFacts>(keys.settledCaseStatsOf(centre, month))),
  ]);
  return parts.flat();
}

// Last sequence seen per counter, so the common case writes in one round trip.
const lastSeq = new Map<string, number>();

export interface Idempotency {
  scope: string;
  key: string;
  requestHash: string;
}

export type RegisterResult = { kind: 'created'; record: CaseRecord } | { kind: 'replayed'; caseNumber: string };

/**
 * Registers a case under the next number of the centre's day. The counter moves only together with
 * the case it numbers (one transaction), so numbers are unique and have no gaps under any concurrency.
 */
// Intakes in one process take turns per counter instead of racing each other's conditions (the
// conditions still decide across processes). A Lambda container runs one request at a time anyway.
const turns = new Map<string, Promise<unknown>>();

export function insertNumberedCase(
  centre: string,
  date: string,
  build: (seq: number) => Transition,
  idempotency?: Idempotency,
  alongside: (record: CaseRecord) => TransactItem[] = () => [],
): Promise<RegisterResult> {
  const key = keys.counter(centre, date).pk;
  const previous = turns.get(key) ?? Promise.resolve();
  const mine = previous.then(
    () => allocateAndRegister(centre, date, build, idempotency, alongside),
    () => allocateAndRegister(centre, date, build, idempotency, alongside),
  );
  const settled = mine.catch(() => undefined);
  turns.set(key, settled);
  void settled.then(() => {
    if (turns.get(key) === settled) turns.delete(key);
  });
  return mine;
}

async function allocateAndRegister(
  centre: string,
  date: string,
  build: (seq: number) => Transition,
  idempotency: Idempotency | undefined,
  alongside: (record: CaseRecord) => TransactItem[],
): Promise<RegisterResult> {
  const counterKey = keys.counter(centre, date);
  const cacheKey = `${counterKey.pk}`;
  for (let attempt = 0; attempt < 200; attempt++) {
    const previous = lastSeq.get(cacheKey) ?? (await readCounter(counterKey));
    const seq = previous + 1;
    const transition = build(seq);
    const { record, audit } = transition;
    const items: TransactItem[] = [];
    if (idempotency) {
      items.push({
        Put: {
          TableName: tableName(),
          Item: {
            ...keys.idempotency(idempotency.scope, idempotency.key),
            entity: 'idempotency',
            caseNumber: record.caseNumber,
            requestHash: idempotency.requestHash,
            expiresAt: Math.floor(Date.now() / 1000) + 7 * 86400,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      });
    }
    items.push(counterAdvance(counterKey, previous, 'counter'));
    items.push(
      casePut(record, { expression: 'attribute_not_exists(pk)' }),
      ...partChanges(undefined, record),
      auditPut(audit),
      ...statsPut(transition),
      ...alongside(record),
    );
    try {
      await documentClient().send(new TransactWriteCommand({ TransactItems: items }));
      lastSeq.set(cacheKey, seq);
      remember(record);
      return { kind: 'created', record };
    } catch (error) {
      const codes = cancellationCodes(error);
      if (!codes) throw error;
      if (idempotency && codes[0] === 'ConditionalCheckFailed') {
        const existing = await findIdempotent(idempotency);
        if (existing) return existing;
      }
      // Someone else took this number (or the guess was stale): read the counter and try the next one.
      lastSeq.set(cacheKey, await readCounter(counterKey));
      if (codes.includes('TransactionConflict')) await new Promise((r) => setTimeout(r, Math.random() * 10 * (attempt + 1)));
    }
  }
  throw conflict('busy', 'The case number could not be allocated; too many clerks are registering at once. Try again.');
}

async function findIdempotent(idempotency: Idempotency): Promise<RegisterResult | undefined> {
  const out = await documentClient().send(
    new GetCommand({ TableName: tableName(), Key: keys.idempotency(idempotency.scope, idempotency.key), ConsistentRead: true }),
  );
  if (!out.Item) return undefined;
  if (out.Item.requestHash !== idempotency.requestHash) {
    throw conflict(
      'idempotency_key_reused',
      'This Idempotency-Key was already used for a different application. Use a new key for a new application.',
      { caseNumber: out.Item.caseNumber },
    );
  }
  return { kind: 'replayed', caseNumber: String(out.Item.caseNumber) };
}

export async function findByIdempotencyKey(idempotency: Idempotency): Promise<RegisterResult | undefined> {
  return findIdempotent(idempotency);
}

export async function getCase(caseNumber: string, consistent = false): Promise<CaseRecord | undefined> {
  // The case and its file item in one request.
  const out = await documentClient().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :case)',
      ExpressionAttributeValues: { ':pk': keys.case(caseNumber).pk, ':case': keys.caseWithFile },
      ConsistentRead: consistent,
    }),
  );
  return fromStored(out.Items ?? []);
}

/** Several cases by number, in the order asked (unknown numbers left out). */
export async function getCases(caseNumbers: readonly string[]): Promise<CaseRecord[]> {
  return withParts(await batchGet(caseNumbers.map((n) => keys.case(n))), caseNumbers);
}

function byCaseNumber(items: Record<string, unknown>[]): Map<string, Record<string, unknown>[]> {
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const item of items) groups.set(String(item.caseNumber), [...(groups.get(String(item.caseNumber)) ?? []), item]);
  return groups;
}

/** Cases from their heads (read from the table or the queue index), with the part items each head names, in `order`. */
async function withParts(
  heads: Record<string, unknown>[],
  order: readonly string[] = heads.map((h) => String(h.caseNumber)),
): Promise<CaseRecord[]> {
  if (heads.length === 0) return [];
  const parts = byCaseNumber(
    await batchGet(heads.flatMap((head) => partsNamed(head).map((sk) => ({ pk: keys.case(String(head.caseNumber)).pk, sk })))),
  );
  const byNumber = new Map(heads.map((head) => [String(head.caseNumber), head]));
  return order.flatMap((n) => {
    const head = byNumber.get(n);
    return head ? (fromStored([{ ...head, ...keys.case(n) }, ...(parts.get(n) ?? [])]) ?? []) : [];
  });
}

/**
 * The case's audit trail, oldest first: the lines written out, and those its head still carries (not
 * written out yet). The head is read first: a line it no longer carries was written out before, so the
 * trail read after it has it.
 */
export async function getHistory(caseNumber: string): Promise<AuditEntry[]> {
  const head = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.case(caseNumber), ConsistentRead: true }));
  const written = await queryPrefix<AuditEntry>(keys.case(caseNumber).pk, keys.auditPrefix, true);
  const seqs = new Set(written.map((line) => line.seq));
  const pending = head.Item ? pendingLinesOf(head.Item).filter((line) => !seqs.has(line.seq)) : [];
  return pending.length === 0 ? written : [...written, ...pending].sort((a, b) => a.seq - b.seq);
}

/** When the case last changed: the time of the audit line saved with its current version. */
export async function lastChangedAt(record: Pick<CaseRecord, 'caseNumber' | 'version'>): Promise<string | undefined> {
  const out = await documentClient().send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.audit(record.caseNumber, record.version),
      ProjectionExpression: '#at',
      ExpressionAttributeNames: { '#at': 'at' },
    }),
  );
  if (typeof out.Item?.at === 'string') return out.Item.at;
  // Not written out yet: the head carries it.
  const head = await documentClient().send(
    new GetCommand({ TableName: tableName(), Key: keys.case(record.caseNumber), ConsistentRead: true }),
  );
  return head.Item ? pendingLinesOf(head.Item).find((line) => line.seq === record.version)?.at : undefined;
}

/**
 * Saves a transition: the new record only if nobody moved the case since `before` was read, and
 * its audit line, together or not at all. An archived case never changes: the attempt is refused
 * with 409 `archived` and recorded with the case (listed with its archive package).
 */
export async function saveTransition(before: CaseRecord, transition: Transition, alongside: TransactItem[] = []): Promise<void> {
  if (before.archived) return refuseArchived(before.caseNumber, before.archived, transition);
  const unchanged = {
    expression: '#version = :version AND attribute_not_exists(archived)',
    names: { '#version': 'version' },
    values: { ':version': before.version },
  };
  const others = [
    ...partChanges(before, transition.record),
    ...statsPut(transition, before),
    ...stallListing(before, transition.record),
    ...coTaskChanges(before, transition.record),
    ...alongside,
  ];
  // Lines the head carried that are not written out yet stay on the new head, so the history shows them until they are.
  const carriedOn = await notWrittenOut(storedPending.get(before) ?? []);
  // A line no stream function acts on, changing nothing but the head, rides on it: one conditional write,
  // and the audit writer (fed by the table's stream) writes the line out after it.
  const rides = others.length === 0 && mayRideOnHead(transition.audit);
  const pending = rides ? [...carriedOn, transition.audit] : carriedOn;
  try {
    const head = casePut(transition.record, unchanged, pending).Put!;
    if (rides) await documentClient().send(new PutCommand(head));
    else await documentClient().send(new TransactWriteCommand({ TransactItems: [{ Put: head }, auditPut(transition.audit), ...others] }));
    remember(transition.record);
    storedPending.set(transition.record, pending);
  } catch (error) {
    if (cancellationCodes(error) || (error as Error).name === 'ConditionalCheckFailedException') {
      // Archived since `before` was read (archiving does not move the version)?
      const now = await getCase(before.caseNumber, true);
      if (now?.archived) return refuseArchived(before.caseNumber, now.archived, transition);
      throw conflict(
        'case_changed',
        `Case ${before.caseNumber} was changed by someone else just now. Reload it to see its current state.`,
        { caseNumber: before.caseNumber },
      );
    }
    throw error;
  }
}

/**
 * A history line of an archived case (its rating): the case record stays frozen, the line is appended
 * after its last one, with what it records, together or not at all; the archiver packages it as an addendum.
 */
export async function appendAfterArchive(audit: AuditEntry, alongside: TransactItem[]): Promise<void> {
  await documentClient().send(new TransactWriteCommand({ TransactItems: [auditPut(audit), ...alongside] }));
}

async function refuseArchived(caseNumber: string, archived: NonNullable<CaseRecord['archived']>, transition: Transition): Promise<never> {
  await recordRefusedChange(refusedChange(archived, transition.audit, new Date()));
  throw archivedError(caseNumber, archived);
}

export interface QueuePage {
  cases: CaseRecord[];
  nextCursor?: string;
}

export async function listQueue(
  centre: string,
  department: string,
  options: { state?: CaseState; itemCode?: string; limit: number; cursor?: string },
): Promise<QueuePage> {
  const page = await queryIndexPage<Record<string, unknown>>(keys.caseQueue(centre, department), {
    prefix: options.state ? `${options.state}#` : undefined,
    limit: options.limit,
    cursor: options.cursor,
    filter: options.itemCode ? { expression: 'itemCode = :item', values: { ':item': options.itemCode } } : undefined,
  });
  return { cases: await withParts(page.items), nextCursor: page.nextCursor };
}

export interface PersonalDataAccess {
  caseNumber: string;
  at: string;
  subject: string;
  name: string;
  role: string;
  department?: string;
  /** What was handed out, when not the sealed record itself: the number of a notice that names the applicant in full. */
  document?: string;
}

/** Every reading of a case's personal data leaves a line (who, role, when): append-only. */
export async function recordPersonalDataAccess(access: PersonalDataAccess): Promise<void> {
  await documentClient().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...keys.personalDataAccess(access.caseNumber, access.at, randomUUID()), entity: 'personal_data_access', ...access },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}
