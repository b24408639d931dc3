/**
 * Notices (文书): the papers the centre hands the applicant — numbered, dated, naming the centre — built
 * here as structured documents, with no PDF library and no AWS. functions/documents/pdf.ts lays them out.
 *
 * Every kind is one entry of NOTICE_KINDS: its title, the code in its number, the audit lines that
 * issue it and the wording. Adding 受理通知书, 不予受理通知书, 特别程序告知书 or 送达回证 is one more entry.
 */
import type { Applicant } from './case/application';
import type { AuditEntry } from './case/transition';
import type { CaseAction } from './case/lifecycle';
import type { CaseRecord } from './case/records';
import type { MaterialSpec } from './item';
import { maskIdNumber, maskName } from './identity';
import { SPECIAL_PROCEDURE_KINDS } from './case/records';
import { collectionText } from './notification';
import type { DepartmentProfile } from './department';
import type { PersonalData } from './personal-data';

/** The case as a notice needs it; a CaseRecord is one. */
export type NoticeCase = Pick<
  CaseRecord,
  | 'caseNumber'
  | 'centre'
  | 'itemName'
  | 'department'
  | 'promisedDays'
  | 'promisedBy'
  | 'provisional'
  | 'limitUnit'
  | 'applicant'
  | 'materials'
  | 'receivedAt'
  | 'correction'
  | 'deferred'
  | 'decidedAtWindow'
  | 'decision'
  | 'itemType'
  | 'acceptance'
  | 'refusal'
  | 'supplementRequest'
  | 'pauses'
  | 'extension'
  | 'result'
  | 'delivery'
  | 'dispatch'
  | 'handover'
  | 'agent'
  | 'withdrawal'
  | 'termination'
>;

/** Everything a notice is written from. */
export interface NoticeFacts {
  number: string;
  /** The instant of the audit line that issued it: a notice is dated the day its event happened. */
  issuedAt: string;
  centreName: string;
  case: NoticeCase;
  /** The checklist of the item version the case was received under (originals, copies, form per material). */
  checklist?: readonly Pick<MaterialSpec, 'code' | 'originals' | 'copies' | 'form'>[];
  /**
   * The applicant's own identity and address, opened from the sealed personal data: a notice is the
   * applicant's paper and names them in full. Without it (never opened) the masked values stand.
   */
  personal?: Pick<PersonalData, 'applicant' | 'delivery'>;
  /** The department's full legal name and review bodies (functions/catalog/departments.ts). */
  department?: DepartmentProfile;
  /** 办件进度查询: the query code, and the public progress page it opens (a QR code on the receipt). */
  progress?: { queryCode: string; url?: string };
}

export interface NoticeTable {
  caption: string;
  /** `width` is relative: the renderer shares the line among the columns in these proportions. */
  columns: { header: string; width: number }[];
  rows: string[][];
}

/** A notice as a structured document: what is said, not how it is laid out. */
export interface NoticeDocument {
  kind: NoticeKind;
  number: string;
  title: string;
  centreName: string;
  /** China-local date as written on the notice, e.g. 2026年11月24日. */
  issuedAt: string;
  /** The same instant, ISO 8601 (PDF metadata). */
  issuedAtIso: string;
  caseNumber: string;
  itemName: string;
  /** The department's full legal name. */
  department: string;
  /** In whose name the notice is issued (head and seal): the centre for receipts, the department for its decisions. */
  issuer: string;
  /** The full name (the notice is the applicant's own); the identity number with its middle hidden. */
  applicant: { name: string; idLabel: string; idNumberMasked: string };
  /** The salutation line, e.g. 张三： */
  addressee: string;
  /** Body before the table. */
  paragraphs: string[];
  table?: NoticeTable;
  /** Body after the table. */
  closing: string[];
  deadlines: { label: string; value: string }[];
  /** Where the centre's seal goes. */
  stamp: string;
  /** Small print at the foot. */
  remarks: string[];
  /** A signature image (PNG) to place under the body, e.g. the recipient's on a 送达回证. */
  signature?: { label: string; objectKey: string };
  /** Lines to sign by hand on the paper, e.g. 送达人（签名）, each with room for the name and date. */
  signatureLines?: string[];
  /** 办件查询码 and the address of the progress page, printed as a QR code. */
  progress?: { queryCode: string; url?: string };
}

