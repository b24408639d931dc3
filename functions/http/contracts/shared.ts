import * as z from 'zod/mini';
import { unprintable, unprintableMessage } from '#domain/printable';

/** A case number (办件编号) in a path or body. */
export const caseNumber = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,80}$/, '不是有效的办件编号'));

/** A China-local calendar day that exists; texts and names without hidden characters (domain/input.ts). */
export { day, instant, line, loose, text } from '#domain/input';

/** Who did something to a case, as the API shows it. */
export const Actor = z.object({ subject: z.string(), name: z.string(), role: z.string(), department: z.optional(z.string()) });

/** What a route takes and answers; `functions/http/schemas.ts` gathers every area's contracts. */
export interface RouteContract {
  body?: z.ZodMiniType;
  query?: z.ZodMiniType;
  path?: z.ZodMiniType;
  status: number;
  response: z.ZodMiniType;
  /** Media type of a non-JSON success body (e.g. a notice PDF); JSON otherwise. */
  responseContentType?: string;
}

/**
 * Text that is printed on the applicant's notices (names, the mailing address): refused at intake
 * when a character is one no notice font has, with a message naming it, rather than printed as a box.
 */
export const printable = (field: string) =>
  z.superRefine((value: string, ctx) => {
    const characters = unprintable(value);
    if (characters.length > 0) ctx.addIssue({ code: 'custom', message: unprintableMessage(field, characters), input: value });
  });
