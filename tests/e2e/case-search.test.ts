import { randomInt, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { acceptCase, api, decision, eventually, token } from '#tests/support/client';

/** A valid 居民身份证号 of its own for this run: the weights and table of GB 11643 written out. */
function citizenId(): string {
  const body = `110105199${randomInt(0, 10)}0${randomInt(1, 10)}1${randomInt(0, 10)}${randomInt(100, 1000)}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11]!;
}

interface Hit {
  caseNumber: string;
  itemCode: string;
  department: string;
  applicant: { name: string; idNumberMasked: string };
  state: string;
  receivedAt: string;
  light?: string;
}
interface SearchAnswer {
  cases: Hit[];
  nextCursor?: string;
  code?: string;
}

describe('办件查询 POST /cases/search', () => {
  it('finds cases by number, applicant name or identity number, item, department, state and day; pages; scoped and masked', async () => {
    const tag = randomUUID().slice(0, 6);
    const department = `查询测试局${tag}`;
    const otherDepartment = `查询他局${tag}`;
    const supervisor = await token('supervisor');
    const clerk = await token('intake_clerk');
    const approver = await token('approver', { department });
    const otherApprover = await token('approver', { department: otherDepartment });
    const otherCentre = await token('supervisor', { centre: 'XS' });
    const itemA = `SQ-A-${tag}`;
    const itemB = `SQ-B-${tag}`;
    for (const [code, dept] of [
      [itemA, department],
      [itemB, otherDepartment],
    ] as const) {
      const res = await api('POST', '/items', {
        token: supervisor,
        body: {
          basicCode: 'B-SQ',
          implementationCode: code,
          name: `查询测试事项${code}`,
          department: dept,
          itemType: 'promised',
          statutoryDays: 20,
          promisedDays: 10,
        },
      });
      expect(res.status).toBe(201);
    }
    // Names unique to this run: a random surname-like prefix from common characters.
    const chars = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜';
    const pick = () => chars[randomInt(0, chars.length)]!;
    const nameOne = `欧阳${pick()}${pick()}${pick()}`;
    const nameTwo = `司马${pick()}${pick()}${pick()}`;
    const idOne = citizenId();
    const idTwo = citizenId();
    const register = async (itemCode: string, name: string, idNumber: string) => {
      const res = await api<{ caseNumber: string }>('POST', '/cases', {
        token: clerk,
        body: { itemCode, applicant: { kind: 'person', name, idNumber } },
      });
      expect(res.status).toBe(201);
      return res.body.caseNumber;
    };
    const first = await register(itemA, nameOne, idOne);
    const second = await register(itemA, nameOne, idOne);
    const third = await register(itemA, nameTwo, idTwo);
    const elsewhere = await register(itemB, nameOne, idOne);

    const search = (who: string, body: Record<string, unknown>) => api<SearchAnswer>('POST', '/cases/search', { token: who, body });
    const numbers = (r: { body: SearchAnswer }) => r.body.cases.map((c) => c.caseNumber);

    // By identity number: every case of that applicant, newest first, masked.
    const byId = await search(clerk, { applicant: { idNumber: idOne } });
    expect(byId.status).toBe(200);
    expect(numbers(byId)).toEqual([elsewhere, second, first]);
    expect(byId.body.cases[0]!.applicant.name).toBe('欧****');
    expect(JSON.stringify(byId.body)).not.toContain(nameOne);
    expect(JSON.stringify(byId.body)).not.toContain(idOne);
    expect(byId.body.cases[0]!.applicant.idNumberMasked).toBe(`110${'*'.repeat(11)}${idOne.slice(-4)}`);

    // By name (a space typed in the middle still finds it), narrowed by item.
    expect(numbers(await search(supervisor, { applicant: { name: `欧阳 ${nameOne.slice(2)}` }, itemCode: itemA }))).toEqual([
      second,
      first,
    ]);
    // Name and number together must both match.
    expect(numbers(await search(supervisor, { applicant: { name: nameTwo, idNumber: idOne } }))).toEqual([]);
    expect(numbers(await search(supervisor, { applicant: { name: nameTwo, idNumber: idTwo } }))).toEqual([third]);

    // By case number; by item over today's days; by department and state.
    expect(numbers(await search(clerk, { caseNumber: third }))).toEqual([third]);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect(numbers(await search(supervisor, { itemCode: itemA, receivedFrom: today, receivedTo: today }))).toEqual([third, second, first]);
    expect(numbers(await search(supervisor, { itemCode: itemA, receivedTo: '2020-01-01' }))).toEqual([]);

    // Pages of two, then one: nothing lost, nothing twice.
    const page1 = await search(supervisor, { itemCode: itemA, limit: 2 });
    expect(numbers(page1)).toEqual([third, second]);
    expect(page1.body.nextCursor).toBeDefined();
    const page2 = await search(supervisor, { itemCode: itemA, limit: 2, cursor: page1.body.nextCursor });
    expect(numbers(page2)).toEqual([first]);
    const forged = await search(supervisor, {
      itemCode: itemA,
      cursor: Buffer.from(JSON.stringify({ pk: 'CASE#X', sk: 'CASE', gsi1pk: 'RECEIVED#XS', gsi1sk: 'x' })).toString('base64url'),
    });
    expect([forged.status, forged.body.code]).toEqual([400, 'invalid_cursor']);

    // The back office moves the first case on: state filters follow.
    await eventually(
      'queued',
      async () =>
        (await api<{ state: string }>('GET', `/cases/${first}`, { token: approver })).body.state === 'pending_acceptance'
          ? true
          : undefined,
      30_000,
    );
    await acceptCase(first, approver);
    expect((await api('POST', `/cases/${first}/decision`, { token: approver, body: decision('approve', '符合条件，准予') })).status).toBe(
      200,
    );
    expect(numbers(await search(supervisor, { department, state: 'approved' }))).toEqual([first]);
    expect(numbers(await search(supervisor, { itemCode: itemA, state: 'approved' }))).toEqual([first]);

    // A state alone, across the centre: the other department's case approved too, then every page of
    // two read: both found once each, only approved cases, nearest deadline first (same day: by number).
    await eventually(
      'queued elsewhere',
      async () =>
        (await api<{ state: string }>('GET', `/cases/${elsewhere}`, { token: otherApprover })).body.state === 'pending_acceptance'
          ? true
          : undefined,
      30_000,
    );
    await acceptCase(elsewhere, otherApprover);
    expect(
      (await api('POST', `/cases/${elsewhere}/decision`, { token: otherApprover, body: decision('approve', '符合条件，准予') })).status,
    ).toBe(200);
    const approved: (Hit & { promisedBy?: string })[] = [];
    let cursor: string | undefined;
    do {
      const page = await search(supervisor, { state: 'approved', limit: 2, ...(cursor ? { cursor } : {}) });
      expect(page.status).toBe(200);
      approved.push(...page.body.cases);
      cursor = page.body.nextCursor;
    } while (cursor);
    const approvedNumbers = approved.map((c) => c.caseNumber);
    expect(new Set(approvedNumbers).size).toBe(approvedNumbers.length);
    expect(approved.every((c) => c.state === 'approved')).toBe(true);
    expect(approvedNumbers.filter((n) => n === first || n === elsewhere)).toEqual([first, elsewhere]);
    const deadlines = approved.map((c) => c.promisedBy ?? '');
    expect(deadlines).toEqual([...deadlines].sort());
    const crossed = await search(supervisor, { state: 'approved', cursor: page1.body.nextCursor });
    expect([crossed.status, crossed.body.code]).toEqual([400, 'invalid_cursor']);

    // Approvers see their own department only; another centre sees nothing, even by number.
    expect(numbers(await search(approver, { applicant: { idNumber: idOne } }))).toEqual([second, first]);
    expect(numbers(await search(otherApprover, { applicant: { idNumber: idOne } }))).toEqual([elsewhere]);
    const asked = await search(otherApprover, { department });
    expect([asked.status, asked.body.code]).toEqual([403, 'other_department']);
    expect(numbers(await search(otherCentre, { caseNumber: first }))).toEqual([]);
    expect(numbers(await search(otherCentre, { applicant: { idNumber: idOne } }))).toEqual([]);

    // Bad input: a backwards range; a role that may not search.
    const backwards = await search(supervisor, { receivedFrom: '2026-05-02', receivedTo: '2026-05-01' });
    expect([backwards.status, backwards.body.code]).toEqual([400, 'invalid_range']);
    const applicant = await token('applicant');
    expect((await search(applicant, { caseNumber: first })).status).toBe(403);
  }, 90_000);
});
