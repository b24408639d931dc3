import type { ReusableMaterial } from './applicant-record';
import type { Agent, CaseMaterial, MaterialProblem } from './case/application';
import type { IntakeOutcome } from './case/registration';
import { unprocessable } from './errors';
import { isValidCitizenId, isValidCreditCode, maskIdNumber, maskName } from './identity';
import type { MaterialSpec, ServiceItem } from './item';
import type { Upload } from './upload';

/** Negative-list items (负面清单) are not taken at the comprehensive window: say where to go instead. */
export function assertWindowMayAccept(item: ServiceItem): void {
  if (item.negativeList) {
    throw unprocessable(
      'negative_list_item',
      `「${item.name}」is not handled at the comprehensive window. Please go to ${item.departmentWindow ?? `the ${item.department} window`}.`,
      { itemCode: item.implementationCode, department: item.department, departmentWindow: item.departmentWindow ?? null },
    );
  }
}

export function assertValidIdNumber(kind: 'person' | 'legal_person', idNumber: string): void {
  const ok = kind === 'person' ? isValidCitizenId(idNumber) : isValidCreditCode(idNumber);
  if (!ok) {
    throw unprocessable(
      'invalid_id_number',
      kind === 'person'
        ? 'The citizen ID number is not valid (GB 11643: 18 characters, birth date and check digit). Check it against the ID card.'
        : 'The unified social credit code is not valid (GB 32100: 18 characters and check character). Check it against the business licence.',
      { field: 'applicant.idNumber' },
    );
  }
}

/** A material brought as a new scan (uploadId), or reused from an earlier case (reuseSha256). */
export interface SubmittedMaterial {
  code: string;
  uploadId?: string;
  reuseSha256?: string;
}

/** What the clerk brings to formal review (形式审查) at the window. */
export interface ReviewRequest {
  item: ServiceItem;
  submitted: SubmittedMaterial[];
  uploads: Map<string, Upload | undefined>;
  submitter: string;
  /** Materials the clerk found defective on paper, with the reason the applicant is told. */
  defects?: { code: string; reason: string }[];
  /** 容缺: secondary materials to bring later, under a written commitment. */
  deferral?: { materials: string[]; commitment: string; dueDate?: string };
  /** 即办: decide on the spot (authorised clerks, 即办件 only). */
  decideNow?: { outcome: 'approve' | 'deny'; opinion: string };
  mayDecideAtWindow: boolean;
  /** Materials accepted at an earlier visit (补正): they count without being submitted again. */
  alreadyAccepted?: CaseMaterial[];
  /** 帮办代办: someone applying for the applicant. */
  agent?: AgentInput;
  /** The applicant's materials already checked against originals in earlier cases. */
  reusable?: ReusableMaterial[];
  /** The applicant is on the credit warning list (失信): no 容缺. */
  badCredit?: boolean;
  /** China-local day of the review, and the last day of the promised limit counted from it. */
  today: string;
  promisedBy?: string;
}

/** 帮办代办 as the clerk records it at the window. */
export interface AgentInput {
  kind: Agent['kind'];
  name: string;
  idNumber: string;
  reason: Agent['reason'];
  authorisation: { uploadId?: string; note?: string };
}

/**
 * An agent acts only on recorded authority: a proxy brings the applicant's signed authorisation
 * letter (scanned and checked like any material); a centre helper records the applicant's consent.
 */