type NoticeBody = Pick<NoticeDocument, 'paragraphs' | 'table' | 'closing' | 'deadlines' | 'signature' | 'signatureLines' | 'progress'>;

interface NoticeKindSpec {
  /** The title printed on the notice. */
  title: string;
  /** Two or three capitals in the notice number (HZ-SJ-20261124-0001); each kind is its own numbered series. */
  code: string;
  /** The actions whose audit lines may issue it: other lines are passed over without reading the case. */
  on: readonly CaseAction[];
  /** Receipts and hall notices go out in the centre's name; the department's decisions in its full legal name. */
  issuedBy: 'centre' | 'department';
  /** Whether this audit line of this case issues the notice. */
  due(audit: AuditEntry, record: NoticeCase): boolean;
  compose(facts: NoticeFacts, text: FactText): NoticeBody;
}

export const STAMP_TEXT = '（政务服务中心业务专用章）';
export const DEPARTMENT_STAMP_TEXT = '（行政许可专用章）';

/** A line to sign by hand, with the day written beside it. */
const signLine = (who: string) => `${who}签名：＿＿＿＿＿＿＿＿　　日期：　　　　年　　月　　日`;

const INTAKE_ACTIONS: readonly CaseAction[] = ['register', 'complete_intake'];

/** An application taken in (registered, deferred or decided on the spot) rather than sent back for correction. */
function takenIn(audit: AuditEntry): boolean {
  return INTAKE_ACTIONS.includes(audit.action) && audit.result === 'ok' && audit.toState !== 'incomplete';
}

/** The applicant as every notice names them: a person masked (family name only), a legal person in full. */
const applicantName = (c: Pick<NoticeCase, 'applicant'>) => (c.applicant.kind === 'person' ? maskName(c.applicant.name) : c.applicant.name);

/** The audit line that moved the case into `state`. */
const enters = (state: CaseRecord['state']) => (audit: AuditEntry) => audit.result === 'ok' && audit.toState === state;

/** How a notice names the application it answers. */
const applicationRef = (c: NoticeCase) =>
  `您（单位）于${chinaDateText(c.receivedAt)}提出的“${c.itemName}”申请（办件编号：${c.caseNumber}）`;

/** Every problem to correct, told at once (第32条第1款第4项). */
const problemTable = (problems: readonly { name: string; problem: string }[]): NoticeTable => ({
  caption: '需要补正的材料',
  columns: [
    { header: '序号', width: 1 },
    { header: '材料名称', width: 4 },
    { header: '存在问题及补正要求', width: 7 },
  ],
  rows: problems.map((p, i) => [String(i + 1), p.name, p.problem]),
});

