import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '#adapters/dynamodb';
import type { AuditLine } from '#domain/audit-trail';
import { auditLinePut } from './audit-repository';
import { calendarWith, type HolidaySchedule, type WorkingCalendar } from '#domain/calendar';
import { queryPrefix } from './dynamo';
import { keys, tableName } from './keys';

export interface StoredSchedule extends HolidaySchedule {
  centre: string;
  loadedAt: string;
  loadedBy: string;
  /** Absent on years loaded before names were kept. */
  loadedByName?: string;
}

/** The year as loaded, and the audit line of the load, together. */
export async function saveSchedule(schedule: StoredSchedule, audit: AuditLine): Promise<void> {
  await documentClient().send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Put: {
            TableName: tableName(),
            Item: { ...keys.calendarYear(schedule.centre, schedule.year), entity: 'calendar_year', ...schedule },
          },
        },
        auditLinePut(audit),
      ],
    }),
  );
}

export function listSchedules(centre: string): Promise<StoredSchedule[]> {
  const { pk, prefix } = keys.calendarOf(centre);
  return queryPrefix<StoredSchedule>(pk, prefix);
}

// Read per container for a few minutes: calendars change a few times a year, intake happens all day.
const CACHE_MS = 5 * 60_000;
const cache = new Map<string, { calendar: WorkingCalendar; at: number }>();

/** The centre's working-day calendar: the shipped schedules, with the years the centre loaded instead. */
export async function centreCalendar(centre: string): Promise<WorkingCalendar> {
  const hit = cache.get(centre);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.calendar;
  const calendar = calendarWith(await listSchedules(centre));
  cache.set(centre, { calendar, at: Date.now() });
  return calendar;
}

export function forgetCalendar(centre: string): void {
  cache.delete(centre);
}
