/**
 * 办件查询 on a full centre: 100,000 cases written straight into the table (batch writes of the items
 * intake would write: the case, its three search rows, a light for some), then POST /cases/search
 * through the local API as clerks, approvers and supervisors search in a day.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '#adapters/dynamodb';
import { applicantKey, applicantNameKey } from '#adapters/personal-data-sealing';
import type { CaseState } from '#domain/case/lifecycle';
import type { CaseRecord } from '#domain/case/records';
import { caseIndexRows } from '#repositories/case-search-repository';
import { caseItems } from '#repositories/case-repository';
import { keys, tableName } from '#repositories/keys';
import type { LocalSystem } from '#local/system';
import { Api } from './http';
import { generator, percentile, round, summarize, type Summary } from './stats';

export const SEARCH_P95_BAR_MS = 150;

export interface CaseSearchBenchResult {
  cases: number;
  seedSeconds: number;
  /** Every search, all kinds together. */
  all: Summary & { p95Ms: number };
  byKind: { kind: string; p95Ms: number; p50Ms: number; count: number; meanHits: number }[];
}

// A state mix of a year's cases: most are closed.
const STATE_MIX: [CaseState, number][] = [
  ['closed', 60],
  ['pending_acceptance', 8],
  ['accepted', 12],
  ['supplement_requested', 3],
  ['approved', 4],
  ['result_ready', 5],
  ['mailed', 2],
  ['denied', 2],
  ['not_accepted', 2],
  ['withdrawn', 2],
];
const DEPARTMENTS = Array.from({ length: 16 }, (_, i) => `基准查询局${String(i + 1).padStart(2, '0')}`);
const ITEMS_PER_DEPARTMENT = 3;
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国林波宁晨阳欣怡浩宇子涵梓轩雨佳';

function stateFrom(r: number): CaseState {
  let at = r * 100;
  for (const [state, share] of STATE_MIX) {
    if (at < share) return state;
    at -= share;
  }
  return 'closed';
}

async function batchWrite(items: Record<string, unknown>[]): Promise<void> {
  let requests: { PutRequest: { Item: Record<string, unknown> } }[] | undefined = items.map((Item) => ({ PutRequest: { Item } }));
  for (let attempt = 0; requests && requests.length > 0; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, 20 * attempt));
    const out = await documentClient().send(new BatchWriteCommand({ RequestItems: { [tableName()]: requests } }));
    requests = out.UnprocessedItems?.[tableName()] as typeof requests;
  }
}

interface Seeded {
  departments: string[];
  itemCodes: string[];
  /** People to search for, with the number of cases each has. */
  people: { name: string; idNumber: string }[];
  caseNumbers: string[];
  from: Date;
  to: Date;
}

