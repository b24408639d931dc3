import { randomUUID } from 'node:crypto';
import {
  acceptCase,
  type ApiResponse,
  api,
  CITIZEN_ID,
  collectResult,
  decision,
  eventually,
  type TokenOptions,
  token,
  uploadScan,
  waitingFor,
} from './client';

/**
 * Test builders and actor steps, so that an e2e body reads like the story in its name:
 *
 *   const item = await supervisor.publishes(anItem({ department, materials: [ID_CARD] }));
 *   const { caseNumber } = (await clerk.registers(item, { scans: ['ID'] })).body;
 *   await approver.accepts(caseNumber);
 *   await approver.approves(caseNumber, '准予');
 *
 * Each step throws with the server's answer when the system refuses it; a test that checks the refusal
 * itself calls `api` directly.
 */

/** A code or name no other test (or earlier run against the same tables) uses. */
export const unique = (prefix: string, length = 8) => `${prefix}-${randomUUID().slice(0, length)}`;

export interface MaterialSpec {
  code: string;
  name: string;
  required?: boolean;
  originals?: number;
  copies?: number;
  form?: 'paper' | 'electronic' | 'either';
  [key: string]: unknown;
}

/** The body of POST /items (a catalog item, 事项). */
export interface ItemBody {
  basicCode: string;
  implementationCode: string;
  name: string;
  department: string;
  itemType: 'immediate' | 'promised' | 'reported' | 'joint';
  statutoryDays?: number;
  promisedDays?: number;
  materials?: MaterialSpec[];
  [key: string]: unknown;
}

/** 居民身份证, the material most items ask for. */
export const ID_CARD: MaterialSpec = { code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 1, form: 'either' };

/** 解除劳动关系证明: paper original, may be deferred (容缺) — the second material of 失业保险金申领. */
export const SEPARATION_PROOF: MaterialSpec = {
  code: 'SEPARATION',
  name: '解除劳动关系证明',
  required: true,
  originals: 1,
  copies: 0,
  form: 'paper',
  deferrable: true,
};

/** A 承诺件 of a test department: 10 statutory and 5 promised working days, no materials, a code of its own. */
export function anItem(overrides: Partial<ItemBody> = {}): ItemBody {
  return {
    basicCode: 'B',
    implementationCode: unique('ITEM'),
    name: '测试事项',
    department: '测试局',
    itemType: 'promised',
    statutoryDays: 10,
    promisedDays: 5,
    ...overrides,
  };
}

/** An applicant who is a person, with a valid identity number. */
export const aPerson = (name = '张三', idNumber = CITIZEN_ID) => ({ kind: 'person' as const, name, idNumber });

/** What the API answers about a case (the fields stories look at; the rest stays open). */
export interface CaseBody {
  caseNumber: string;
  queryCode: string;
  state: string;
  waitingFor?: string;
  [key: string]: unknown;
}

function refused(step: string, res: ApiResponse<unknown>): Error {
  return new Error(`${step} answered ${res.status}: ${JSON.stringify(res.body)}`);
}

/** 窗口监督 / the centre's supervisor: keeps the catalog. */
export async function aSupervisor(options: TokenOptions = {}) {
  const bearer = await token('supervisor', options);
  return {
    token: bearer,
    /** Publishes a catalog item (201), and returns it for the clerk to register cases of. */
    async publishes<T extends ItemBody>(item: T): Promise<T> {
      const res = await api('POST', '/items', { token: bearer, body: item });
      if (res.status !== 201) throw refused(`Publishing ${item.implementationCode}`, res);
      return item;
    },
  };
}

export interface Registration {
  applicant?: Record<string, unknown>;
  /** Material codes scanned and uploaded at the window, in this order. */
  scans?: string[];
  headers?: Record<string, string>;
  /** More fields of the request body (delivery, deferred materials, notes …). */
  body?: Record<string, unknown>;
}

/** 综合窗口 / an intake clerk. */
export async function anIntakeClerk(options: TokenOptions = {}) {
  const bearer = await token('intake_clerk', options);
  return {
    token: bearer,
    /** Scans the given materials and registers a case of the item for the applicant (张三 unless told); the raw answer. */
    async registers<T = CaseBody>(
      item: Pick<ItemBody, 'implementationCode'> | string,
      registration: Registration = {},
    ): Promise<ApiResponse<T>> {
      const materials = [];
      for (const code of registration.scans ?? []) materials.push({ code, uploadId: await uploadScan(bearer) });
      return api<T>('POST', '/cases', {
        token: bearer,
        headers: registration.headers,
        body: {
          itemCode: typeof item === 'string' ? item : item.implementationCode,
          applicant: registration.applicant ?? aPerson(),
          ...(materials.length > 0 ? { materials } : {}),
          ...registration.body,
        },
      });
    },
  };
}

/** 后台审批 / an approver of a department. */
export async function anApprover(department: string, options: TokenOptions = {}) {
  const bearer = await token('approver', { ...options, department });
  const decide = async (caseNumber: string, outcome: 'approve' | 'deny', opinion: string): Promise<CaseBody> => {
    const res = await api<CaseBody>('POST', `/cases/${caseNumber}/decision`, { token: bearer, body: decision(outcome, opinion) });
    if (res.status !== 200) throw refused(`Deciding ${caseNumber}`, res);
    return res.body;
  };
  return {
    token: bearer,
    department,
    /** Waits until the case has come to the department's queue, waiting for its review. */
    receives: (caseNumber: string) => waitingFor<CaseBody>(caseNumber, 'acceptance', bearer),
    /** 受理: accepts the case once it waits for review; then waits until the workflow waits for `next`. */
    accepts: (caseNumber: string, next = 'decision') => acceptCase(caseNumber, bearer, next),
    /** 准予: approves with the opinion and a licence attached. */
    approves: (caseNumber: string, opinion: string) => decide(caseNumber, 'approve', opinion),
    /** 不予: denies with the opinion and the decision document. */
    denies: (caseNumber: string, opinion: string) => decide(caseNumber, 'deny', opinion),
  };
}

/** 统一出件窗口 / an output clerk. */
export async function anOutputClerk(options: TokenOptions = {}) {
  const bearer = await token('output_clerk', options);
  return {
    token: bearer,
    /** Scans the result and hands it over to the applicant at the window (the hand-over's answer). */
    handsOver: (caseNumber: string, applicant: { idNumber?: string; name?: string } = {}) => collectResult(caseNumber, bearer, applicant),
  };
}

/** Waits until the case is in `state`, as `who` sees it. */
export function caseReaches<T extends { state: string } = CaseBody>(
  caseNumber: string,
  state: string,
  who: string,
  timeoutMs?: number,
): Promise<T> {
  return eventually(
    `case ${caseNumber} in ${state}`,
    async () => {
      const c = await api<T>('GET', `/cases/${caseNumber}`, { token: who });
      return c.body.state === state ? c.body : undefined;
    },
    timeoutMs,
  );
}
