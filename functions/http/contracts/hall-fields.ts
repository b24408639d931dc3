import * as z from 'zod/mini';
import '#domain/zod-locale';
import { WEEKDAYS } from '#domain/hall/model';

// The fields the hall's contracts share (hall.ts: the queue; hall-bookings.ts: 预约), each defined once.

/** A centre's code in a public hall path (kiosk, screen, booking page). */
const centre = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,40}$/, '不是有效的中心代码'));
export const publicCentre = z.object({ centre });
export const code = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,40}$/, '编码只能由字母、数字、横线或下划线组成（最多 40 个字符）'));
export const time = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间应为 HH:MM（24 小时制）'));
const Period = z.object({ from: time, to: time });
export const Hours = z.partialRecord(z.enum(WEEKDAYS), z.array(Period).check(z.maxLength(6)));
export const idNumber = z.string().check(z.trim(), z.toUpperCase(), z.minLength(18), z.maxLength(18));
export const mobile = z.string().check(z.regex(/^1\d{10}$/, '手机号码应为以 1 开头的 11 位数字'));
export const bookingCode = z.string().check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z0-9]{8}$/, '预约码为 8 位字母或数字'));