export const NOTICE_KINDS = {
  /** 材料接收告知单: proof the materials were received (行政许可法 第32条: a dated, sealed written voucher). */
  intake_receipt: {
    title: '材料接收告知单',
    code: 'SJ',
    issuedBy: 'centre',
    on: INTAKE_ACTIONS,
    due: (audit) => takenIn(audit),
    compose: (facts, t) => {
      const c = facts.case;
      const byCode = new Map((facts.checklist ?? []).map((m) => [m.code, m]));
      const count = (n: number | undefined) => (n === undefined ? '—' : n === 0 ? '—' : `${n}份`);
      const rows = c.materials.map((m, i) => {
        const spec = byCode.get(m.code);
        const electronicOnly = spec?.form === 'electronic';
        return [String(i + 1), m.name, electronicOnly ? '—' : count(spec?.originals), electronicOnly ? '—' : count(spec?.copies), '已扫描'];
      });
      const paragraphs = [
        `您（单位）于${t.received}向本中心申请办理“${c.itemName}”事项，本中心已收到您提交的申请材料共${c.materials.length}项（详见下表），办件编号为${c.caseNumber}。`,
      ];
      const closing: string[] = [];
      if (c.decidedAtWindow && c.decision) {
        closing.push(`本事项为即办件，本中心已于${chinaDateText(c.decision.decidedAt)}当场受理并办结，办理结果另行送达。`);
      } else {
        closing.push(
          `本中心将按规定将申请材料转${t.department}办理。本事项承诺办结时限为${c.promisedDays}个工作日，自受理之日起计算；` +
            '依法需要听证、检验、检测、鉴定、专家评审等特别程序的，所需时间不计算在办结时限内，届时另行书面告知。',
        );
      }
      if (c.deferred && c.deferred.materials.length > 0) {
        closing.push(
          `另有${c.deferred.materials.length}项材料经您书面承诺予以容缺，未列入上表，请于${t.dueDate}前按《容缺受理通知书》的要求补交。`,
        );
      }
      if (facts.progress) {
        closing.push(
          `办件查询码：${facts.progress.queryCode}。请妥善保管本告知单，凭办件编号和查询码` +
            `${facts.progress.url ? '扫描下方二维码，或' : ''}在本中心“办件进度查询”中查询办理进度。`,
        );
      }
      // A 即办件 was accepted and decided on the spot: the receipt does not deny what just happened.
      closing.push(
        c.decidedAtWindow && c.decision
          ? '本告知单作为本中心接收申请材料的凭证。'
          : '本告知单仅作为本中心接收申请材料的凭证，不代表申请已被受理或者批准。',
      );
      const deadlines: NoticeDocument['deadlines'] = [];
      if (!c.decidedAtWindow) {
        deadlines.push({ label: '承诺办结时限', value: `${limitText(c)}（自受理之日起计算）` });
        if (c.promisedBy)
          deadlines.push({ label: '预计办结日期', value: `${dayText(c.promisedBy)}（如有特别程序则相应顺延）${provisionalNote(c)}` });
      }
      if (c.deferred) deadlines.push({ label: '容缺材料补交期限', value: t.dueDate });
      return {
        paragraphs,
        table: {
          caption: '已接收的申请材料',
          columns: [
            { header: '序号', width: 1 },
            { header: '材料名称', width: 6 },
            { header: '原件', width: 1.4 },
            { header: '复印件', width: 1.6 },
            { header: '电子件', width: 1.6 },
          ],
          rows,
        },
        closing,
        deadlines,
        ...(facts.progress ? { progress: facts.progress } : {}),
      };
    },
  },

  /** 一次性补正告知书 (行政许可法 第32条第1款第4项): every missing or defective material, told once. */
  correction: {
    title: '一次性补正告知书',
    code: 'BZ',
    issuedBy: 'centre',
    on: INTAKE_ACTIONS,
    // Entering 补正 once: there is no second correction round for the same application.
    due: (audit, record) =>
      audit.result === 'ok' &&
      audit.toState === 'incomplete' &&
      audit.fromState !== 'incomplete' &&
      (record.correction?.problems.length ?? 0) > 0,
    compose: (facts, t) => {
      const c = facts.case;
      const problems = c.correction?.problems ?? [];
      return {
        paragraphs: [
          `您（单位）于${t.received}提交的“${c.itemName}”申请材料（办件编号：${c.caseNumber}），经本中心窗口审查，申请材料不齐全或者不符合法定形式。` +
            `依据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，现将需要补正的全部内容（共${problems.length}项）一次性告知如下：`,
        ],
        table: problemTable(problems),
        closing: [
          '请您按照上表要求补齐、补正全部材料后，携带本告知书到本中心综合受理窗口提交。' +
            `补正材料齐全、符合法定形式的，本中心将对申请予以审查并受理，转${t.department}办理。`,
          '本告知书所列为需要补正的全部内容，本中心不再就本次申请要求补正本告知书未列明的材料。办理时限自申请受理之日起计算。',
          '如对本告知内容有疑问，可向本中心综合受理窗口咨询。',
        ],
        deadlines: [],
      };
    },
  },

  /** 容缺受理通知书: accepted with secondary materials missing, under the applicant's written commitment. */
  deferred_acceptance: {
    title: '容缺受理通知书',
    code: 'RQ',
    issuedBy: 'centre',
    on: INTAKE_ACTIONS,
    due: (audit, record) => takenIn(audit) && (record.deferred?.materials.length ?? 0) > 0,
    compose: (facts, t) => {
      const c = facts.case;
      const deferred = c.deferred!;
      return {
        paragraphs: [
          `您（单位）于${t.received}申请办理的“${c.itemName}”事项（办件编号：${c.caseNumber}），主要申请材料齐全、符合法定形式，下表所列${deferred.materials.length}项材料暂缺。` +
            '经您书面承诺在规定期限内补交，本中心依据容缺受理有关规定，对您的申请予以容缺受理。',
        ],
        table: {
          caption: '容缺材料',
          columns: [
            { header: '序号', width: 1 },
            { header: '容缺材料名称', width: 7 },
            { header: '补交期限', width: 4 },
          ],
          rows: deferred.materials.map((m, i) => [String(i + 1), m.name, `${t.dueDate}前`]),
        },
        closing: [
          `申请人承诺：${deferred.commitment}`,
          `请您于${t.dueDate}前（含当日）将上述材料补交至本中心综合受理窗口。本事项承诺办结时限为${c.promisedDays}个工作日，自受理之日起计算。`,
          '逾期未补交或者补交的材料不符合要求的，本中心将依照容缺受理有关规定终止办理，由此产生的后果由申请人承担。',
        ],
        deadlines: [
          { label: '容缺材料补交期限', value: t.dueDate },
          { label: '承诺办结时限', value: `${c.promisedDays}个工作日（自受理之日起计算）` },
        ],
        // The commitment binds the applicant: they sign it on the paper they keep a copy of.
        signatureLines: [signLine('承诺人（申请人）')],
      };
    },
  },

  /** 受理通知书 (第32条第1款第5项): the application is accepted; the limit runs from the 受理 day. */
  acceptance: {
    title: '受理通知书',
    code: 'SL',
    issuedBy: 'department',
    on: ['accept'],
    due: enters('accepted'),
    compose: (facts, t) => {
      const c = facts.case;
      const acceptance = c.acceptance!;
      const deemed = acceptance.deemed
        ? `因未在收到申请材料之日起五个工作日内告知补正，依据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，自收到申请材料之日（${dayText(acceptance.acceptedOn)}）起即为受理。`
        : '';
      const deadlines: NoticeDocument['deadlines'] = [
        { label: '受理日期', value: dayText(acceptance.acceptedOn) },
        { label: '承诺办结时限', value: limitText(c) },
      ];
      if (c.promisedBy)
        deadlines.push({ label: '承诺办结日期', value: `${dayText(c.promisedBy)}（特别程序所需时间不计算在内）${provisionalNote(c)}` });
      return {
        paragraphs: [
          `${applicationRef(c)}，申请材料齐全、符合法定形式。` +
            `依据《中华人民共和国行政许可法》第三十二条第一款第（五）项的规定，${t.department}决定予以受理。${deemed}`,
        ],
        closing: [
          `本事项承诺办结时限为${limitText(c)}，自受理之日起计算。依法需要听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审、勘验等特别程序的，所需时间不计算在办结时限内，届时另行书面告知。`,
          '办理结果将通过本中心统一出件窗口送达，请留意领取通知。',
        ],
        deadlines,
      };
    },
  },

  /** 不予受理通知书 (第32条第1款第1、2项, 第38条第2款): the reason, its legal basis and the applicant's remedies. */
  not_accepted: {
    title: '不予受理通知书',
    code: 'BSL',
    issuedBy: 'department',
    on: ['refuse'],
    due: enters('not_accepted'),
    compose: (facts, t) => {
      const c = facts.case;
      const refusal = c.refusal!;
      const bodies = facts.department;
      const review = bodies ? `向${bodies.reviewBody}` : '依法';
      const court = bodies ? `向${bodies.court}` : '依法向人民法院';
      return {
        paragraphs: [
          `${applicationRef(c)}，经${t.department}审查，决定不予受理。`,
          `不予受理的理由：${refusal.reason}`,
          `法律依据：${refusal.legalBasis}`,
        ],
        closing: [
          `如不服本决定，可以自收到本通知书之日起六十日内${review}申请行政复议，或者自收到本通知书之日起六个月内${court}提起行政诉讼。`,
          '您提交的申请材料原件可凭本通知书到本中心综合受理窗口领回。',
        ],
        deadlines: [
          { label: '申请行政复议期限', value: '收到本通知书之日起六十日内' },
          ...(bodies ? [{ label: '行政复议机关', value: bodies.reviewBody }] : []),
          { label: '提起行政诉讼期限', value: '收到本通知书之日起六个月内' },
          ...(bodies ? [{ label: '行政诉讼管辖法院', value: bodies.court }] : []),
        ],
      };
    },
  },

  /** 补正材料通知书 from the back office: everything at once, with the day to bring it. */
  supplement_request: {
    title: '补正材料通知书',
    code: 'HBZ',
    issuedBy: 'department',
    on: ['request_supplement'],
    due: enters('supplement_requested'),
    compose: (facts, t) => {
      const c = facts.case;
      const request = c.supplementRequest!;
      return {
        paragraphs: [
          `${applicationRef(c)}，经${t.department}审查，申请材料存在下列问题。` +
            `依据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，现将需要补正的全部内容（共${request.problems.length}项）一次性告知如下：`,
        ],
        table: problemTable(request.problems),
        closing: [
          `请您于${dayText(request.dueDate)}前（含当日）将补正材料提交至本中心综合受理窗口。补正材料齐全、符合法定形式的，将予以受理。`,
          '逾期未补正的，视为您撤回申请。本通知书所列为需要补正的全部内容。',
        ],
        deadlines: [{ label: '补正期限', value: dayText(request.dueDate) }],
      };
    },
  },

  /** 特别程序告知书 (第45条): the procedure and that its time is not counted in the limit. */
  special_procedure: {
    title: '特别程序告知书',
    code: 'TB',
    issuedBy: 'department',
    on: ['start_special_procedure'],
    due: enters('special_procedure'),
    compose: (facts) => {
      const c = facts.case;
      const pause = c.pauses![c.pauses!.length - 1]!;
      const name = SPECIAL_PROCEDURE_KINDS[pause.kind];
      const deadlines: NoticeDocument['deadlines'] = [{ label: '特别程序开始日期', value: chinaDateText(pause.startedAt) }];
      if (pause.expectedDays) deadlines.push({ label: '预计所需时间', value: `${pause.expectedDays}个工作日` });
      return {
        paragraphs: [
          `您（单位）申请的“${c.itemName}”事项（办件编号：${c.caseNumber}），依法需要进行${name}。理由：${pause.reason}`,
          `依据《中华人民共和国行政许可法》第四十五条的规定，${name}所需时间不计算在办结时限内。${name}结束后，办结时限继续计算，办结日期相应顺延。`,
        ],
        closing: ['特别程序结束后，本中心将及时告知办理进度；您也可凭办件编号查询。'],
        deadlines,
      };
    },
  },

  /** 延长审批期限告知书 (第42条): the extension, its reason and the new last day. */
  extension: {
    title: '延长审批期限告知书',
    code: 'YQ',
    issuedBy: 'department',
    on: ['extend'],
    due: (audit) => audit.result === 'ok',
    compose: (facts) => {
      const c = facts.case;
      const extension = c.extension!;
      const deadlines: NoticeDocument['deadlines'] = [{ label: '延长期限', value: `${extension.days}个工作日` }];
      if (c.promisedBy) deadlines.push({ label: '延长后办结日期', value: `${dayText(c.promisedBy)}${provisionalNote(c)}` });
      return {
        paragraphs: [
          `您（单位）申请的“${c.itemName}”事项（办件编号：${c.caseNumber}），因${extension.reason}，不能在承诺时限内作出决定。` +
            `经本行政机关负责人批准，依据《中华人民共和国行政许可法》第四十二条的规定，审批期限延长${extension.days}个工作日。`,
        ],
        closing: ['特此告知。'],
        deadlines,
      };
    },
  },

  /** 领取通知: the result is at the output window (or will be mailed), and how to get it. */
  collection_notice: {
    title: '领取通知',
    code: 'LQ',
    issuedBy: 'centre',
    on: ['result_ready'],
    due: enters('result_ready'),
    compose: (facts) => {
      const c = facts.case;
      const r = c.result;
      return {
        paragraphs: [`${applicationRef(c)}已办结，办理结果${r ? `《${r.title}》（编号：${r.number}）` : ''}已送达本中心统一出件窗口。`],
        closing: [collectionText(c, facts.centreName), '如有疑问，可凭办件编号向本中心出件窗口咨询。'],
        deadlines: r?.validUntil
          ? [{ label: '结果有效期', value: `${r.validFrom ? `${dayText(r.validFrom)}至` : '至'}${dayText(r.validUntil)}` }]
          : [],
      };
    },
  },

  /** 送达回证: what was served, how, on whom and when — signed by the recipient, or the courier's tracking number. */
  service_receipt: {
    title: '送达回证',
    code: 'SD',
    issuedBy: 'centre',
    on: ['hand_over'],
    due: enters('delivered'),
    compose: (facts, t) => {
      const c = facts.case;
      const h = c.handover!;
      const r = c.result;
      const document = r ? `《${r.title}》（编号：${r.number}）` : '办理结果';
      const rows: string[][] = [['送达文书', document]];
      if (h.method === 'pickup') {
        const who = h.recipient.kind === 'applicant' ? '申请人本人' : '代领人（凭授权委托书）';
        rows.push(
          ['送达方式', '窗口领取（直接送达）'],
          ['受送达人', t.applicant],
          [
            '签收人',
            `${h.recipient.kind === 'applicant' ? t.applicant : h.recipient.name}（${who}，证件号码${h.recipient.idNumberMasked}）`,
          ],
          ['送达地点', `${facts.centreName}统一出件窗口`],
          ['送达时间', chinaDateText(h.handedOverAt)],
        );
      } else {
        // Proof of service: the address in full, as the applicant gave it (or last changed it).
        const a = facts.personal?.delivery?.address ?? c.dispatch?.address;
        rows.push(
          ['送达方式', '邮寄送达'],
          ['受送达人', t.applicant],
          ['收件地址', a ? `${a.province ?? ''}${a.city}${a.district ?? ''}${a.street}（收件人${a.recipient}）` : '—'],
          ['承运单位及运单号', `${h.carrier} ${h.trackingNumber}`],
          ['寄出日期', dayText(h.sentOn)],
          ['签收日期', dayText(h.receivedOn)],
        );
      }
      return {
        paragraphs: [`${applicationRef(c)}的办理结果已依法送达，送达情况如下：`],
        table: {
          caption: '送达情况',
          columns: [
            { header: '项目', width: 3 },
            { header: '内容', width: 9 },
          ],
          rows,
        },
        closing:
          h.method === 'pickup'
            ? ['受送达人已当场查验并签收上述文书，签名如下。']
            : ['上述文书以邮寄方式送达，以承运单位的签收记录（运单号）为送达凭证。'],
        deadlines: [],
        ...(h.method === 'pickup' ? { signature: { label: '受送达人签名', objectKey: h.signature.objectKey } } : {}),
        // 送达人 signs every receipt; on a mailed one the 受送达人 field stays for the carrier's signed slip.
        signatureLines: [...(h.method === 'courier' ? [signLine('受送达人')] : []), signLine(`送达人 ${h.handedOverBy.name}`)],
      };
    },
  },

  /** 容缺材料补交回执: the deferred materials brought at this visit, and what is still owed. */
  deferred_receipt: {
    title: '容缺材料补交回执',
    code: 'RB',
    issuedBy: 'centre',
    on: ['bring_deferred'],
    due: (audit) => audit.result === 'ok',
    compose: (facts) => {
      const c = facts.case;
      const materials = c.deferred?.materials ?? [];
      // The materials this visit brought: the audit line's instant is their broughtAt.
      const brought = materials.filter((m) => m.broughtAt === facts.issuedAt);
      const owed = materials.filter((m) => !m.broughtAt);
      const closing =
        owed.length > 0
          ? [
              `尚有${owed.length}项容缺材料未补交：${owed.map((m) => `「${m.name}」（${dayText(m.dueDate ?? c.deferred!.dueDate)}前）`).join('、')}，请按期补交。`,
            ]
          : ['您承诺补交的容缺材料已全部补齐，本中心将转审批部门继续办理。'];
      return {
        paragraphs: [
          `您（单位）于${chinaDateText(c.receivedAt)}容缺受理的“${c.itemName}”申请（办件编号：${c.caseNumber}），本中心于${chinaDateText(facts.issuedAt)}收到您补交的下列容缺材料：`,
        ],
        table: {
          caption: '本次补交的容缺材料',
          columns: [
            { header: '序号', width: 1 },
            { header: '材料名称', width: 6 },
            { header: '补交期限', width: 3 },
            { header: '是否逾期', width: 2 },
          ],
          rows: brought.map((m, i) => [String(i + 1), m.name, dayText(m.dueDate ?? c.deferred!.dueDate), m.late ? '逾期补交' : '按期补交']),
        },
        closing: [...closing, '本回执仅作为本中心接收补交材料的凭证。'],
        deadlines: [],
      };
    },
  },

  /** 撤回申请确认书: the applicant withdrew (or, not bringing a correction in time, is deemed to have). */
  withdrawal: {
    title: '撤回申请确认书',
    code: 'CH',
    issuedBy: 'centre',
    on: ['withdraw', 'lapse'],
    due: enters('withdrawn'),
    compose: (facts) => {
      const c = facts.case;
      const w = c.withdrawal!;
      const deemed = w.recordedBy.role === 'system';
      return {
        paragraphs: deemed
          ? [`${applicationRef(c)}，因您未在规定期限内补正材料（${w.reason}），依照有关规定视为您撤回申请，本中心终止对该申请的办理。`]
          : [
              `${applicationRef(c)}，本中心已于${chinaDateText(w.withdrawnAt)}收到您撤回申请的书面请求，现确认该申请已撤回，本中心终止对该申请的办理。`,
              `撤回理由：${w.reason}`,
            ],
        closing: ['您提交的申请材料原件可凭本确认书到本中心综合受理窗口领回。撤回后如需办理，可重新提出申请。'],
        deadlines: [{ label: '撤回日期', value: chinaDateText(w.withdrawnAt) }],
      };
    },
  },

  /** 终止办理通知书: a 容缺 commitment was not kept (容缺承诺未履行) and the item's rule ends the case. */
  termination: {
    title: '终止办理通知书',
    code: 'ZZ',
    issuedBy: 'centre',
    on: ['terminate'],
    due: enters('terminated'),
    compose: (facts) => {
      const c = facts.case;
      const t = c.termination!;
      const missed = c.deferred?.missed?.materials ?? [];
      return {
        paragraphs: [
          `${applicationRef(c)}系容缺受理。您书面承诺于规定期限内补交容缺材料，但下列材料至今未补交。依照容缺受理有关规定及您签署的承诺书，本中心决定终止办理该申请。`,
        ],
        table: {
          caption: '逾期未补交的容缺材料',
          columns: [
            { header: '序号', width: 1 },
            { header: '材料名称', width: 7 },
            { header: '补交期限', width: 4 },
          ],
          rows: missed.map((m, i) => [String(i + 1), m.name, dayText(m.dueDate)]),
        },
        closing: [`终止理由：${t.reason}`, '您提交的申请材料原件可凭本通知书到本中心综合受理窗口领回。补齐全部材料后，可重新提出申请。'],
        deadlines: [{ label: '终止办理日期', value: chinaDateText(t.terminatedAt) }],
      };
    },
  },
} as const satisfies Record<string, NoticeKindSpec>;

