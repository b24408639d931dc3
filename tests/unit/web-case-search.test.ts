import { describe, expect, it } from 'vitest';
import { searchBody } from '../../web/src/lib/case-search';

describe('办件查询 form → request body', () => {
  it('leaves blanks out, trims, upper-cases the identity number and puts name and number under applicant', () => {
    expect(searchBody({ caseNumber: '  ', applicantName: ' 张三 ', idNumber: '11010519491231002x', itemCode: '' }, { limit: 20 })).toEqual({
      limit: 20,
      applicant: { name: '张三', idNumber: '11010519491231002X' },
    });
  });

  it('sends the days received, state, light, department and the cursor of the next page', () => {
    expect(
      searchBody(
        { received: ['2026-05-01', '2026-05-31'], state: 'accepted', light: 'red', department: '人社局', caseNumber: 'HZ202605010001' },
        { limit: 20, cursor: 'abc' },
      ),
    ).toEqual({
      limit: 20,
      receivedFrom: '2026-05-01',
      receivedTo: '2026-05-31',
      state: 'accepted',
      light: 'red',
      department: '人社局',
      caseNumber: 'HZ202605010001',
      cursor: 'abc',
    });
  });
});
