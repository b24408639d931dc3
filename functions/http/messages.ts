import { STATE_LABELS } from '#domain/progress';
import { HALL_MESSAGES } from './messages-hall';

/**
 * The clerk's language (issue 10 §5). Errors carry a stable English `code` for programs and an
 * English text where they are thrown; what a clerk or applicant reads is the Chinese text of this
 * catalog, keyed by code and filled from the error's details. `Accept-Language: en` keeps the
 * English text. One catalog (not texts spread over every module) so that a new code without a
 * Chinese text is caught by a test (tests/unit/messages.test.ts) rather than by a clerk.
 */
export type Language = 'zh' | 'en';

type Details = Record<string, unknown>;
type Template = (d: Details) => string;

const v = (value: unknown, fallback = ''): string => (value === undefined || value === null || value === '' ? fallback : String(value));
const caseRef = (d: Details) => (d.caseNumber ? `办件 ${v(d.caseNumber)} ` : '该办件');
const stateName = (state: unknown) =>
  typeof state === 'string' && state in STATE_LABELS ? STATE_LABELS[state as keyof typeof STATE_LABELS] : v(state, '未登记');
const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);
const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`);
/** Distinct rows (by line) among import errors. */
const rowsOf = (errors: unknown) => (Array.isArray(errors) ? new Set(errors.map((e: { line?: unknown }) => e.line)).size : 0);

export const ZH_MESSAGES: Record<string, Template> = {
  // The HTTP edge: authentication, request shape, limits.
  unauthorized: (d) =>
    d.reason === 'ERR_JWT_EXPIRED'
      ? '登录已过期，请重新登录。'
      : d.reason
        ? '登录凭证无效，请重新登录。'
        : '请先登录：请求未携带登录凭证（Authorization: Bearer …）。',
  no_role: () => '您的账号没有一窗通办角色，请联系中心管理员分配。',
  no_centre: () => '工作人员账号必须属于一个政务服务中心。',
  no_department: () => '后台审批人员账号必须属于一个部门。',
  role_not_allowed: (d) => `您的角色无权办理此项操作${Array.isArray(d.allowed) ? `（可办理的角色：${d.allowed.join('、')}）` : ''}。`,
  invalid_body: () => '请求内容有误。',
  invalid_query: () => '查询参数有误。',
  invalid_path: () => '地址中的参数有误。',
  invalid_json: () => '请求内容不是有效的 JSON。',
  missing_body: () => '此请求需要 JSON 格式的请求内容。',
  unexpected_body: () => '此请求不接受请求内容。',
  unsupported_media_type: () => '请以 JSON 格式发送请求内容（Content-Type: application/json）。',
  body_too_large: (d) => `请求内容过大（上限 ${sizeText(Number(d.limit ?? 10 * 1024 * 1024))}）；扫描件请通过 /uploads 上传。`,
  invalid_uri: () => '请求地址编码有误（百分号编码不完整或不是 UTF-8）。',
  no_route: () => '没有这个接口，请查看 /openapi.json。',
  method_not_allowed: (d) => `此地址不支持该请求方法${Array.isArray(d.allowed) ? `（支持：${d.allowed.join('、')}）` : ''}。`,
  too_many_requests: () => '请求过于频繁，请稍候再试。',
  internal_error: () => '系统内部出错，未做任何更改；请重试，如仍出错请联系技术支持。',
  storage_unavailable: () => '存储服务暂时不可用，未做任何更改；请稍后重试，无需重新采集。',
  storage_uncertain: () => '存储服务未及时响应，本次操作可能已经保存：请先刷新查看办件或记录，确认未保存再重试，无需重新采集。',
  invalid_cursor: () => '翻页参数无效，请从第一页重新查询。',
  invalid_idempotency_key: () => 'Idempotency-Key 须为 1 至 200 个可见 ASCII 字符。',
  idempotency_key_reused: (d) => `此 Idempotency-Key 已用于另一份申请（${v(d.caseNumber)}）；新申请请使用新的 Key。`,
  busy: () => '登记的窗口过多，暂时无法分配办件编号，请重试。',
  // The local system's own endpoints.
  invalid_role: (d) => `角色须为以下之一：${Array.isArray(d.roles) ? d.roles.join('、') : ''}。`,
  invalid_ttl: (d) => `令牌有效期须为 1 至 ${v(d.max)} 秒（12 小时）。`,
  local_only: () => '本地令牌只能从本机（127.0.0.1）申请。',
  no_schedule: () => '没有这个定时任务。',
  // Cases.
  case_not_found: (d) => `没有编号为 ${v(d.caseNumber)} 的办件。`,
  case_changed: (d) => `${caseRef(d)}刚被他人修改，请刷新后查看最新状态。`,
  invalid_state: (d) => `${caseRef(d)}当前状态为「${stateName(d.state)}」，不能办理此项操作。`,
  not_waiting: (d) => `${caseRef(d)}当前不在等待此环节${d.state ? `（状态：${stateName(d.state)}）` : ''}，请刷新后再办理。`,
  step_expired: (d) => `${caseRef(d)}已不再等待此环节（流程已推进或已停止），未做任何更改。`,
  archived: (d) => `${caseRef(d)}已于 ${v(d.archivedAt).slice(0, 10)} 归档（GB/T 42727），归档后不得更改；本次尝试已记录。`,
  other_department: (d) => (d.caseNumber ? `${caseRef(d)}不属于您的部门。` : '只能查看本部门的数据。'),
  not_your_case: (d) => `您无权查看${caseRef(d)}。`,
  not_lead_department: (d) => `${caseRef(d)}由牵头部门办理，您的部门只出具意见。`,
  personal_data_restricted: () => '完整姓名和身份证件号码只向本部门审批人员和出件窗口显示，其他人员看到的是脱敏信息。',
  no_personal_data: (d) => `${caseRef(d)}登记时尚未加密保存身份信息，只有脱敏信息；如需更改请书面记录。`,
  department_required: () => '请指定部门（?department=…）。',
  item_not_found: (d) => `事项目录中没有事项 ${v(d.itemCode)}。`,
  item_version_not_found: (d) => `事项 ${v(d.itemCode)} 没有第 ${v(d.version)} 版。`,
  item_retired: (d) => `事项 ${v(d.itemCode)} 已停用，不再受理新申请。`,
  item_already_retired: (d) => `事项 ${v(d.itemCode)} 已停用。`,
  item_changed: () => '事项刚被他人修改，请刷新后重试（导入时未变化的事项会被跳过）。',
  other_centre_item: (d) =>
    `事项 ${Array.isArray(d.itemCodes) ? d.itemCodes.join('、') : v(d.itemCodes)} 属于其他政务服务中心的实施清单，请为本中心的事项使用本中心的实施编码。`,
  base_item_mismatch: (d) =>
    `该事项实施的基本目录事项 ${v(d.basicCode)} 的${Array.isArray(d.problems) ? d.problems.map((p: { field?: unknown }) => v(p.field)).join('、') : '部分要素'}须与基本目录一致。`,
  base_item_changed: (d) => `基本目录事项 ${v(d.basicCode)} 刚被他人修改，请刷新后重试。`,
  no_window_decision: () => '您的账号未获授权在窗口当场作出决定（即办件），请转交后台审批。',
  import_invalid: (d) => `导入文件有 ${rowsOf(d.errors) || '若干'} 行有问题，未导入任何事项。`,
  negative_list_item: (d) => `该事项列入负面清单，不在综合窗口受理，请到${v(d.departmentWindow, `${v(d.department)}窗口`)}办理。`,
  invalid_id_number: (d) =>
    d.field === 'applicant.idNumber'
      ? '身份证件号码无效（公民身份号码须为 18 位且出生日期和校验码正确；统一社会信用代码须为 18 位且校验码正确），请核对证件。'
      : '证件号码无效，请核对证件。',
  intake_invalid: (d) => `申请有 ${count(d.problems) || count(d.errors) || '若干'} 处问题需要窗口人员更正，未登记。`,
  still_incomplete: (d) => `补正告知书所列材料仍有 ${count(d.problems) || count(d.missing) || '若干'} 项未补齐，申请继续等待补正。`,
  not_incomplete: (d) => `${caseRef(d)}当前状态为「${stateName(d.state)}」，只有待补正的申请才能补交材料。`,
  upload_not_found: () => '没有这个上传，或已过期。',
  not_your_upload: () => '只有发起上传的人才能完成上传。',
  upload_already_checked: () => '该上传已检查过。',
  upload_not_usable: () => '找不到该扫描件、尚未检查或由他人上传，请重新上传。',
  upload_wrong_type: () => '扫描件的文件类型不符合要求，请重新扫描。',
  no_problems: () => '请至少列出一项需补正的材料及其问题。',
  supplement_already_requested: (d) => `${caseRef(d)}已发过补正通知；补正须一次性告知，请直接受理或不予受理。`,
  correction_too_late: (d) => `${caseRef(d)}的补正告知期限已于 ${v(d.reviewDueOn)} 届满，依法自收到材料之日起即为受理；请受理或不予受理。`,
  due_date_passed: (d) => `补正期限（${v(d.dueDate)}）须晚于今天。`,
  due_date_too_late: (d) => `补正期限（${v(d.dueDate)}）不得晚于 ${v(d.latest)}（自今日起 ${v(d.limitDays)} 个工作日的法定时限内）。`,
  not_due: (d) => `${caseRef(d)}的补正期限尚未届满。`,
  no_special_procedure: (d) => `${caseRef(d)}不在特别程序中。`,
  already_extended: (d) => (d.ticketId ? '该工单已延期过一次，只能延期一次。' : `${caseRef(d)}已延长过一次办理期限，依法只能延长一次。`),
  extension_too_long: (d) => `本事项延长期限为 1 至 ${v(d.limit)} 个工作日，申请了 ${v(d.days)} 个。`,
  not_co_department: (d) => `您的部门不是${caseRef(d)}的联办部门。`,
  already_given: (d) => `您的部门已对${caseRef(d)}出具意见。`,
  not_reported_item: (d) => `${caseRef(d)}不是上报件，请在本部门决定。`,
  not_the_authority: (d) => `${caseRef(d)}已上报其他上级机关，只能由该机关决定。`,
  needs_higher_authority: (d) => `${caseRef(d)}是上报件，请上报上级机关决定。`,
  joint_outcome: (d) => {
    const opinions = Array.isArray(d.coOpinions) ? (d.coOpinions as { department?: string; outcome?: string }[]) : [];
    const pending = opinions.filter((o) => !o.outcome).map((o) => o.department);
    const denying = opinions.filter((o) => o.outcome === 'deny').map((o) => o.department);
    if (pending.length > 0) return `联办部门意见尚未齐备：${pending.join('、')}。`;
    if (denying.length > 0) return `${denying.join('、')}不同意；联办件须所有联办部门同意方可准予。`;
    return `${caseRef(d)}的联办部门意见与决定不一致。`;
  },
  result_number_mismatch: () => '扫描的结果文书编号与审批人员填写的编号不一致，请核对是否为正确的文书。',
  result_details_needed: (d) => `${caseRef(d)}没有附结果文书信息，请随扫描件填写文书种类、编号、标题和出具机关。`,
  courier_not_supported: () => '该事项不支持邮寄送达，结果须到出件窗口领取。',
  courier_chosen: (d) => `${caseRef(d)}的申请人选择了邮寄送达，请登记寄出信息或先更改送达方式。`,
  pickup_chosen: (d) => `${caseRef(d)}的申请人选择窗口领取；如改为邮寄，请先更改送达方式。`,
  not_mailed: (d) => `${caseRef(d)}当前状态为「${stateName(d.state)}」，只有已寄出的结果才能登记签收。`,
  received_before_sent: () => '签收日期不能早于寄出日期。',
  no_applicant_key: (d) => `${caseRef(d)}无法核验申请人身份；请由持授权委托书的代领人领取，或通过个人信息接口核对身份。`,
  identity_mismatch: (d) => `出示的证件号码不是${caseRef(d)}申请人的。结果只能交给申请人本人或持授权委托书的代领人。`,
  proxy_id_invalid: () => '代领人的公民身份号码无效（GB 11643），请核对其出示的证件。',
  authorisation_needed: () => '代领人须持申请人的授权委托书，请扫描后提供其 uploadId。',
  signature_unusable: () => '签名图片无法放入送达回证，请重新采集（PNG 格式）。',
  not_ended: (d) => `${caseRef(d)}尚未结束，只有已结束的办件才能归档。`,
  not_archived: (d) => `${caseRef(d)}尚未归档；办件结束后才归档。`,
  notice_not_found: (d) => `${caseRef(d)}没有这份文书（或尚未生成）。`,
  receipt_not_found: (d) => `${caseRef(d)}尚无材料接收告知单：退回补正的申请在材料齐全后出具。`,
  material_not_found: (d) => `${caseRef(d)}没有已扫描的材料 ${v(d.code)}。`,
  not_rateable_yet: (d) => `${caseRef(d)}尚未作出决定，作出决定后才能评价。`,
  already_rated: (d) => `${caseRef(d)}已评价过，一件一评。`,
  comment_required: () => '评价为「不满意」或「非常不满意」时须填写意见，以便部门整改。',
  no_match: () => '没有与该办件编号和查询码相符的办件，请对照材料接收告知单核对。',
  // Drafts, catalog, calendar, statistics, tickets, county systems.
  draft_not_found: () => '没有您暂存的这份申请（暂存件 7 天后过期）。',
  draft_changed: () => '该暂存件已在其他窗口保存过，请先刷新。',
  calendar_invalid: (d) => `该年度节假日安排有 ${count(d.problems) || '若干'} 处问题，未载入。`,
  calendar_missing: () => '工作日历尚未覆盖所需日期，请先载入下一年度的节假日安排。',
  invalid_date: (d) => `${v(d.date)} 不是有效的日历日期。`,
  invalid_range: (d) => `查询起始日期（${v(d.from)}）晚于结束日期（${v(d.to)}）。`,
  range_too_long: () => '查询范围过长，请按年度分段查询。',
  already_flagged: () => '该申请人已有信用标记。',
  no_credit_flag: () => '该申请人没有信用标记。',
  // 容缺 follow-up (domain/deferral.ts).
  deferred_material_outstanding: (d) => {
    const list = Array.isArray(d.materials) ? (d.materials as { name?: unknown; dueDate?: unknown }[]) : [];
    const names = list.map((m) => `「${v(m.name)}」（补交期限${v(m.dueDate)}）`).join('、');
    return `容缺材料${names || ''}尚未补交，不能作出准予决定。请申请人补交后再审批，或作出不予决定。`;
  },
  no_deferred_material: (d) => `${caseRef(d)}没有待补交的容缺材料。`,
  not_deferred: (d) => `${count(d.problems) || '有'}项材料不是本办件待补交的容缺材料，请核对后重新提交。`,
  not_terminable: (d) => `${caseRef(d)}不符合因容缺承诺未履行而终止办理的条件。`,
  credit_flag_changed: () => '该申请人的信用标记刚被他人修改，请重新查询后再操作。',
  ticket_not_found: () => '没有这张工单。',
  ticket_changed: () => '工单刚被他人修改，请刷新。',
  ticket_resolved: () => '该工单已办结，不能再办理。',
  no_due_day: () => '该工单没有可延期的期限（所在年度的工作日历尚未载入）。',
  subject_required: () => '请指定工单所涉部门、事项或办件。',
  unknown_department: (d) => `${v(d.department)} 不是所涉事项或办件的部门。`,
  item_mismatch: (d) => `该办件不属于事项 ${v(d.itemCode)}。`,
  rejection_not_found: () => '没有这份被拒收的县级系统申请。',
  already_replayed: (d) => `该申请已作为办件 ${v(d.caseNumber)} 受理。`,
  invalid_application: () => '申请事件不符合 ApplicationSubmitted 格式。',
  invalid_decision: () => '决定事件不符合 HigherAuthorityDecision 格式。',
  // Text checks at the boundary (functions/http/contracts/shared.ts).
  invalid_text: () => '文字中含有不允许的字符。',
  ...HALL_MESSAGES,
};

/** Codes whose message the domain already writes in Chinese (the upload check names the exact fault). */
export const CHINESE_AT_SOURCE: readonly string[] = ['material_rejected'];

/** The caller's language from Accept-Language: English only when English is asked for first; Chinese otherwise. */
export function languageOf(acceptLanguage: string | undefined): Language {
  const first = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return { tag: tag!.toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((l) => l.tag && l.q > 0)
    .sort((a, b) => b.q - a.q)[0];
  return first?.tag.startsWith('en') ? 'en' : 'zh';
}

/**
 * The message a person reads for an error: the Chinese text of its code (with the detail the English
 * text carries, e.g. which field, after a colon), or the English text where English was asked for.
 */
export function messageFor(code: string, englishMessage: string, details: Details, language: Language, specific?: string): string {
  if (language === 'en') return englishMessage;
  const template = ZH_MESSAGES[code];
  if (!template) return englishMessage;
  const text = template(details);
  return specific ? `${text.replace(/[。.]$/, '')}：${specific}` : text;
}
