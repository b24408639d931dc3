import { describe, expect, it } from 'vitest';
import { dailyManifestKey } from '#domain/archive';
import { limitText } from '#domain/notices';
import { caseFacts, clockStart } from '#domain/statistics';
import { APPROVER, registered } from './fixtures';

describe('small texts and keys printed or stored as they are', () => {
  it('names the promised limit with its unit', () => {
    expect(limitText({ promisedDays: 5, limitUnit: 'working_day' })).toBe('5个工作日');
    expect(limitText({ promisedDays: 5 })).toBe('5个工作日');
    expect(limitText({ promisedDays: 30, limitUnit: 'natural_day' })).toBe('30个自然日');
  });

  it('files a department’s daily archive list under the centre and day, with no path separator from its name', () => {
    expect(dailyManifestKey('HZ', '2026-03-05', '人社局')).toBe('daily/HZ/2026-03-05/人社局.json');
    expect(dailyManifestKey('HZ', '2026-03-05', '住建/规划\\局')).toBe('daily/HZ/2026-03-05/住建_规划_局.json');
  });

  it('starts a limit’s clock on the day of 受理, else on the China-local day received', () => {
    const received = { ...registered(), receivedAt: '2026-03-04T17:30:00.000Z' };
    expect(clockStart(caseFacts(received))).toBe('2026-03-05');
    expect(
      clockStart(
        caseFacts({
          ...received,
          acceptance: { acceptedOn: '2026-03-09', deemed: false, acceptedAt: '2026-03-09T02:00:00.000Z', acceptedBy: APPROVER },
        }),
      ),
    ).toBe('2026-03-09');
  });
});