async function seed(centre: string, count: number, log: (line: string) => void): Promise<Seeded> {
  const random = generator(20261207);
  const to = new Date();
  const from = new Date(to.getTime() - 365 * 86_400_000);
  const itemCodes = DEPARTMENTS.flatMap((_, d) => Array.from({ length: ITEMS_PER_DEPARTMENT }, (_, i) => `BQ-${centre}-${d}-${i}`));
  // About three cases per applicant; names repeat across applicants, as common names do.
  const applicants = Math.max(10, Math.floor(count / 3));
  const names = Array.from(
    { length: Math.max(10, Math.floor(applicants / 6)) },
    (_, i) => `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}${GIVEN[(i * 7) % GIVEN.length]}`,
  );
  // The people the bench searches for get real keys (the same KMS MAC intake uses); the others random ones.
  const people = Array.from({ length: 20 }, (_, i) => ({
    name: names[i]!,
    idNumber: `11010519${String(70 + i).padStart(2, '0')}0101${String(100 + i).padStart(3, '0')}X`,
  }));
  const peopleKeys = await Promise.all(
    people.map(async (p) => ({ id: await applicantKey('person', p.idNumber), name: await applicantNameKey(p.name) })),
  );
  const nameKeys = new Map<number, string>();
  const nameKeyOf = (n: number) => {
    if (n < people.length) return peopleKeys[n]!.name;
    if (!nameKeys.has(n)) nameKeys.set(n, randomBytes(32).toString('hex'));
    return nameKeys.get(n)!;
  };
  const applicantKeys = new Map<number, string>();
  const idKeyOf = (a: number) => {
    if (a < people.length) return peopleKeys[a]!.id;
    if (!applicantKeys.has(a)) applicantKeys.set(a, randomBytes(32).toString('hex'));
    return applicantKeys.get(a)!;
  };

  const started = performance.now();
  const caseNumbers: string[] = [];
  const pending: Promise<void>[] = [];
  let batch: Record<string, unknown>[] = [];
  const flush = async () => {
    const items = batch;
    batch = [];
    pending.push(batchWrite(items));
    if (pending.length >= 16) await Promise.all(pending.splice(0));
  };
  for (let i = 0; i < count; i++) {
    const receivedAt = new Date(from.getTime() + (i / count) * (to.getTime() - from.getTime())).toISOString();
    const d = Math.floor(random() * DEPARTMENTS.length);
    const itemCode = itemCodes[d * ITEMS_PER_DEPARTMENT + Math.floor(random() * ITEMS_PER_DEPARTMENT)]!;
    // The first applicants (the ones searched for) get a few cases each, like everyone.
    const applicant = i < people.length * 3 ? i % people.length : Math.floor(random() * applicants);
    const nameIndex = applicant < people.length ? applicant : people.length + (applicant % (names.length - people.length));
    const state = stateFrom(random());
    const caseNumber = `${centre}${receivedAt.slice(0, 10).replaceAll('-', '')}${String(i).padStart(6, '0')}`;
    caseNumbers.push(caseNumber);
    const promisedBy = new Date(Date.parse(receivedAt) + 14 * 86_400_000).toISOString().slice(0, 10);
    const record: CaseRecord = {
      caseNumber,
      centre,
      itemCode,
      itemVersion: 1,
      itemName: `基准查询事项${itemCode}`,
      itemType: 'promised',
      department: DEPARTMENTS[d]!,
      promisedDays: 10,
      applicant: { kind: 'person', name: `${names[nameIndex]![0]}**`, idNumberMasked: '110***********101X' },
      applicantKey: idKeyOf(applicant),
      channel: 'window',
      materials: [],
      state,
      version: 3,
      receivedAt,
      submittedBy: { subject: 'bench-clerk', name: '基准窗口', role: 'intake_clerk' },
      promisedBy,
    };
    batch.push(...caseItems(record));
    for (const row of caseIndexRows(record, nameKeyOf(nameIndex))) batch.push(row.Put!.Item!);
    // Open cases near the end of the year carry a light, as the sweep leaves them.
    if ((state === 'accepted' || state === 'pending_acceptance') && i > count * 0.9) {
      const level = random() < 0.5 ? 'red' : 'yellow';
      batch.push({
        ...keys.warning(caseNumber),
        ...keys.warningListing(centre, level, promisedBy, caseNumber),
        entity: 'warning',
        caseNumber,
        centre,
        level,
        promisedBy,
        workingDaysLeft: level === 'red' ? -2 : 1,
        department: record.department,
        itemCode,
        forwardingLate: false,
        stepsOverdue: [],
        since: receivedAt,
        checkedAt: receivedAt,
      });
    }
    // BatchWriteItem takes 25 items: a case brings at most 6, so flush from 20 on.
    if (batch.length >= 20) await flush();
    if ((i + 1) % 5_000 === 0) log(`    ${i + 1} cases seeded (${round((performance.now() - started) / 1000, 1)} s)`);
  }
  if (batch.length) await flush();
  await Promise.all(pending);
  return { departments: DEPARTMENTS, itemCodes, people, caseNumbers, from, to };
}

const chinaDay = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