export type NoticeKind = keyof typeof NOTICE_KINDS;

/** In issuing order: the receipt comes before the notice that explains what is still owed. */
export const NOTICE_KIND_LIST = Object.keys(NOTICE_KINDS) as NoticeKind[];

export function isNoticeKind(value: string): value is NoticeKind {
  return Object.hasOwn(NOTICE_KINDS, value);
}

const spec = (kind: NoticeKind): NoticeKindSpec => NOTICE_KINDS[kind];

/** Whether an audit line could issue any notice at all, judged from the line alone. */
export function mayIssueNotices(audit: AuditEntry): boolean {
  return audit.result === 'ok' && NOTICE_KIND_LIST.some((kind) => spec(kind).on.includes(audit.action));
}

/** The notices an audit line of a case issues (none for most lines), in issuing order. */
export function noticesFor(audit: AuditEntry, record: NoticeCase): NoticeKind[] {
  if (audit.caseNumber !== record.caseNumber || !mayIssueNotices(audit)) return [];
  return NOTICE_KIND_LIST.filter((kind) => spec(kind).on.includes(audit.action) && spec(kind).due(audit, record));
}

/**
 * Notice number: centre, kind, China-local day of issue, daily sequence — e.g. HZ-SJ-20261124-0001.
 * Each kind has its own series per centre and day, as paper registers (台账) are kept per document kind.
 */