export function reviewAgent(
  agent: AgentInput,
  uploads: Map<string, Upload | undefined>,
  submitter: string,
  errors: { code: string; problem: string }[],
): Agent | undefined {
  const before = errors.length;
  if (!isValidCitizenId(agent.idNumber)) errors.push({ code: 'agent.idNumber', problem: '代办人的公民身份号码无效（GB 11643），请核对证件。' });
  let document: CaseMaterial | undefined;
  if (agent.kind === 'proxy') {
    const upload = agent.authorisation.uploadId ? uploads.get(agent.authorisation.uploadId) : undefined;
    if (!agent.authorisation.uploadId) errors.push({ code: 'agent.authorisation', problem: '委托代办须提供授权委托书的扫描件。' });
    else if (!upload || upload.createdBy !== submitter || upload.status !== 'verified') {
      errors.push({ code: 'agent.authorisation', problem: '找不到授权委托书的扫描件或尚未检查，请重新上传。' });
    } else {
      document = { code: 'AUTHORISATION', name: '授权委托书', objectKey: upload.objectKey, sha256: upload.sha256, size: upload.size, contentType: upload.contentType };
    }
  } else if (!agent.authorisation.note?.trim()) {
    errors.push({ code: 'agent.authorisation', problem: '请记录申请人同意由帮办员代办（如：申请人当面口头同意，由帮办员代为填写）。' });
  }
  if (errors.length > before) return undefined;
  return {
    kind: agent.kind,
    name: maskName(agent.name),
    idNumberMasked: maskIdNumber(agent.idNumber),
    reason: agent.reason,
    authorisation: { ...(document ? { document } : {}), ...(agent.authorisation.note ? { note: agent.authorisation.note } : {}) },
  };
}

/**
 * A new scan of one checklist material, checked as at every window: uploaded and verified (type,
 * size, SHA-256) by the person submitting it, within the item's size limit.
 */
export function checkScan(item: ServiceItem, spec: Pick<MaterialSpec, 'code' | 'name'>, upload: Upload | undefined, submitter: string): CaseMaterial | { problem: string } {
  if (!upload) return { problem: `找不到「${spec.name}」的扫描件，请重新上传。` };
  if (upload.createdBy !== submitter) return { problem: `「${spec.name}」的扫描件由他人上传，请自行扫描上传。` };
  if (upload.status !== 'verified') return { problem: `「${spec.name}」的扫描件尚未检查，请先完成上传。` };
  if (item.maxMaterialBytes !== undefined && upload.size > item.maxMaterialBytes) {
    return { problem: `「${spec.name}」的扫描件超过本事项允许的大小（${item.maxMaterialBytes} 字节），请降低分辨率重新扫描。` };
  }
  return { code: spec.code, name: spec.name, objectKey: upload.objectKey, sha256: upload.sha256, size: upload.size, contentType: upload.contentType };
}

export interface ReviewResult {
  materials: CaseMaterial[];
  outcome: IntakeOutcome;
  agent?: Agent;
}

/**
 * Formal review against the item's checklist. Mistakes in the request (unknown materials, scans not
 * checked, a deferral the item does not allow) are refused with every one of them listed, and
 * nothing is written. Otherwise exactly one outcome: incomplete (every missing or defective material
 * with its reason, told once — 一次性告知), deferred (容缺), decided on the spot (即办) or registered.
 */