export async function benchCaseSearch(
  system: LocalSystem,
  options: { cases: number; rounds: number; log: (line: string) => void },
): Promise<CaseSearchBenchResult> {
  // Nothing here needs the stream functions; 400,000 seeded items would only keep them busy.
  await system.streams.stop();
  const centre = `Q${Date.now().toString(36).slice(-4).toUpperCase()}`;
  options.log(`  seeding ${options.cases} cases into centre ${centre} (batch writes)`);
  const t = performance.now();
  const seeded = await seed(centre, options.cases, options.log);
  const seedSeconds = round((performance.now() - t) / 1000, 1);
  options.log(`  seeded in ${seedSeconds} s`);

  const api = new Api(system.url);
  const supervisor = await system.issuer.mint({ role: 'supervisor', centre });
  const clerk = await system.issuer.mint({ role: 'intake_clerk', centre });
  // The centre's implementation list names the departments (a state searched across the centre reads each one's queue).
  for (const [at, code] of seeded.itemCodes.entries()) {
    const department = seeded.departments[Math.floor(at / ITEMS_PER_DEPARTMENT)]!;
    await api.expect(201, 'POST', '/items', supervisor, {
      basicCode: 'B-BQ',
      implementationCode: code,
      name: `基准查询事项${code}`,
      department,
      itemType: 'promised',
      statutoryDays: 20,
      promisedDays: 10,
    });
  }
  const approvers = await Promise.all(seeded.departments.map((department) => system.issuer.mint({ role: 'approver', centre, department })));
  const lastWeek = chinaDay(new Date(seeded.to.getTime() - 7 * 86_400_000));
  const today = chinaDay(seeded.to);
  const month = (n: number) => chinaDay(new Date(seeded.from.getTime() + n * 30 * 86_400_000));
  const random = generator(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;

  // What a day at the centre asks, each kind as often as the next.
  const kinds: { kind: string; request: () => [string, Record<string, unknown>] }[] = [
    { kind: 'case number', request: () => [clerk, { caseNumber: pick(seeded.caseNumbers) }] },
    { kind: 'identity number', request: () => [clerk, { applicant: { idNumber: pick(seeded.people).idNumber } }] },
    { kind: 'name', request: () => [supervisor, { applicant: { name: pick(seeded.people).name } }] },
    { kind: 'newest, all', request: () => [supervisor, {}] },
    {
      kind: 'last week, department',
      request: () => [supervisor, { department: pick(seeded.departments), receivedFrom: lastWeek, receivedTo: today }],
    },
    {
      kind: 'a month, item',
      request: () => [supervisor, { itemCode: pick(seeded.itemCodes), receivedFrom: month(3), receivedTo: month(4) }],
    },
    {
      kind: 'department queue, state',
      request: () => [pick(approvers), { state: pick(['accepted', 'pending_acceptance', 'result_ready'] as const) }],
    },
    { kind: 'red lights', request: () => [supervisor, { light: 'red' }] },
    { kind: 'state, centre-wide', request: () => [supervisor, { state: 'supplement_requested' }] },
  ];
  // Warm the path (first requests compile and open connections).
  for (const k of kinds) {
    const [who, body] = k.request();
    await api.expect(200, 'POST', '/cases/search', who, body);
  }
  const samples = new Map<string, { ms: number[]; hits: number[] }>(kinds.map((k) => [k.kind, { ms: [], hits: [] }]));
  for (let round_ = 0; round_ < options.rounds; round_++) {
    for (const k of kinds) {
      const [who, body] = k.request();
      const started = performance.now();
      const out = await api.expect<{ cases: unknown[] }>(200, 'POST', '/cases/search', who, body);
      samples.get(k.kind)!.ms.push(performance.now() - started);
      samples.get(k.kind)!.hits.push(out.cases.length);
    }
  }
  const all = [...samples.values()].flatMap((s) => s.ms);
  const byKind = [...samples].map(([kind, s]) => ({
    kind,
    p95Ms: round(percentile(s.ms, 95)),
    p50Ms: round(percentile(s.ms, 50)),
    count: s.ms.length,
    meanHits: round(s.hits.reduce((a, b) => a + b, 0) / s.hits.length, 1),
  }));
  for (const k of byKind) options.log(`    ${k.kind}: p50 ${k.p50Ms} ms · p95 ${k.p95Ms} ms · ${k.meanHits} hits/page`);
  return { cases: options.cases, seedSeconds, all: { ...summarize(all), p95Ms: round(percentile(all, 95)) }, byKind };
}