export function noticeNumber(kind: NoticeKind, centreCode: string, date: string, seq: number): string {
  if (!/^[A-Za-z0-9]{1,16}$/.test(centreCode)) throw new Error(`Not a centre code: ${centreCode}`);
  if (!/^\d{8}$/.test(date)) throw new Error(`Not a yyyymmdd date: ${date}`);
  if (!Number.isInteger(seq) || seq < 1 || seq > 9999) throw new Error(`Notice sequence out of range (1–9999): ${seq}`);
  return `${centreCode}-${NOTICE_KINDS[kind].code}-${date}-${String(seq).padStart(4, '0')}`;
}

/**
 * The id of the notice an audit line issues: the line's seq and the kind. A redelivered audit line
 * names the same notice, so it cannot issue a second one.
 */
export function noticeId(auditSeq: number, kind: NoticeKind): string {
  return `${String(auditSeq).padStart(6, '0')}-${kind}`;
}

export const NOTICE_ID_PATTERN = /^\d{6}-[a-z_]{1,40}$/;

/** Where a notice's PDF is kept: with the case's other objects in the materials bucket. */
export function noticeObjectKey(caseNumber: string, id: string): string {
  return `notices/${caseNumber}/${id}.pdf`;
}

/**
 * A notice as recorded with its case: `issued`, written with its number once its PDF is stored.
 * (`numbered`: recorded before its PDF was stored, as notices once were; finished under that number.)
 */
