/**
 * Ticket numbers (号码): each category's letter and the day's sequence, A001 … A999, then A1000 …;
 * numbers restart every day. The ticket id names the centre and day too, so no two tickets can share one.
 */
import { badRequest } from '#domain/errors';

export function ticketNumber(letter: string, seq: number): string {
  if (!/^[A-Z]$/.test(letter)) throw badRequest('invalid_category_letter', `A category letter is one capital letter, not ${letter}.`, { letter });
  if (!Number.isInteger(seq) || seq < 1 || seq > 9999) throw new Error(`A day's sequence runs from 1 to 9999, not ${seq}`);
  return `${letter}${String(seq).padStart(3, '0')}`;
}

/** `HZ-20261207-A001`. */
export function queueTicketId(centre: string, day: string, number: string): string {
  return `${centre}-${day.replaceAll('-', '')}-${number}`;
}

/** The most numbers a category issues in a day. */
export const MAX_TICKETS_PER_CATEGORY_DAY = 9999;
