/**
 * The intake form's rules, driven by the item's checklist: what each material's status means for
 * the outcome of formal review, and the POST /cases body the clerk's choices make.
 */
export interface ChecklistMaterial {
  code: string;
  name: string;
  required: boolean;
  deferrable: boolean;
}

/** scanned: uploaded and checked · deferred: 容缺 · defective: paper found defective · missing: not brought. */
export type MaterialStatus = 'scanned' | 'deferred' | 'defective' | 'missing';

export interface MaterialEntry {
  status: MaterialStatus;
  uploadId?: string;
  defectReason?: string;
}

export type IntakeOutcome = 'complete' | 'deferred' | 'incomplete';

export const OUTCOME_LABELS: Record<IntakeOutcome, string> = {
  complete: '材料齐全：登记并转办',
  deferred: '容缺受理：登记并转办，申请人承诺补交',
  incomplete: '材料不齐：出具一次性补正告知书',
};

export function entryOf(entries: Record<string, MaterialEntry>, code: string): MaterialEntry {
  return entries[code] ?? { status: 'missing' };
}

/** What formal review will say: any required material missing or defective makes it incomplete. */
export function expectedOutcome(materials: readonly ChecklistMaterial[], entries: Record<string, MaterialEntry>): IntakeOutcome {
  let deferred = false;
  for (const m of materials) {
    const e = entryOf(entries, m.code);
    if (e.status === 'defective') return 'incomplete';
    if (!m.required) continue;
    if (e.status === 'missing') return 'incomplete';
    if (e.status === 'deferred') deferred = true;
  }
  return deferred ? 'deferred' : 'complete';
}

/** Problems to fix before the register button means anything (shown beside the button). */
export function formProblems(
  materials: readonly ChecklistMaterial[],
  entries: Record<string, MaterialEntry>,
  commitment: string,
): string[] {
  const problems: string[] = [];
  for (const m of materials) {
    const e = entryOf(entries, m.code);
    if (e.status === 'deferred' && !m.deferrable) problems.push(`${m.name}不允许容缺`);
    if (e.status === 'scanned' && !e.uploadId) problems.push(`${m.name}尚未扫描上传`);
    if (e.status === 'defective' && !e.defectReason?.trim()) problems.push(`请写明${m.name}的问题`);
  }
  if (materials.some((m) => entryOf(entries, m.code).status === 'deferred') && commitment.trim().length < 4)
    problems.push('容缺受理需填写申请人承诺内容');
  return problems;
}

export interface ApplicantInput {
  kind: 'person' | 'legal_person';
  name: string;
  idNumber: string;
  phone?: string;
}

export interface IntakeBody {
  itemCode: string;
  applicant: ApplicantInput;
  channel: 'window';
  delivery:
    | { method: 'pickup' }
    | {
        method: 'courier';
        address: { recipient: string; phone: string; city: string; street: string; district?: string; province?: string };
      };
  materials: { code: string; uploadId: string }[];
  defects: { code: string; reason: string }[];
  deferral?: { materials: string[]; commitment: string };
}

export function intakeBody(
  itemCode: string,
  applicant: ApplicantInput,
  materials: readonly ChecklistMaterial[],
  entries: Record<string, MaterialEntry>,
  commitment: string,
  delivery: IntakeBody['delivery'] = { method: 'pickup' },
): IntakeBody {
  const scanned = materials.flatMap((m) => {
    const e = entryOf(entries, m.code);
    return e.status === 'scanned' && e.uploadId ? [{ code: m.code, uploadId: e.uploadId }] : [];
  });
  const defects = materials.flatMap((m) => {
    const e = entryOf(entries, m.code);
    return e.status === 'defective' ? [{ code: m.code, reason: (e.defectReason ?? '').trim() }] : [];
  });
  const deferred = materials.filter((m) => entryOf(entries, m.code).status === 'deferred').map((m) => m.code);
  return {
    itemCode,
    applicant: {
      ...applicant,
      name: applicant.name.trim(),
      idNumber: applicant.idNumber.trim().toUpperCase(),
      ...(applicant.phone?.trim() ? { phone: applicant.phone.trim() } : { phone: undefined }),
    },
    channel: 'window',
    delivery,
    materials: scanned,
    defects,
    ...(deferred.length ? { deferral: { materials: deferred, commitment: commitment.trim() } } : {}),
  };
}

/** A form in progress (暂存件 resumed or a new one): the intake screen keeps it while the form loads. */
export interface DraftState {
  draftId?: string;
  version?: number;
  applicant: { kind: 'person' | 'legal_person'; name: string; idNumber: string; phone: string };
  entries: Record<string, MaterialEntry>;
  commitment: string;
}

export const emptyDraft = (): DraftState => ({
  applicant: { kind: 'person', name: '', idNumber: '', phone: '' },
  entries: {},
  commitment: '',
});