export interface NoticeRecord {
  caseNumber: string;
  noticeId: string;
  kind: NoticeKind;
  number: string;
  title: string;
  /** The audit line that issued it. */
  auditSeq: number;
  /** ISO instant of that line: the notice's date. */
  issuedAt: string;
  status: 'numbered' | 'issued';
  objectKey?: string;
  sha256?: string;
  size?: number;
  storedAt?: string;
}

/** The China-local (UTC+8) date of an instant as written on documents: 2026年11月24日. */
export function chinaDateText(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw new Error(`Not a date: ${iso}`);
  const local = new Date(at.getTime() + 8 * 3_600_000);
  return `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日`;
}

/** A calendar day (YYYY-MM-DD, already China-local) as written on documents. */
export function dayText(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : chinaDateText(day);
}

/** The promised limit with its unit (时限单位): 工作日, or 自然日 for items counted in natural days. */
export function limitText(c: Pick<NoticeCase, 'promisedDays' | 'limitUnit'>): string {
  return `${c.promisedDays}个${c.limitUnit === 'natural_day' ? '自然日' : '工作日'}`;
}

/** A date counted through a year whose holiday schedule is not published yet says so. */
export const PROVISIONAL_NOTE = '以国务院公布的节假日安排为准';
function provisionalNote(c: Pick<NoticeCase, 'provisional'>): string {
  return c.provisional ? `（该年度节假日安排尚未公布，暂按法定节假日推算，${PROVISIONAL_NOTE}）` : '';
}