export function formalReview(req: ReviewRequest): ReviewResult {
  const { item } = req;
  const errors: { code: string; problem: string }[] = [];
  const byCode = new Map(item.materials.map((m) => [m.code, m]));
  const accepted = new Map((req.alreadyAccepted ?? []).map((m) => [m.code, m]));
  const submittedCodes = new Set<string>();

  for (const s of req.submitted) {
    const spec = byCode.get(s.code);
    const upload = s.uploadId ? req.uploads.get(s.uploadId) : undefined;
    const reuse = s.reuseSha256?.toLowerCase();
    const earlier = reuse ? req.reusable?.find((r) => r.code === s.code && r.sha256 === reuse) : undefined;
    if (!spec) errors.push({ code: s.code, problem: `材料 ${s.code} 不在本事项的材料清单上。` });
    else if (submittedCodes.has(s.code)) errors.push({ code: s.code, problem: `材料「${spec.name}」重复提交。` });
    else if (Boolean(s.uploadId) === Boolean(s.reuseSha256)) {
      errors.push({ code: s.code, problem: `「${spec.name}」须以新扫描件（uploadId）或复用已核验材料（reuse）二者之一提供。` });
    } else if (s.reuseSha256) {
      if (!earlier) errors.push({ code: s.code, problem: `该申请人没有与此指纹相符的已核验「${spec.name}」，请重新扫描。` });
      else {
        const { caseNumber, verifiedAt, itemCode: _item, reusedFrom: _r, ...material } = earlier;
        accepted.set(spec.code, { ...material, name: spec.name, reusedFrom: { caseNumber, verifiedAt } });
      }
    } else {
      const checked = checkScan(item, spec, upload, req.submitter);
      if ('problem' in checked) errors.push({ code: s.code, problem: checked.problem });
      else accepted.set(spec.code, checked);
    }
    submittedCodes.add(s.code);
  }

  const defects = new Map<string, string>();
  for (const d of req.defects ?? []) {
    if (!byCode.has(d.code)) errors.push({ code: d.code, problem: `材料 ${d.code} 不在本事项的材料清单上。` });
    else defects.set(d.code, d.reason);
  }

  const deferred = new Set<string>();
  if (req.deferral) {
    for (const code of req.deferral.materials) {
      const spec = byCode.get(code);
      if (!spec) errors.push({ code, problem: `材料 ${code} 不在本事项的材料清单上。` });
      else if (!spec.deferrable) errors.push({ code, problem: `「${spec.name}」不允许容缺后补。` });
      else if (accepted.has(code)) errors.push({ code, problem: `「${spec.name}」已提交，不能同时容缺。` });
      else deferred.add(code);
    }
    const due = req.deferral.dueDate ?? req.promisedBy;
    if (!due) errors.push({ code: 'deferral.dueDate', problem: '请填写容缺材料的补交期限。' });
    else if (due < req.today) errors.push({ code: 'deferral.dueDate', problem: `补交期限 ${due} 已过。` });
    else if (req.promisedBy && due > req.promisedBy) {
      errors.push({ code: 'deferral.dueDate', problem: `补交期限 ${due} 晚于承诺办结期限（${req.promisedBy}）。` });
    }
    if (req.decideNow) errors.push({ code: 'decideNow', problem: '有容缺材料的申请不能当场办结。' });
    if (req.badCredit) {
      errors.push({
        code: 'deferral',
        problem: '申请人列入失信名单，不适用容缺受理，须提交全部必要材料。',
      });
    }
  }

  if (req.decideNow) {
    if (item.itemType !== 'immediate') errors.push({ code: 'decideNow', problem: `「${item.name}」不是即办件。` });
    else if (!req.mayDecideAtWindow) errors.push({ code: 'decideNow', problem: '您的账号未获授权在窗口当场办结。' });
  }

  const agent = req.agent ? reviewAgent(req.agent, req.uploads, req.submitter, errors) : undefined;

  if (errors.length > 0) {
    throw unprocessable('intake_invalid', `${errors.length} problem(s) in the application must be fixed by the clerk; nothing was registered.`, {
      problems: errors,
    });
  }

  // The applicant's problems, printed as written on the correction notice (一次性补正告知书).
  const problems: MaterialProblem[] = [];
  for (const spec of item.materials) {
    const defect = defects.get(spec.code);
    if (defect) problems.push({ code: spec.code, name: spec.name, problem: defect });
    else if (spec.required && !accepted.has(spec.code) && !deferred.has(spec.code)) {
      problems.push({ code: spec.code, name: spec.name, problem: '未提交该材料（必须提交）' });
    }
  }
  const materials = item.materials.flatMap((spec) => {
    const m = accepted.get(spec.code);
    return m && !defects.has(spec.code) ? [m] : [];
  });

  const withAgent = agent ? { agent } : {};
  if (problems.length > 0) return { materials, ...withAgent, outcome: { kind: 'incomplete', problems } };
  if (deferred.size > 0) {
    return {
      materials,
      ...withAgent,
      outcome: {
        kind: 'deferred',
        deferral: {
          materials: item.materials.filter((m) => deferred.has(m.code)).map((m) => ({ code: m.code, name: m.name, dueDate: (req.deferral!.dueDate ?? req.promisedBy)! })),
          dueDate: (req.deferral!.dueDate ?? req.promisedBy)!,
          commitment: req.deferral!.commitment,
          onLapse: item.deferralLapse ?? 'wait',
        },
      },
    };
  }
  if (req.decideNow) return { materials, ...withAgent, outcome: { kind: 'decided', ...req.decideNow } };
  return { materials, ...withAgent, outcome: { kind: 'registered' } };
}
