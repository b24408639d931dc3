import type { EventBridgeEvent } from 'aws-lambda';
import * as z from 'zod/mini';
import '#domain/zod-locale';
import { day as calendarDay } from '#domain/input';
import { optionalSetting, setting } from '#adapters/env';
import { putObjectViaUrl } from '#adapters/s3-urls';
import { dailyManifest, dailyManifestKey, previousChinaDay } from '#domain/archive';
import { logger } from '#logger';
import { listArchived } from '#repositories/archive-repository';
import { listDepartments } from '#repositories/item-repository';

const Scope = z.object({ day: z.optional(calendarDay) });

export interface DailyRun {
  day: string;
  departments: { department: string; key: string; cases: number; paperOriginals: number; objects: number; bytes: number }[];
}

/**
 * 一天一归档: once a day, per department, the list of the day's paper originals (for the archive
 * room) and electronic packages, written as JSON to the archive bucket under daily/{centre}/{day}/.
 * Without a day it lists yesterday (China time), a complete day; departments that archived nothing
 * that day get no list. Locally: POST /local/schedules/archive-daily with an optional body {day}.
 */
export async function handler(event: EventBridgeEvent<string, unknown>): Promise<DailyRun> {
  const now = new Date();
  const scope = Scope.parse(event.detail ?? {});
  const day = scope.day ?? previousChinaDay(now);
  const centre = optionalSetting('centreCode', 'HZ');
  const bucket = setting('archiveBucket');
  const run: DailyRun = { day, departments: [] };
  for (const department of await listDepartments()) {
    const entries = await listArchived(centre, department, { from: day, to: day });
    if (entries.length === 0) continue;
    const list = dailyManifest(centre, department, day, entries, now);
    const key = dailyManifestKey(centre, day, department);
    // Kept, locked, as long as the longest-kept package it lists.
    const retainUntil = entries.map((e) => e.retention.retainUntil).sort().at(-1);
    await putObjectViaUrl(bucket, key, new TextEncoder().encode(`${JSON.stringify(list, null, 2)}\n`), 'application/json', retainUntil);
    run.departments.push({
      department,
      key,
      cases: list.totals.cases,
      paperOriginals: list.paperOriginals.length,
      objects: list.totals.objects,
      bytes: list.totals.bytes,
    });
  }
  logger.info('daily archive list', { day, departments: run.departments.length });
  return run;
}