interface FactText {
  received: string;
  dueDate: string;
  /** The department's full legal name. */
  department: string;
  /** The applicant's name as this notice prints it. */
  applicant: string;
}

const ID_LABEL: Record<Applicant['kind'], string> = { person: '居民身份证号码', legal_person: '统一社会信用代码' };

/**
 * Builds a notice. The applicant is named in full when the opened personal data is given (the notice
 * is theirs); the identity number is always masked again here, so a notice never shows it whole.
 */
export function buildNotice(kind: NoticeKind, facts: NoticeFacts): NoticeDocument {
  const c = facts.case;
  const addresseeName = facts.personal?.applicant.name ?? applicantName(c);
  const department = facts.department?.fullName ?? c.department;
  const text: FactText = {
    received: chinaDateText(c.receivedAt),
    dueDate: c.deferred ? dayText(c.deferred.dueDate) : '',
    department,
    applicant: addresseeName,
  };
  const byDepartment = spec(kind).issuedBy === 'department';
  const body = spec(kind).compose(facts, text);
  return {
    kind,
    number: facts.number,
    title: NOTICE_KINDS[kind].title,
    centreName: facts.centreName,
    issuedAt: chinaDateText(facts.issuedAt),
    issuedAtIso: new Date(facts.issuedAt).toISOString(),
    caseNumber: c.caseNumber,
    itemName: c.itemName,
    department,
    issuer: byDepartment ? department : facts.centreName,
    applicant: { name: addresseeName, idLabel: ID_LABEL[c.applicant.kind], idNumberMasked: maskIdNumber(c.applicant.idNumberMasked) },
    addressee: `${addresseeName}：`,
    ...body,
    stamp: byDepartment ? DEPARTMENT_STAMP_TEXT : STAMP_TEXT,
    remarks: [
      `本文书一式两份，一份交申请人，一份由${byDepartment ? '本机关' : '本中心'}存档。`,
      // The receipt says how to follow the case in its body, with the query code.
      ...(facts.progress ? [] : [`凭办件编号${c.caseNumber}可查询办理进度。`]),
    ],
  };
}
