/**
 * What each function of functions/manifest.ts may touch, beyond writing its own logs and X-Ray traces.
 * Every function must have an entry: the stack refuses to build a function that has none, so a new
 * function gets its permissions decided here, deliberately.
 */
export interface FunctionAccess {
  /** Items and the gsi1 index of the table (`append`: dynamodb:PutItem only, no read, update or delete). */
  readonly table?: 'read' | 'readwrite' | 'append';
  /** Materials bucket: `presign` PutObject (presigned uploads), GetObject (verifying uploads) and ListBucket; `read` GetObject and ListBucket. */
  readonly materials?: 'presign' | 'read';
  /**
   * Archive bucket: `write` puts objects with their Object Lock retention (PutObject, PutObjectRetention),
   * `read` reads them and their retention (GetObject, GetObjectRetention, ListBucket); write includes read.
   */
  readonly archive?: 'write' | 'read';
  /**
   * Applicant personal data: `seal` encrypts it (kms:GenerateDataKey) and computes applicant keys
   * (kms:GenerateMac); `open` reads it back (kms:Decrypt); drafts do both; `mac` only computes
   * applicant keys (lookups).
   */
  readonly personalData?: 'seal' | 'open' | 'seal_and_open' | 'mac';
  /** states:SendTaskSuccess / SendTaskFailure on the case state machine. */
  readonly taskResponse?: boolean;
  /** states:StartExecution on the case state machine, and StopExecution on its executions (撤回). */
  readonly startExecution?: boolean;
  /** states:DescribeExecution on the case state machine's executions (the reconciler). */
  readonly describeExecutions?: boolean;
  /** events:PutEvents on the onewindow bus. */
  readonly putEvents?: boolean;
  /** Consume the table's stream (AUDIT# inserts, or the manifest's streamRecords) through an event source mapping. */
  readonly tableStream?: boolean;
  /** sns:Publish of SMS straight to phone numbers (no topic). */
  readonly sms?: boolean;
  /**
   * The audit trail's table: `append` adds lines (dynamodb:PutItem only: no read, update or delete);
   * `read` reads them (Query, GetItem). No function has both.
   */
  readonly audit?: 'append' | 'read';
  /** The archive verification queue: `send` puts slices on it; `consume` is fed by it (and puts back the rest of a slice). */
  readonly verifyQueue?: 'send' | 'consume';
  /** execute-api:ManageConnections on the hall screens' WebSocket stage (posting the board to screens). */
  readonly push?: boolean;
}

export const FUNCTION_ACCESS: Readonly<Record<string, FunctionAccess>> = {
  health: { table: 'read', materials: 'read' }, // probes: one GetItem, one GetObject of a missing key
  openapi: {},
  items: { table: 'readwrite', audit: 'append' },
  uploads: { table: 'readwrite', materials: 'presign' },
  intake: { table: 'readwrite', personalData: 'seal' },
  drafts: { table: 'readwrite', personalData: 'seal_and_open' },
  'personal-data': { table: 'readwrite', personalData: 'open' },
  applicants: { table: 'readwrite', personalData: 'mac', audit: 'append' },
  'audit-trail': { audit: 'read', personalData: 'mac' },
  'deadline-sweep': { table: 'readwrite', putEvents: true },
  supervision: { table: 'read' },
  progress: { table: 'read' },
  ratings: { table: 'readwrite', audit: 'append' },
  tickets: { table: 'readwrite', audit: 'append' },
  // putEvents: loading a year moves deadlines, and the lights that change go on the bus (CaseWarning).
  calendar: { table: 'readwrite', putEvents: true, audit: 'append' },
  'county-intake': { table: 'readwrite', putEvents: true, personalData: 'seal' },
  'county-events': { table: 'readwrite', putEvents: true },
  // readwrite: handing out a notice (it names the applicant in full) is recorded in the personal-data access log.
  notices: { table: 'readwrite', materials: 'presign' },
  // open: a notice names the applicant in full and a mailed 送达回证 shows the whole address; each opening is recorded.
  'notice-renderer': { tableStream: true, table: 'readwrite', materials: 'presign', personalData: 'open' },
  cases: { table: 'read' }, // GET routes only
  // The supplement route too: a correction the back office asked for resumes the case's review.
  decisions: { table: 'readwrite', taskResponse: true },
  'higher-authority': { table: 'readwrite', taskResponse: true, putEvents: true },
  // seal_and_open: a changed courier address is sealed again, and the presented identity number hashed (GenerateMac);
  // presign: the signature image is read back to check it can go on the 送达回证.
  handovers: { table: 'readwrite', taskResponse: true, personalData: 'seal_and_open', materials: 'presign' },
  notifications: { table: 'read' },
  // open: the applicant's mobile number is read from the sealed data only to send the message.
  notifier: { tableStream: true, table: 'readwrite', personalData: 'open', sms: true },
  'case-step': { table: 'readwrite' },
  // Compares each open case with its execution; restarts (StartExecution) or resumes (SendTaskSuccess) it.
  'case-reconciler': { table: 'readwrite', describeExecutions: true, startExecution: true, taskResponse: true },
  // Reads the case file from the materials bucket; writes the package; marks the case archived.
  'case-archiver': { table: 'readwrite', materials: 'read', archive: 'write', putEvents: true },
  'archive-daily': { table: 'read', archive: 'write' },
  // {caseNumber}: verifies at once; otherwise splits the archive into slices on the verification queue.
  'archive-verify': { table: 'readwrite', archive: 'read', putEvents: true, verifyQueue: 'send' },
  'archive-verify-batch': { table: 'readwrite', archive: 'read', putEvents: true, verifyQueue: 'consume' },
  archive: { table: 'read', archive: 'read' }, // presigned GETs only
  // The hall (#12): calls push the board to the screens; the pad's ratings and window changes go on the audit trail.
  hall: { table: 'readwrite', audit: 'append', push: true },
  // 预约: a booking seals the applicant's data (and hashes the identity number) and opens the mobile to send the code by SMS.
  'hall-bookings': { table: 'readwrite', personalData: 'seal_and_open', sms: true },
  // $connect / $disconnect of the hall screens: the connection rows only.
  'hall-push': { table: 'readwrite' },
  // Records no-shows and sends booking SMS that failed the first time.
  'hall-no-shows': { table: 'readwrite', personalData: 'open', sms: true },
  // Reads the case to deliver its outbox of resumptions (taskResponse) and to name the run it stops.
  // Only adds the audit lines case heads carry (conditional PutItem): it reads nothing but the stream.
  'audit-writer': { tableStream: true, table: 'append' },
  'case-events': { tableStream: true, table: 'read', putEvents: true, startExecution: true, taskResponse: true },
};
