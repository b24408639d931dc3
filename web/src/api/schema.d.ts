/* Generated from GET /openapi.json by web/scripts/generate-api.ts; do not edit. */
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness check
         * @description Liveness check
         *
         *     No sign-in needed.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * OpenAPI 3.1 document of this API
         * @description OpenAPI 3.1 document of this API
         *
         *     No sign-in needed.
         */
        get: operations["getOpenApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办件进度查询: progress of a case by its number and the query code given at intake, without signing in
         * @description 办件进度查询: progress of a case by its number and the query code given at intake, without signing in
         *
         *     No sign-in needed.
         */
        post: operations["queryProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/base-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 基本目录: the shared base list above the centres (basic code, name, item type, statutory limit)
         * @description 基本目录: the shared base list above the centres (basic code, name, item type, statutory limit)
         *
         *     Roles: intake_clerk, approver, output_clerk, supervisor, admin.
         */
        get: operations["listBaseItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/base-items/{basicCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Write an entry of the base list (基本目录); centres' implementation items of it keep its item type and statutory limit
         * @description Write an entry of the base list (基本目录); centres' implementation items of it keep its item type and statutory limit
         *
         *     Roles: admin.
         */
        put: operations["saveBaseItem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List catalog items
         * @description List catalog items
         *
         *     Roles: intake_clerk, approver, output_clerk, supervisor, county_system, applicant.
         */
        get: operations["listItems"];
        put?: never;
        /**
         * Create a catalog item (事项) or a new version of it
         * @description Create a catalog item (事项) or a new version of it
         *
         *     Roles: supervisor.
         */
        post: operations["saveItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/items/{itemCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the current version of a catalog item
         * @description Get the current version of a catalog item
         *
         *     Roles: intake_clerk, approver, output_clerk, supervisor, county_system, applicant.
         */
        get: operations["getItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/items/{itemCode}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one version of a catalog item (the one a case was received under)
         * @description Get one version of a catalog item (the one a case was received under)
         *
         *     Roles: intake_clerk, approver, output_clerk, supervisor, county_system.
         */
        get: operations["getItemVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/items/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a county's item list (JSON or CSV), all or nothing
         * @description Import a county's item list (JSON or CSV), all or nothing
         *
         *     Roles: supervisor.
         */
        post: operations["importItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/items/{itemCode}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire an item: no new cases; open cases go on
         * @description Retire an item: no new cases; open cases go on
         *
         *     Roles: supervisor.
         */
        post: operations["retireItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a presigned URL to upload one scanned material
         * @description Get a presigned URL to upload one scanned material
         *
         *     Roles: intake_clerk, output_clerk, approver, county_system.
         */
        post: operations["startUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uploads/{uploadId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check an uploaded material (type, size, SHA-256) once its bytes are in storage
         * @description Check an uploaded material (type, size, SHA-256) once its bytes are in storage
         *
         *     Roles: intake_clerk, output_clerk, approver, county_system.
         */
        post: operations["completeUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive an application (收件): registered, incomplete (一次性补正), deferred (容缺) or decided on the spot (即办)
         * @description Receive an application (收件): registered, incomplete (一次性补正), deferred (容缺) or decided on the spot (即办)
         *
         *     Roles: intake_clerk, county_system.
         */
        post: operations["registerCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseNumber}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw an application at the applicant's request (撤回), any time before it is decided
         * @description Withdraw an application at the applicant's request (撤回), any time before it is decided
         *
         *     Roles: intake_clerk, county_system.
         */
        post: operations["withdrawCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseNumber}/personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The applicant's full name and identity number, for legal review and the identity check at hand-over (each reading is recorded)
         * @description The applicant's full name and identity number, for legal review and the identity check at hand-over (each reading is recorded)
         *
         *     Roles: approver, output_clerk.
         */
        get: operations["revealPersonalData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applicants/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An applicant's reusable materials (材料复用) and credit flag, by identity number (sent in the body, never in a URL)
         * @description An applicant's reusable materials (材料复用) and credit flag, by identity number (sent in the body, never in a URL)
         *
         *     Roles: intake_clerk, supervisor.
         */
        post: operations["lookUpApplicant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit-flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put an applicant on the credit warning list (失信): no 容缺
         * @description Put an applicant on the credit warning list (失信): no 容缺
         *
         *     Roles: supervisor.
         */
        post: operations["setCreditFlag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit-flags/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Clear an applicant's credit flag, with the reason
         * @description Clear an applicant's credit flag, with the reason
         *
         *     Roles: supervisor.
         */
        post: operations["clearCreditFlag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My saved intakes
         * @description My saved intakes
         *
         *     Roles: intake_clerk.
         */
        get: operations["listDrafts"];
        put?: never;
        /**
         * Save an unfinished intake (暂存)
         * @description Save an unfinished intake (暂存)
         *
         *     Roles: intake_clerk.
         */
        post: operations["saveDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drafts/{draftId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Resume a saved intake
         * @description Resume a saved intake
         *
         *     Roles: intake_clerk.
         */
        get: operations["getDraft"];
        /**
         * Update a saved intake
         * @description Update a saved intake
         *
         *     Roles: intake_clerk.
         */
        put: operations["updateDraft"];
        post?: never;
        /**
         * Discard a saved intake
         * @description Discard a saved intake
         *
         *     Roles: intake_clerk.
         */
        delete: operations["discardDraft"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseNumber}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Notices (文书) issued for a case
         * @description Notices (文书) issued for a case
         *
         *     Roles: intake_clerk, approver, output_clerk, supervisor, county_system.
         */
        get: operations["listNotices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseNumber}/notices/{noticeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One notice as a PDF
         * @description One notice as a PDF
         *
         *     Roles: intake_clerk, approver, output_clerk, supervisor, county_system.
         */
        get: operations["getNoticePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseNumber}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 补打: the case’s 材料接收告知单 (with the query code) as a PDF, to print again
         * @description 补打: the case’s 材料接收告知单 (with the query code) as a PDF, to print again
         *
         *     Roles: intake_clerk, output_clerk, supervisor.
         */
        get: operations["reprintReceipt"];
        put?: never;
        /**
         * The mailed result was received (the carrier's proof); the case closes
         * @description The mailed result was received (the carrier's proof); the case closes
         *
         *     Roles: output_clerk, county_system.
         */
        post: operations["confirmReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case with its state and history
         * @description A case with its state and history
         *
         *     Roles: intake_clerk, approver, output_clerk, supervisor, county_system.
         */
        get: operations["getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A department's back-office queue
         * @description A department's back-office queue
         *
         *     Roles: approver, supervisor, output_clerk.
         */
        get: operations["getQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办件查询: find cases by number, applicant (name or identity number, in the body), item, department, state, days received or light
         * @description 办件查询: find cases by number, applicant (name or identity number, in the body), item, department, state, days received or light
         *
         *     Roles: intake_clerk, approver, output_clerk, supervisor.
         */
        post: operations["searchCases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseNumber}/materials/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A link (5 minutes) to view one of a case's scanned materials
         * @description A link (5 minutes) to view one of a case's scanned materials
         *
         *     Roles: intake_clerk, approver, output_clerk, supervisor, county_system.
         */
        get: operations["getMaterialLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/output-desk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 统一出件: the centre's results to scan, awaiting pickup and mailed, all departments
         * @description 统一出件: the centre's results to scan, awaiting pickup and mailed, all departments
         *
         *     Roles: output_clerk, supervisor.
         */
        get: operations["getOutputDesk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseNumber}/supplement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bring the materials a correction notice asked for (补正); a complete case is registered, or returns to the back office’s review
         * @description Bring the materials a correction notice asked for (补正); a complete case is registered, or returns to the back office’s review
         *
         *     Roles: intake_clerk, county_system.
         */
        post: operations["supplementCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseNumber}/deferred-materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 容缺材料补交: bring deferred materials at any window (each scan checked like any material); the applicant gets a receipt
         * @description 容缺材料补交: bring deferred materials at any window (each scan checked like any material); the applicant gets a receipt
         *
         *     Roles: intake_clerk, county_system.
         */
        post: operations["bringDeferredMaterials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseNumber}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The back office reviews the application: 受理, 不予受理 (reason, legal basis) or 补正 (all at once, with a deadline)
         * @description The back office reviews the application: 受理, 不予受理 (reason, legal basis) or 补正 (all at once, with a deadline)
         *
         *     Roles: approver.
         */
        post: operations["reviewCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseNumber}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the back-office decision (准予 / 不予) and resume the case
         * @description Record the back-office decision (准予 / 不予) and resume the case
         *
         *     Roles: approver.
         */
        post: operations["decideCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseNumber}/special-procedures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a special procedure (特别程序: 听证, 检测, 专家评审 …): the clock stops and the applicant is told in writing
         * @description Start a special procedure (特别程序: 听证, 检测, 专家评审 …): the clock stops and the applicant is told in writing
         *
         *     Roles: approver.
         */
        post: operations["startSpecialProcedure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseNumber}/special-procedures/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the special procedure: the deadline moves by the working days it took
         * @description End the special procedure: the deadline moves by the working days it took
         *
         *     Roles: approver.
         */
        post: operations["endSpecialProcedure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseNumber}/extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend the limit (延长审批) once, with the reason and the approving head of the body
         * @description Extend the limit (延长审批) once, with the reason and the approving head of the body
         *
         *     Roles: approver.
         */
        post: operations["extendCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseNumber}/assignee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reassign the case to another approver of its department (AB岗 / 改派), recorded with the reason
         * @description Reassign the case to another approver of its department (AB岗 / 改派), recorded with the reason
         *
         *     Roles: approver, supervisor.
         */
        post: operations["reassignCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseNumber}/co-opinion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A co-department's opinion on a joint case (联办件)
         * @description A co-department's opinion on a joint case (联办件)
         *
         *     Roles: approver.
         */
        post: operations["giveCoOpinion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseNumber}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a 上报件 to the higher authority with the preliminary review (初审意见)
         * @description Report a 上报件 to the higher authority with the preliminary review (初审意见)
         *
         *     Roles: approver.
         */
        post: operations["reportCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseNumber}/higher-authority-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The higher authority's decision on a reported case (its system only)
         * @description The higher authority's decision on a reported case (its system only)
         *
         *     Roles: county_system.
         */
        post: operations["recordHigherAuthorityDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseNumber}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check the result against what the approver attached and scan it into the case (核验扫描); the applicant is notified
         * @description Check the result against what the approver attached and scan it into the case (核验扫描); the applicant is notified
         *
         *     Roles: output_clerk.
         */
        post: operations["scanResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseNumber}/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand the result over at the window (窗口领取): identity checked, recipient signs the 送达回证; the case closes
         * @description Hand the result over at the window (窗口领取): identity checked, recipient signs the 送达回证; the case closes
         *
         *     Roles: output_clerk.
         */
        post: operations["handOverResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseNumber}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail the result (邮寄送达): carrier, tracking number and the day it was sent
         * @description Mail the result (邮寄送达): carrier, tracking number and the day it was sent
         *
         *     Roles: output_clerk.
         */
        post: operations["dispatchResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseNumber}/delivery-method": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change how the applicant gets the result (窗口领取 / 邮寄), before it is handed over or mailed; recorded
         * @description Change how the applicant gets the result (窗口领取 / 邮寄), before it is handed over or mailed; recorded
         *
         *     Roles: intake_clerk, output_clerk.
         */
        post: operations["changeDeliveryMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The SMS outbox (领取通知): messages queued and sent, of one case or the latest of the centre
         * @description The SMS outbox (领取通知): messages queued and sent, of one case or the latest of the centre
         *
         *     Roles: supervisor, output_clerk.
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/county-events/rejected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * County-system applications that were refused, kept for replay
         * @description County-system applications that were refused, kept for replay
         *
         *     Roles: supervisor.
         */
        get: operations["listRejectedCountyEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/county-events/rejected/{rejectionId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a refused county-system application through intake again (after the catalog or data was fixed)
         * @description Run a refused county-system application through intake again (after the catalog or data was fixed)
         *
         *     Roles: supervisor.
         */
        post: operations["replayCountyEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseNumber}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 好差评: record the applicant’s rating of a finished case (once); 4 or 5 opens a rectification ticket
         * @description 好差评: record the applicant’s rating of a finished case (once); 4 or 5 opens a rectification ticket
         *
         *     Roles: output_clerk, intake_clerk, county_system.
         */
        post: operations["rateCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 好差评 by the applicant, with the case number and query code
         * @description 好差评 by the applicant, with the case number and query code
         *
         *     No sign-in needed.
         */
        post: operations["rateCaseByQueryCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ratings/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rating statistics per department or per item
         * @description Rating statistics per department or per item
         *
         *     Roles: supervisor.
         */
        get: operations["getRatingStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A department's tickets (差评整改, 办不成事, 咨询), with working days overdue
         * @description A department's tickets (差评整改, 办不成事, 咨询), with working days overdue
         *
         *     Roles: supervisor, approver.
         */
        get: operations["listTickets"];
        put?: never;
        /**
         * Open a ticket for an applicant: 办不成事 (cannot_get_done) or 咨询 (consultation), due in the kind's working days
         * @description Open a ticket for an applicant: 办不成事 (cannot_get_done) or 咨询 (consultation), due in the kind's working days
         *
         *     Roles: intake_clerk, supervisor.
         */
        post: operations["openTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{ticketId}/follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a follow-up note to a ticket
         * @description Add a follow-up note to a ticket
         *
         *     Roles: supervisor, approver.
         */
        post: operations["followUpTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{ticketId}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend the due day of a ticket once (延期), with the reason
         * @description Extend the due day of a ticket once (延期), with the reason
         *
         *     Roles: supervisor.
         */
        post: operations["extendTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{ticketId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a ticket with its result
         * @description Close a ticket with its result
         *
         *     Roles: supervisor.
         */
        post: operations["resolveTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The centre's working-day calendar: years loaded and where each came from
         * @description The centre's working-day calendar: years loaded and where each came from
         *
         *     Roles: supervisor, intake_clerk, approver.
         */
        get: operations["getCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Load a year's holidays and make-up working days (法定节假日及调休), e.g. when the State Council publishes them
         * @description Load a year's holidays and make-up working days (法定节假日及调休), e.g. when the State Council publishes them
         *
         *     Roles: supervisor.
         */
        put: operations["loadCalendarYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-trail/{subject}/{subjectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail (审计记录) of a catalog item, a calendar year, a ticket or a rating (by case number): every change with actor, role and time
         * @description The audit trail (审计记录) of a catalog item, a calendar year, a ticket or a rating (by case number): every change with actor, role and time
         *
         *     Roles: supervisor.
         */
        get: operations["getAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit-flags/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Every setting and clearing of an applicant's credit flag, with who and when (identity number in the body)
         * @description Every setting and clearing of an applicant's credit flag, with who and when (identity number in the body)
         *
         *     Roles: supervisor.
         */
        post: operations["getCreditFlagHistory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/supervision/warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 电子监察: cases near (yellow) or past (red) their promised deadline; approvers see their department
         * @description 电子监察: cases near (yellow) or past (red) their promised deadline; approvers see their department
         *
         *     Roles: supervisor, approver.
         */
        get: operations["listWarnings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/supervision/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Statistics over a range of days (from, to): open cases by department and state, overdue cases, on-time rate, working days to decide, forwarding compliance, per department and item
         * @description Statistics over a range of days (from, to): open cases by department and state, overdue cases, on-time rate, working days to decide, forwarding compliance, per department and item
         *
         *     Roles: supervisor.
         */
        get: operations["getStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/archive/cases/{caseNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case's archive package (GB/T 42727): its manifest, presigned GET URLs of every object, refused changes and the latest verification
         * @description A case's archive package (GB/T 42727): its manifest, presigned GET URLs of every object, refused changes and the latest verification
         *
         *     Roles: supervisor.
         */
        get: operations["getArchivePackage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/archive/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Latest verification of each archive package (真实性, 完整性, 可用性, 安全性), failed first
         * @description Latest verification of each archive package (真实性, 完整性, 可用性, 安全性), failed first
         *
         *     Roles: supervisor.
         */
        get: operations["listArchiveVerifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hall/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The centre's hall: business categories (letters, items, departments, booking slots, hours) and windows
         * @description The centre's hall: business categories (letters, items, departments, booking slots, hours) and windows
         *
         *     Roles: intake_clerk, output_clerk, supervisor.
         */
        get: operations["getHallConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hall/categories/{category}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or change a business category (业务类别): letter, items or departments, booking slots, opening hours
         * @description Create or change a business category (业务类别): letter, items or departments, booking slots, opening hours
         *
         *     Roles: supervisor.
         */
        put: operations["saveHallCategory"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hall/windows/{windowId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A window now: its clerk, the ticket served, the ticket the evaluation pad asks to rate, how many wait
         * @description A window now: its clerk, the ticket served, the ticket the evaluation pad asks to rate, how many wait
         *
         *     Roles: intake_clerk, output_clerk, supervisor.
         */
        get: operations["getHallWindow"];
        /**
         * Create or change a window: name, kind (无差别综窗 … 出件), categories served, opening hours; a temporary window
         * @description Create or change a window: name, kind (无差别综窗 … 出件), categories served, opening hours; a temporary window
         *
         *     Roles: supervisor.
         */
        put: operations["saveHallWindow"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hall/windows/{windowId}/tidal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 潮汐窗口: switch what a window serves, effective at its next call; recorded with the reason
         * @description 潮汐窗口: switch what a window serves, effective at its next call; recorded with the reason
         *
         *     Roles: supervisor.
         */
        post: operations["switchTidalWindow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hall/windows/{windowId}/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A clerk signs in at a window for a shift; a B post taking it over (AB岗顶岗) is recorded
         * @description A clerk signs in at a window for a shift; a B post taking it over (AB岗顶岗) is recorded
         *
         *     Roles: intake_clerk, output_clerk.
         */
        post: operations["signInAtWindow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hall/windows/{windowId}/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The clerk signs out of the window
         * @description The clerk signs out of the window
         *
         *     Roles: intake_clerk, output_clerk.
         */
        post: operations["signOutOfWindow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/hall/{centre}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 取号 at the kiosk: a number of a category, or check a booking in by its code
         * @description 取号 at the kiosk: a number of a category, or check a booking in by its code
         *
         *     No sign-in needed.
         */
        post: operations["takeQueueTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hall/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A day's queue tickets, by status and category
         * @description A day's queue tickets, by status and category
         *
         *     Roles: intake_clerk, output_clerk, supervisor.
         */
        get: operations["listQueueTickets"];
        put?: never;
        /**
         * The 咨询 desk issues a number for someone, in the priority lane (绿色通道) where due
         * @description The 咨询 desk issues a number for someone, in the priority lane (绿色通道) where due
         *
         *     Roles: intake_clerk, supervisor.
         */
        post: operations["issueQueueTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hall/tickets/{ticketId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One queue ticket with its calls, transfers, linked cases and rating
         * @description One queue ticket with its calls, transfers, linked cases and rating
         *
         *     Roles: intake_clerk, output_clerk, supervisor.
         */
        get: operations["getQueueTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hall/windows/{windowId}/call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 叫号: the next ticket of what the window serves (priority, started bookings, then time taken); the screen shows it
         * @description 叫号: the next ticket of what the window serves (priority, started bookings, then time taken); the screen shows it
         *
         *     Roles: intake_clerk, output_clerk.
         */
        post: operations["callNextTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hall/tickets/{ticketId}/recall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重呼: call the ticket again
         * @description 重呼: call the ticket again
         *
         *     Roles: intake_clerk, output_clerk.
         */
        post: operations["recallQueueTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hall/tickets/{ticketId}/skip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 过号: the applicant did not come; back into the queue once, then dropped
         * @description 过号: the applicant did not come; back into the queue once, then dropped
         *
         *     Roles: intake_clerk, output_clerk.
         */
        post: operations["skipQueueTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hall/tickets/{ticketId}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 转移: send the ticket to another category or window, with the reason
         * @description 转移: send the ticket to another category or window, with the reason
         *
         *     Roles: intake_clerk, output_clerk.
         */
        post: operations["transferQueueTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hall/tickets/{ticketId}/finish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办结: the ticket is served; the evaluation pad asks for the rating
         * @description 办结: the ticket is served; the evaluation pad asks for the rating
         *
         *     Roles: intake_clerk, output_clerk.
         */
        post: operations["finishQueueTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hall/tickets/{ticketId}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link a case registered while the ticket was served (the case shows how long its applicant waited)
         * @description Link a case registered while the ticket was served (the case shows how long its applicant waited)
         *
         *     Roles: intake_clerk, output_clerk.
         */
        post: operations["linkCaseToQueueTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hall/tickets/{ticketId}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 评价器: the applicant rates the service (一次一评, five levels); stored as 好差评 of its cases, channel window pad
         * @description 评价器: the applicant rates the service (一次一评, five levels); stored as 好差评 of its cases, channel window pad
         *
         *     Roles: intake_clerk, output_clerk.
         */
        post: operations["rateAtWindowPad"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/hall/{centre}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 大屏: numbers being called, the last calls and who waits per category (the push channel's fallback)
         * @description 大屏: numbers being called, the last calls and who waits per category (the push channel's fallback)
         *
         *     No sign-in needed.
         */
        get: operations["getHallBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hall/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hall statistics over days, per day, window, clerk or category: tickets, waits (average, p90), service time, no-shows, bookings used, ratings
         * @description Hall statistics over days, per day, window, clerk or category: tickets, waits (average, p90), service time, no-shows, bookings used, ratings
         *
         *     Roles: supervisor.
         */
        get: operations["getHallStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hall/statistics/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Now: who waits per category and the longest wait
         * @description Now: who waits per category and the longest wait
         *
         *     Roles: supervisor.
         */
        get: operations["getHallLiveStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/hall/{centre}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 预约: the bookable slots of a category by day, with places left (working days and opening hours only)
         * @description 预约: the bookable slots of a category by day, with places left (working days and opening hours only)
         *
         *     No sign-in needed.
         */
        get: operations["listBookingSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/hall/{centre}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 预约: book a slot with name, identity number and mobile; the booking code comes by SMS
         * @description 预约: book a slot with name, identity number and mobile; the booking code comes by SMS
         *
         *     No sign-in needed.
         */
        post: operations["bookSlot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/hall/{centre}/bookings/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a booking with its code and the mobile it was made with
         * @description Cancel a booking with its code and the mobile it was made with
         *
         *     No sign-in needed.
         */
        post: operations["cancelBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hall/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A day's bookings (masked), by category
         * @description A day's bookings (masked), by category
         *
         *     Roles: intake_clerk, output_clerk, supervisor.
         */
        get: operations["listBookings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            code: string;
            message: string;
            details: {
                [key: string]: unknown;
            };
        };
        Case: {
            caseNumber: string;
            centre: string;
            itemCode: string;
            itemVersion: number;
            itemName: string;
            /** @enum {string} */
            itemType: "immediate" | "promised" | "reported" | "joint";
            department: string;
            promisedDays: number;
            applicant: {
                /** @enum {string} */
                kind: "person" | "legal_person";
                name: string;
                idNumberMasked: string;
                phone?: string;
            };
            agent?: {
                /** @enum {string} */
                kind: "proxy" | "centre_helper";
                name: string;
                idNumberMasked: string;
                reason: string;
                authorisation: {
                    document?: {
                        code: string;
                        sha256: string;
                    } & {
                        [key: string]: unknown;
                    };
                    note?: string;
                };
            };
            /** @enum {string} */
            channel: "window" | "online" | "county_system";
            materials: {
                code: string;
                name: string;
                objectKey: string;
                sha256: string;
                size: number;
                contentType: string;
                reusedFrom?: {
                    caseNumber: string;
                    verifiedAt: string;
                };
            }[];
            /** @enum {string} */
            state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn" | "terminated";
            version: number;
            promisedBy?: string;
            provisional?: boolean;
            /** @enum {string} */
            limitUnit?: "working_day" | "natural_day";
            correction?: {
                requestedAt: string;
                problems: {
                    code: string;
                    name: string;
                    problem: string;
                }[];
                resolvedAt?: string;
            };
            deferred?: {
                materials: {
                    code: string;
                    name: string;
                    dueDate?: string;
                    broughtAt?: string;
                    broughtBy?: components["schemas"]["Actor"];
                    late?: boolean;
                }[];
                dueDate: string;
                commitment: string;
                /** @enum {string} */
                onLapse?: "terminate" | "wait";
                missed?: {
                    recordedAt: string;
                    materials: {
                        code: string;
                        name: string;
                        dueDate: string;
                    }[];
                };
            };
            termination?: {
                reason: string;
                terminatedAt: string;
                recordedBy: components["schemas"]["Actor"];
            };
            decidedAtWindow?: boolean;
            forwarding?: {
                minutes: number;
                limitMinutes: number;
                late: boolean;
            };
            withdrawal?: {
                reason: string;
                withdrawnAt: string;
                recordedBy: components["schemas"]["Actor"];
            };
            receivedAt: string;
            submittedBy: components["schemas"]["Actor"];
            forwardedAt?: string;
            decision?: {
                /** @enum {string} */
                outcome: "approve" | "deny";
                opinion: string;
                decidedAt: string;
                decidedBy: components["schemas"]["Actor"];
            };
            resultReadyAt?: string;
            result?: {
                /** @enum {string} */
                kind: "licence" | "decision_document";
                number: string;
                title: string;
                issuer: string;
                validFrom?: string;
                validUntil?: string;
                attachedAt: string;
                attachedBy: components["schemas"]["Actor"];
                scan?: {
                    objectKey: string;
                    sha256: string;
                    size: number;
                    contentType: string;
                    scannedAt: string;
                    scannedBy: components["schemas"]["Actor"];
                };
            };
            delivery?: {
                /** @constant */
                method: "pickup";
            } | {
                /** @constant */
                method: "courier";
                address: {
                    recipient: string;
                    phone: string;
                    province?: string;
                    city: string;
                    district?: string;
                    street: string;
                    postcode?: string;
                };
            };
            dispatch?: {
                carrier: string;
                trackingNumber: string;
                sentOn: string;
                address: {
                    recipient: string;
                    phone: string;
                    province?: string;
                    city: string;
                    district?: string;
                    street: string;
                    postcode?: string;
                };
                dispatchedAt: string;
                dispatchedBy: components["schemas"]["Actor"];
            };
            handover?: {
                /** @constant */
                method: "pickup";
                recipient: {
                    /** @enum {string} */
                    kind: "applicant" | "proxy";
                    name: string;
                    idNumberMasked: string;
                    /** @enum {string} */
                    verifiedBy: "applicant_key" | "authorisation";
                    authorisation?: {
                        objectKey: string;
                        sha256: string;
                        size: number;
                        contentType: string;
                    };
                };
                signature: {
                    objectKey: string;
                    sha256: string;
                    size: number;
                    contentType: string;
                };
                handedOverAt: string;
                handedOverBy: components["schemas"]["Actor"];
            } | {
                /** @constant */
                method: "courier";
                carrier: string;
                trackingNumber: string;
                sentOn: string;
                receivedOn: string;
                handedOverAt: string;
                handedOverBy: components["schemas"]["Actor"];
            };
            closedAt?: string;
            coDepartments?: string[];
            acceptance?: {
                acceptedOn: string;
                acceptedAt: string;
                deemed: boolean;
                acceptedBy: components["schemas"]["Actor"];
            };
            refusal?: {
                reason: string;
                legalBasis: string;
                refusedAt: string;
                refusedBy: components["schemas"]["Actor"];
            };
            supplementRequest?: {
                problems: {
                    code: string;
                    name: string;
                    problem: string;
                }[];
                dueDate: string;
                requestedAt: string;
                requestedBy: components["schemas"]["Actor"];
                suppliedAt?: string;
            };
            pauses?: {
                /** @enum {string} */
                kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                reason: string;
                startedAt: string;
                startedBy: components["schemas"]["Actor"];
                expectedDays?: number;
                endedAt?: string;
                endedBy?: components["schemas"]["Actor"];
                outcome?: string;
                pausedWorkingDays?: number;
                startedOn?: string;
                endedOn?: string;
                deadlineBefore?: string;
                deadlineAfter?: string;
            }[];
            extension?: {
                days: number;
                reason: string;
                approvedBy: string;
                recordedBy: components["schemas"]["Actor"];
                at: string;
            };
            assignee?: {
                subject: string;
                name: string;
                since: string;
                assignedBy: components["schemas"]["Actor"];
            };
            coOpinions?: {
                department: string;
                since: string;
                /** @enum {string} */
                outcome?: "approve" | "deny";
                opinion?: string;
                at?: string;
                by?: components["schemas"]["Actor"];
            }[];
            report?: {
                authority: string;
                opinion: string;
                reportedAt: string;
                reportedBy: components["schemas"]["Actor"];
            };
            flags?: string[];
            archived?: {
                at: string;
                packageKey: string;
                manifestSha256: string;
            };
            /** @enum {string} */
            waitingFor?: "acceptance" | "supplement" | "decision" | "report" | "higher_authority" | "result_scan" | "result_ready";
            waitingSince?: string;
        };
        AuditLine: {
            seq: number;
            at: string;
            action: string;
            fromState: string | null;
            toState: string;
            result: string;
            actor: components["schemas"]["Actor"];
            details: {
                [key: string]: unknown;
            };
        };
        Actor: {
            subject: string;
            name: string;
            role: string;
            department?: string;
        };
        Item: {
            basicCode: string;
            implementationCode: string;
            name: string;
            department: string;
            /** @default [] */
            coDepartments: string[];
            /** @enum {string} */
            itemType: "immediate" | "promised" | "reported" | "joint";
            statutoryDays: number;
            promisedDays: number;
            /** @enum {string} */
            limitUnit?: "working_day" | "natural_day";
            /** @default  */
            conditions: string;
            /** @default 不收费 */
            fees: string;
            /** @default false */
            appointment: boolean;
            /** @default false */
            onlinePayment: boolean;
            /** @default false */
            courierDelivery: boolean;
            /**
             * @default general
             * @enum {string}
             */
            windowCategory: "general" | "domain" | "department" | "theme";
            /** @default [] */
            specialProcedures: string[];
            /** @default false */
            negativeList: boolean;
            departmentWindow?: string;
            /** @default [] */
            materials: {
                code: string;
                name: string;
                required: boolean;
                originals: number;
                copies: number;
                /** @enum {string} */
                form: "paper" | "electronic" | "either";
                /** @default false */
                deferrable: boolean;
                sample?: string;
            }[];
            /** @default [] */
            themes: string[];
            /** @default [] */
            keywords: string[];
            /** @enum {string} */
            deferralLapse?: "terminate" | "wait";
            maxMaterialBytes?: number;
            version: number;
            createdAt: string;
            createdBy: string;
            /** @enum {string} */
            status: "active" | "retired";
            retiredAt?: string;
            retiredBy?: string;
            retiredReason?: string;
        };
        Notice: {
            noticeId: string;
            /** @description intake_receipt (材料接收告知单), correction (一次性补正告知书), deferred_acceptance (容缺受理通知书), … */
            kind: string;
            /** @description Notice number, e.g. HZ-SJ-20261124-0001 */
            number: string;
            title: string;
            /** @description ISO 8601 instant of the event the notice answers; the date printed on it */
            issuedAt: string;
            auditSeq: number;
            sha256: string;
            size: number;
            /** @constant */
            contentType: "application/pdf";
            /** @description Path of the PDF */
            href: string;
        };
        GetHealthResponse: {
            /** @enum {string} */
            status: "ok" | "unavailable";
            time: string;
            engines: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "down";
                    latencyMs: number;
                    error?: string;
                };
            };
        };
        GetOpenApiResponse: {
            openapi: string;
        } & {
            [key: string]: unknown;
        };
        QueryProgressResponse: {
            caseNumber: string;
            itemName: string;
            department: string;
            applicant: string;
            state: string;
            stateLabel: string;
            receivedAt: string;
            promisedBy?: string;
            provisional?: boolean;
            missing?: {
                name: string;
                problem: string;
            }[];
            supplementDueDate?: string;
            deferred?: {
                materials: string[];
                dueDate: string;
            };
            readyForPickupSince?: string;
            delivery: {
                /** @enum {string} */
                method: "pickup" | "courier";
                carrier?: string;
                trackingNumber?: string;
                sentOn?: string;
                receivedOn?: string;
                collectedAt?: string;
                collectedBy?: string;
            };
            steps: {
                at: string;
                step: string;
                state: string;
            }[];
        };
        ListBaseItemsResponse: {
            baseItems: components["schemas"]["SaveBaseItemResponse"][];
        };
        SaveBaseItemResponse: {
            basicCode: string;
            name: string;
            /** @enum {string} */
            itemType: "immediate" | "promised" | "reported" | "joint";
            statutoryDays: number;
            legalBasis: string;
            version: number;
            updatedAt: string;
            updatedBy: string;
        };
        ListItemsResponse: {
            /** @description Best match first; without q, by name */
            items: components["schemas"]["Item"][];
        };
        ImportItemsResponse: {
            /** @description Items written as a new version */
            imported: number;
            /** @description Items identical to their current version, left as they were */
            unchanged: number;
            items: {
                implementationCode: string;
                version: number;
                /** @enum {string} */
                result: "created" | "updated" | "unchanged";
            }[];
        };
        StartUploadResponse: {
            uploadId: string;
            uploadUrl: string;
            /** @constant */
            method: "PUT";
            headers: {
                [key: string]: string;
            };
            expiresAt: string;
        };
        CompleteUploadResponse: {
            uploadId: string;
            /** @constant */
            status: "verified";
            sha256: string;
            size: number;
            contentType: string;
        };
        RegisterCaseResponse: {
            caseNumber: string;
            centre: string;
            itemCode: string;
            itemVersion: number;
            itemName: string;
            /** @enum {string} */
            itemType: "immediate" | "promised" | "reported" | "joint";
            department: string;
            promisedDays: number;
            applicant: {
                /** @enum {string} */
                kind: "person" | "legal_person";
                name: string;
                idNumberMasked: string;
                phone?: string;
            };
            agent?: {
                /** @enum {string} */
                kind: "proxy" | "centre_helper";
                name: string;
                idNumberMasked: string;
                reason: string;
                authorisation: {
                    document?: {
                        code: string;
                        sha256: string;
                    } & {
                        [key: string]: unknown;
                    };
                    note?: string;
                };
            };
            /** @enum {string} */
            channel: "window" | "online" | "county_system";
            materials: {
                code: string;
                name: string;
                objectKey: string;
                sha256: string;
                size: number;
                contentType: string;
                reusedFrom?: {
                    caseNumber: string;
                    verifiedAt: string;
                };
            }[];
            /** @enum {string} */
            state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn" | "terminated";
            version: number;
            promisedBy?: string;
            provisional?: boolean;
            /** @enum {string} */
            limitUnit?: "working_day" | "natural_day";
            correction?: {
                requestedAt: string;
                problems: {
                    code: string;
                    name: string;
                    problem: string;
                }[];
                resolvedAt?: string;
            };
            deferred?: {
                materials: {
                    code: string;
                    name: string;
                    dueDate?: string;
                    broughtAt?: string;
                    broughtBy?: components["schemas"]["Actor"];
                    late?: boolean;
                }[];
                dueDate: string;
                commitment: string;
                /** @enum {string} */
                onLapse?: "terminate" | "wait";
                missed?: {
                    recordedAt: string;
                    materials: {
                        code: string;
                        name: string;
                        dueDate: string;
                    }[];
                };
            };
            termination?: {
                reason: string;
                terminatedAt: string;
                recordedBy: components["schemas"]["Actor"];
            };
            decidedAtWindow?: boolean;
            forwarding?: {
                minutes: number;
                limitMinutes: number;
                late: boolean;
            };
            withdrawal?: {
                reason: string;
                withdrawnAt: string;
                recordedBy: components["schemas"]["Actor"];
            };
            receivedAt: string;
            submittedBy: components["schemas"]["Actor"];
            forwardedAt?: string;
            decision?: {
                /** @enum {string} */
                outcome: "approve" | "deny";
                opinion: string;
                decidedAt: string;
                decidedBy: components["schemas"]["Actor"];
            };
            resultReadyAt?: string;
            result?: {
                /** @enum {string} */
                kind: "licence" | "decision_document";
                number: string;
                title: string;
                issuer: string;
                validFrom?: string;
                validUntil?: string;
                attachedAt: string;
                attachedBy: components["schemas"]["Actor"];
                scan?: {
                    objectKey: string;
                    sha256: string;
                    size: number;
                    contentType: string;
                    scannedAt: string;
                    scannedBy: components["schemas"]["Actor"];
                };
            };
            delivery?: {
                /** @constant */
                method: "pickup";
            } | {
                /** @constant */
                method: "courier";
                address: {
                    recipient: string;
                    phone: string;
                    province?: string;
                    city: string;
                    district?: string;
                    street: string;
                    postcode?: string;
                };
            };
            dispatch?: {
                carrier: string;
                trackingNumber: string;
                sentOn: string;
                address: {
                    recipient: string;
                    phone: string;
                    province?: string;
                    city: string;
                    district?: string;
                    street: string;
                    postcode?: string;
                };
                dispatchedAt: string;
                dispatchedBy: components["schemas"]["Actor"];
            };
            handover?: {
                /** @constant */
                method: "pickup";
                recipient: {
                    /** @enum {string} */
                    kind: "applicant" | "proxy";
                    name: string;
                    idNumberMasked: string;
                    /** @enum {string} */
                    verifiedBy: "applicant_key" | "authorisation";
                    authorisation?: {
                        objectKey: string;
                        sha256: string;
                        size: number;
                        contentType: string;
                    };
                };
                signature: {
                    objectKey: string;
                    sha256: string;
                    size: number;
                    contentType: string;
                };
                handedOverAt: string;
                handedOverBy: components["schemas"]["Actor"];
            } | {
                /** @constant */
                method: "courier";
                carrier: string;
                trackingNumber: string;
                sentOn: string;
                receivedOn: string;
                handedOverAt: string;
                handedOverBy: components["schemas"]["Actor"];
            };
            closedAt?: string;
            coDepartments?: string[];
            acceptance?: {
                acceptedOn: string;
                acceptedAt: string;
                deemed: boolean;
                acceptedBy: components["schemas"]["Actor"];
            };
            refusal?: {
                reason: string;
                legalBasis: string;
                refusedAt: string;
                refusedBy: components["schemas"]["Actor"];
            };
            supplementRequest?: {
                problems: {
                    code: string;
                    name: string;
                    problem: string;
                }[];
                dueDate: string;
                requestedAt: string;
                requestedBy: components["schemas"]["Actor"];
                suppliedAt?: string;
            };
            pauses?: {
                /** @enum {string} */
                kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                reason: string;
                startedAt: string;
                startedBy: components["schemas"]["Actor"];
                expectedDays?: number;
                endedAt?: string;
                endedBy?: components["schemas"]["Actor"];
                outcome?: string;
                pausedWorkingDays?: number;
                startedOn?: string;
                endedOn?: string;
                deadlineBefore?: string;
                deadlineAfter?: string;
            }[];
            extension?: {
                days: number;
                reason: string;
                approvedBy: string;
                recordedBy: components["schemas"]["Actor"];
                at: string;
            };
            assignee?: {
                subject: string;
                name: string;
                since: string;
                assignedBy: components["schemas"]["Actor"];
            };
            coOpinions?: {
                department: string;
                since: string;
                /** @enum {string} */
                outcome?: "approve" | "deny";
                opinion?: string;
                at?: string;
                by?: components["schemas"]["Actor"];
            }[];
            report?: {
                authority: string;
                opinion: string;
                reportedAt: string;
                reportedBy: components["schemas"]["Actor"];
            };
            flags?: string[];
            archived?: {
                at: string;
                packageKey: string;
                manifestSha256: string;
            };
            /** @enum {string} */
            waitingFor?: "acceptance" | "supplement" | "decision" | "report" | "higher_authority" | "result_scan" | "result_ready";
            waitingSince?: string;
            queryCode?: string;
        };
        RevealPersonalDataResponse: {
            caseNumber: string;
            applicant: {
                /** @enum {string} */
                kind: "person" | "legal_person";
                name: string;
                idNumber: string;
                phone?: string;
            };
            agent?: {
                name: string;
                idNumber: string;
            };
            delivery?: {
                address: {
                    recipient: string;
                    phone: string;
                    city: string;
                    street: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        LookUpApplicantResponse: {
            reusableMaterials: {
                code: string;
                name: string;
                sha256: string;
                size: number;
                contentType: string;
                caseNumber: string;
                verifiedAt: string;
            }[];
            creditFlag?: components["schemas"]["SetCreditFlagResponse"];
            missedCommitments: {
                caseNumber: string;
                itemCode: string;
                itemName: string;
                materials: {
                    code: string;
                    name: string;
                    dueDate: string;
                }[];
                recordedAt: string;
            }[];
        };
        SetCreditFlagResponse: {
            active: boolean;
            reason: string;
            source: string;
            flaggedAt: string;
            clearedAt?: string;
            clearReason?: string;
        };
        SaveDraftResponse: {
            draftId: string;
            label: string;
            form: {
                itemCode?: string;
                applicant?: {
                    /** @enum {string} */
                    kind?: "person" | "legal_person";
                    name?: string;
                    idNumber?: string;
                    phone?: string;
                };
                /** @enum {string} */
                channel?: "window" | "online" | "county_system";
                materials?: {
                    code: string;
                    uploadId: string;
                }[];
                defects?: {
                    code: string;
                    reason: string;
                }[];
                deferral?: {
                    materials?: string[];
                    commitment?: string;
                    dueDate?: string;
                };
                note?: string;
            };
            version: number;
            createdAt: string;
            updatedAt: string;
            expiresAt: string;
        };
        ListDraftsResponse: {
            drafts: components["schemas"]["SaveDraftResponse"][];
        };
        DiscardDraftResponse: null;
        ListNoticesResponse: {
            caseNumber: string;
            notices: components["schemas"]["Notice"][];
        };
        GetCaseResponse: {
            caseNumber: string;
            centre: string;
            itemCode: string;
            itemVersion: number;
            itemName: string;
            /** @enum {string} */
            itemType: "immediate" | "promised" | "reported" | "joint";
            department: string;
            promisedDays: number;
            applicant: {
                /** @enum {string} */
                kind: "person" | "legal_person";
                name: string;
                idNumberMasked: string;
                phone?: string;
            };
            agent?: {
                /** @enum {string} */
                kind: "proxy" | "centre_helper";
                name: string;
                idNumberMasked: string;
                reason: string;
                authorisation: {
                    document?: {
                        code: string;
                        sha256: string;
                    } & {
                        [key: string]: unknown;
                    };
                    note?: string;
                };
            };
            /** @enum {string} */
            channel: "window" | "online" | "county_system";
            materials: {
                code: string;
                name: string;
                objectKey: string;
                sha256: string;
                size: number;
                contentType: string;
                reusedFrom?: {
                    caseNumber: string;
                    verifiedAt: string;
                };
            }[];
            /** @enum {string} */
            state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn" | "terminated";
            version: number;
            promisedBy?: string;
            provisional?: boolean;
            /** @enum {string} */
            limitUnit?: "working_day" | "natural_day";
            correction?: {
                requestedAt: string;
                problems: {
                    code: string;
                    name: string;
                    problem: string;
                }[];
                resolvedAt?: string;
            };
            deferred?: {
                materials: {
                    code: string;
                    name: string;
                    dueDate?: string;
                    broughtAt?: string;
                    broughtBy?: components["schemas"]["Actor"];
                    late?: boolean;
                }[];
                dueDate: string;
                commitment: string;
                /** @enum {string} */
                onLapse?: "terminate" | "wait";
                missed?: {
                    recordedAt: string;
                    materials: {
                        code: string;
                        name: string;
                        dueDate: string;
                    }[];
                };
            };
            termination?: {
                reason: string;
                terminatedAt: string;
                recordedBy: components["schemas"]["Actor"];
            };
            decidedAtWindow?: boolean;
            forwarding?: {
                minutes: number;
                limitMinutes: number;
                late: boolean;
            };
            withdrawal?: {
                reason: string;
                withdrawnAt: string;
                recordedBy: components["schemas"]["Actor"];
            };
            receivedAt: string;
            submittedBy: components["schemas"]["Actor"];
            forwardedAt?: string;
            decision?: {
                /** @enum {string} */
                outcome: "approve" | "deny";
                opinion: string;
                decidedAt: string;
                decidedBy: components["schemas"]["Actor"];
            };
            resultReadyAt?: string;
            result?: {
                /** @enum {string} */
                kind: "licence" | "decision_document";
                number: string;
                title: string;
                issuer: string;
                validFrom?: string;
                validUntil?: string;
                attachedAt: string;
                attachedBy: components["schemas"]["Actor"];
                scan?: {
                    objectKey: string;
                    sha256: string;
                    size: number;
                    contentType: string;
                    scannedAt: string;
                    scannedBy: components["schemas"]["Actor"];
                };
            };
            delivery?: {
                /** @constant */
                method: "pickup";
            } | {
                /** @constant */
                method: "courier";
                address: {
                    recipient: string;
                    phone: string;
                    province?: string;
                    city: string;
                    district?: string;
                    street: string;
                    postcode?: string;
                };
            };
            dispatch?: {
                carrier: string;
                trackingNumber: string;
                sentOn: string;
                address: {
                    recipient: string;
                    phone: string;
                    province?: string;
                    city: string;
                    district?: string;
                    street: string;
                    postcode?: string;
                };
                dispatchedAt: string;
                dispatchedBy: components["schemas"]["Actor"];
            };
            handover?: {
                /** @constant */
                method: "pickup";
                recipient: {
                    /** @enum {string} */
                    kind: "applicant" | "proxy";
                    name: string;
                    idNumberMasked: string;
                    /** @enum {string} */
                    verifiedBy: "applicant_key" | "authorisation";
                    authorisation?: {
                        objectKey: string;
                        sha256: string;
                        size: number;
                        contentType: string;
                    };
                };
                signature: {
                    objectKey: string;
                    sha256: string;
                    size: number;
                    contentType: string;
                };
                handedOverAt: string;
                handedOverBy: components["schemas"]["Actor"];
            } | {
                /** @constant */
                method: "courier";
                carrier: string;
                trackingNumber: string;
                sentOn: string;
                receivedOn: string;
                handedOverAt: string;
                handedOverBy: components["schemas"]["Actor"];
            };
            closedAt?: string;
            coDepartments?: string[];
            acceptance?: {
                acceptedOn: string;
                acceptedAt: string;
                deemed: boolean;
                acceptedBy: components["schemas"]["Actor"];
            };
            refusal?: {
                reason: string;
                legalBasis: string;
                refusedAt: string;
                refusedBy: components["schemas"]["Actor"];
            };
            supplementRequest?: {
                problems: {
                    code: string;
                    name: string;
                    problem: string;
                }[];
                dueDate: string;
                requestedAt: string;
                requestedBy: components["schemas"]["Actor"];
                suppliedAt?: string;
            };
            pauses?: {
                /** @enum {string} */
                kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                reason: string;
                startedAt: string;
                startedBy: components["schemas"]["Actor"];
                expectedDays?: number;
                endedAt?: string;
                endedBy?: components["schemas"]["Actor"];
                outcome?: string;
                pausedWorkingDays?: number;
                startedOn?: string;
                endedOn?: string;
                deadlineBefore?: string;
                deadlineAfter?: string;
            }[];
            extension?: {
                days: number;
                reason: string;
                approvedBy: string;
                recordedBy: components["schemas"]["Actor"];
                at: string;
            };
            assignee?: {
                subject: string;
                name: string;
                since: string;
                assignedBy: components["schemas"]["Actor"];
            };
            coOpinions?: {
                department: string;
                since: string;
                /** @enum {string} */
                outcome?: "approve" | "deny";
                opinion?: string;
                at?: string;
                by?: components["schemas"]["Actor"];
            }[];
            report?: {
                authority: string;
                opinion: string;
                reportedAt: string;
                reportedBy: components["schemas"]["Actor"];
            };
            flags?: string[];
            archived?: {
                at: string;
                packageKey: string;
                manifestSha256: string;
            };
            /** @enum {string} */
            waitingFor?: "acceptance" | "supplement" | "decision" | "report" | "higher_authority" | "result_scan" | "result_ready";
            waitingSince?: string;
            history: components["schemas"]["AuditLine"][];
        };
        GetQueueResponse: {
            department: string;
            cases: {
                caseNumber: string;
                centre: string;
                itemCode: string;
                itemVersion: number;
                itemName: string;
                /** @enum {string} */
                itemType: "immediate" | "promised" | "reported" | "joint";
                department: string;
                promisedDays: number;
                applicant: {
                    /** @enum {string} */
                    kind: "person" | "legal_person";
                    name: string;
                    idNumberMasked: string;
                    phone?: string;
                };
                agent?: {
                    /** @enum {string} */
                    kind: "proxy" | "centre_helper";
                    name: string;
                    idNumberMasked: string;
                    reason: string;
                    authorisation: {
                        document?: {
                            code: string;
                            sha256: string;
                        } & {
                            [key: string]: unknown;
                        };
                        note?: string;
                    };
                };
                /** @enum {string} */
                channel: "window" | "online" | "county_system";
                materials: {
                    code: string;
                    name: string;
                    objectKey: string;
                    sha256: string;
                    size: number;
                    contentType: string;
                    reusedFrom?: {
                        caseNumber: string;
                        verifiedAt: string;
                    };
                }[];
                /** @enum {string} */
                state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn" | "terminated";
                version: number;
                promisedBy?: string;
                provisional?: boolean;
                /** @enum {string} */
                limitUnit?: "working_day" | "natural_day";
                correction?: {
                    requestedAt: string;
                    problems: {
                        code: string;
                        name: string;
                        problem: string;
                    }[];
                    resolvedAt?: string;
                };
                deferred?: {
                    materials: {
                        code: string;
                        name: string;
                        dueDate?: string;
                        broughtAt?: string;
                        broughtBy?: components["schemas"]["Actor"];
                        late?: boolean;
                    }[];
                    dueDate: string;
                    commitment: string;
                    /** @enum {string} */
                    onLapse?: "terminate" | "wait";
                    missed?: {
                        recordedAt: string;
                        materials: {
                            code: string;
                            name: string;
                            dueDate: string;
                        }[];
                    };
                };
                termination?: {
                    reason: string;
                    terminatedAt: string;
                    recordedBy: components["schemas"]["Actor"];
                };
                decidedAtWindow?: boolean;
                forwarding?: {
                    minutes: number;
                    limitMinutes: number;
                    late: boolean;
                };
                withdrawal?: {
                    reason: string;
                    withdrawnAt: string;
                    recordedBy: components["schemas"]["Actor"];
                };
                receivedAt: string;
                submittedBy: components["schemas"]["Actor"];
                forwardedAt?: string;
                decision?: {
                    /** @enum {string} */
                    outcome: "approve" | "deny";
                    opinion: string;
                    decidedAt: string;
                    decidedBy: components["schemas"]["Actor"];
                };
                resultReadyAt?: string;
                result?: {
                    /** @enum {string} */
                    kind: "licence" | "decision_document";
                    number: string;
                    title: string;
                    issuer: string;
                    validFrom?: string;
                    validUntil?: string;
                    attachedAt: string;
                    attachedBy: components["schemas"]["Actor"];
                    scan?: {
                        objectKey: string;
                        sha256: string;
                        size: number;
                        contentType: string;
                        scannedAt: string;
                        scannedBy: components["schemas"]["Actor"];
                    };
                };
                delivery?: {
                    /** @constant */
                    method: "pickup";
                } | {
                    /** @constant */
                    method: "courier";
                    address: {
                        recipient: string;
                        phone: string;
                        province?: string;
                        city: string;
                        district?: string;
                        street: string;
                        postcode?: string;
                    };
                };
                dispatch?: {
                    carrier: string;
                    trackingNumber: string;
                    sentOn: string;
                    address: {
                        recipient: string;
                        phone: string;
                        province?: string;
                        city: string;
                        district?: string;
                        street: string;
                        postcode?: string;
                    };
                    dispatchedAt: string;
                    dispatchedBy: components["schemas"]["Actor"];
                };
                handover?: {
                    /** @constant */
                    method: "pickup";
                    recipient: {
                        /** @enum {string} */
                        kind: "applicant" | "proxy";
                        name: string;
                        idNumberMasked: string;
                        /** @enum {string} */
                        verifiedBy: "applicant_key" | "authorisation";
                        authorisation?: {
                            objectKey: string;
                            sha256: string;
                            size: number;
                            contentType: string;
                        };
                    };
                    signature: {
                        objectKey: string;
                        sha256: string;
                        size: number;
                        contentType: string;
                    };
                    handedOverAt: string;
                    handedOverBy: components["schemas"]["Actor"];
                } | {
                    /** @constant */
                    method: "courier";
                    carrier: string;
                    trackingNumber: string;
                    sentOn: string;
                    receivedOn: string;
                    handedOverAt: string;
                    handedOverBy: components["schemas"]["Actor"];
                };
                closedAt?: string;
                coDepartments?: string[];
                acceptance?: {
                    acceptedOn: string;
                    acceptedAt: string;
                    deemed: boolean;
                    acceptedBy: components["schemas"]["Actor"];
                };
                refusal?: {
                    reason: string;
                    legalBasis: string;
                    refusedAt: string;
                    refusedBy: components["schemas"]["Actor"];
                };
                supplementRequest?: {
                    problems: {
                        code: string;
                        name: string;
                        problem: string;
                    }[];
                    dueDate: string;
                    requestedAt: string;
                    requestedBy: components["schemas"]["Actor"];
                    suppliedAt?: string;
                };
                pauses?: {
                    /** @enum {string} */
                    kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                    reason: string;
                    startedAt: string;
                    startedBy: components["schemas"]["Actor"];
                    expectedDays?: number;
                    endedAt?: string;
                    endedBy?: components["schemas"]["Actor"];
                    outcome?: string;
                    pausedWorkingDays?: number;
                    startedOn?: string;
                    endedOn?: string;
                    deadlineBefore?: string;
                    deadlineAfter?: string;
                }[];
                extension?: {
                    days: number;
                    reason: string;
                    approvedBy: string;
                    recordedBy: components["schemas"]["Actor"];
                    at: string;
                };
                assignee?: {
                    subject: string;
                    name: string;
                    since: string;
                    assignedBy: components["schemas"]["Actor"];
                };
                coOpinions?: {
                    department: string;
                    since: string;
                    /** @enum {string} */
                    outcome?: "approve" | "deny";
                    opinion?: string;
                    at?: string;
                    by?: components["schemas"]["Actor"];
                }[];
                report?: {
                    authority: string;
                    opinion: string;
                    reportedAt: string;
                    reportedBy: components["schemas"]["Actor"];
                };
                flags?: string[];
                archived?: {
                    at: string;
                    packageKey: string;
                    manifestSha256: string;
                };
                /** @enum {string} */
                waitingFor?: "acceptance" | "supplement" | "decision" | "report" | "higher_authority" | "result_scan" | "result_ready";
                waitingSince?: string;
                coOpinionTask?: {
                    department: string;
                    since: string;
                    limitDays: number;
                    dueOn?: string;
                };
            }[];
            nextCursor?: string;
        };
        SearchCasesResponse: {
            cases: {
                caseNumber: string;
                itemCode: string;
                itemName: string;
                department: string;
                coDepartments?: string[];
                applicant: {
                    /** @enum {string} */
                    kind: "person" | "legal_person";
                    name: string;
                    idNumberMasked: string;
                };
                /** @enum {string} */
                state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn" | "terminated";
                receivedAt: string;
                promisedBy?: string;
                /** @enum {string} */
                light?: "yellow" | "red";
            }[];
            examined: number;
            nextCursor?: string;
        };
        GetMaterialLinkResponse: {
            code: string;
            name: string;
            contentType: string;
            sha256: string;
            url: string;
            expiresAt: string;
        };
        GetOutputDeskResponse: {
            cases: components["schemas"]["Case"][];
            truncated: boolean;
        };
        ListNotificationsResponse: {
            notifications: {
                caseNumber: string;
                notificationId: string;
                /** @enum {string} */
                kind: "result_ready" | "mailed";
                /** @constant */
                channel: "sms";
                text: string;
                /** @enum {string} */
                status: "queued" | "sent" | "no_phone";
                to?: string;
                queuedAt: string;
                sentAt?: string;
                messageId?: string;
            }[];
        };
        ListRejectedCountyEventsResponse: {
            rejections: {
                rejectionId: string;
                source: string;
                applicationId: string;
                event: {
                    source: string;
                    detail: unknown;
                    time: string;
                };
                code: string;
                message: string;
                details: {
                    [key: string]: unknown;
                };
                rejectedAt: string;
                attempts: number;
                /** @enum {string} */
                status: "open" | "replayed";
                caseNumber?: string;
                replayedAt?: string;
                resubmittedBy?: string;
                resubmittedAt?: string;
            }[];
        };
        ReplayCountyEventResponse: {
            rejectionId: string;
            /** @constant */
            status: "resubmitted";
        };
        RateCaseResponse: {
            caseNumber: string;
            level: number;
            label: string;
            channel: string;
            comment: string;
            ratedAt: string;
            department: string;
            itemCode: string;
            ratedBy?: {
                subject: string;
                name: string;
                role: string;
                department?: string;
            };
            ticketId?: string;
            enteredBy?: {
                subject: string;
                name: string;
                role: string;
            };
        };
        GetRatingStatisticsResponse: {
            stats: {
                department: string;
                itemCode?: string;
                count: number;
                average: number;
                goodShare: number;
                byLevel: {
                    [key: string]: number;
                };
            }[];
        };
        OpenTicketResponse: {
            ticketId: string;
            /** @enum {string} */
            kind: "rectification" | "cannot_get_done" | "consultation";
            department: string;
            itemCode?: string;
            caseNumber?: string;
            level?: number;
            comment: string;
            /** @enum {string} */
            channel?: "window" | "phone" | "online";
            openedAt: string;
            openedBy?: {
                name: string;
                role: string;
            };
            promisedDays?: number;
            dueBy?: string;
            extension?: {
                days: number;
                reason: string;
                at: string;
                by: string;
                previousDueBy: string;
            };
            /** @enum {string} */
            status: "open" | "resolved";
            followUps: {
                at: string;
                by: string;
                note: string;
            }[];
            resolution?: {
                at: string;
                by: string;
                result: string;
            };
            daysOverdue?: number;
        };
        ListTicketsResponse: {
            tickets: components["schemas"]["OpenTicketResponse"][];
        };
        GetCalendarResponse: {
            years: {
                year: number;
                source: string;
                holidays: number;
                workdays: number;
                loadedAt?: string;
                loadedBy?: string;
                loadedByName?: string;
            }[];
        };
        LoadCalendarYearResponse: {
            year: number;
            source: string;
            holidays: number;
            workdays: number;
            loadedAt?: string;
            loadedBy?: string;
            loadedByName?: string;
            deadlines: {
                checked: number;
                changed: {
                    caseNumber: string;
                    from: string;
                    to: string;
                    provisional: boolean;
                }[];
            };
        };
        GetAuditTrailResponse: {
            subject: string;
            subjectId: string;
            lines: {
                at: string;
                action: string;
                actor: {
                    subject: string;
                    name: string;
                    role: string;
                    department?: string;
                };
                centre?: string;
                details: {
                    [key: string]: unknown;
                };
            }[];
        };
        GetCreditFlagHistoryResponse: {
            lines: {
                at: string;
                action: string;
                actor: {
                    subject: string;
                    name: string;
                    role: string;
                    department?: string;
                };
                centre?: string;
                details: {
                    [key: string]: unknown;
                };
            }[];
        };
        ListWarningsResponse: {
            warnings: {
                caseNumber: string;
                /** @enum {string} */
                level: "green" | "yellow" | "red";
                promisedBy: string;
                workingDaysLeft: number;
                department: string;
                itemCode: string;
                forwardingLate: boolean;
                /** @default [] */
                stepsOverdue: {
                    step: string;
                    department?: string;
                    since: string;
                    limitDays: number;
                    workingDays: number;
                }[];
                assignee?: {
                    subject: string;
                    name: string;
                };
                deferralsOverdue?: {
                    code: string;
                    name: string;
                    dueDate: string;
                }[];
                since: string;
                checkedAt: string;
            }[];
            stalled: {
                caseNumber: string;
                department: string;
                itemCode: string;
                state: string;
                at: string;
                error: string;
                cause: string;
                run: number;
            }[];
        };
        GetStatisticsResponse: {
            from: string;
            to: string;
            today: string;
            openByState: {
                department: string;
                state: string;
                count: number;
            }[];
            overdue: {
                caseNumber: string;
                department: string;
                itemCode: string;
                itemName: string;
                state: string;
                promisedBy: string;
                provisional?: boolean;
                workingDaysOverdue?: number;
            }[];
            total: {
                received: number;
                open: number;
                overdue: number;
                decided: number;
                decidedOnTime: number;
                decidedLate: number;
                onTimeRate: number | null;
                averageWorkingDaysToDecide: number | null;
                forwarded: number;
                forwardedInTime: number;
                forwardingCompliance: number | null;
            };
            byDepartment: {
                department: string;
                received: number;
                open: number;
                overdue: number;
                decided: number;
                decidedOnTime: number;
                decidedLate: number;
                onTimeRate: number | null;
                averageWorkingDaysToDecide: number | null;
                forwarded: number;
                forwardedInTime: number;
                forwardingCompliance: number | null;
            }[];
            byItem: {
                department: string;
                itemCode: string;
                itemName: string;
                received: number;
                open: number;
                overdue: number;
                decided: number;
                decidedOnTime: number;
                decidedLate: number;
                onTimeRate: number | null;
                averageWorkingDaysToDecide: number | null;
                forwarded: number;
                forwardedInTime: number;
                forwardingCompliance: number | null;
            }[];
        };
        GetArchivePackageResponse: {
            caseNumber: string;
            archived: {
                at: string;
                packageKey: string;
                manifestSha256: string;
            };
            manifestSha256Matches: boolean;
            manifest: {
                caseNumber: string;
                objects: {
                    [key: string]: unknown;
                }[];
            } & {
                [key: string]: unknown;
            };
            manifestUrl: string;
            objects: {
                /** @description material, notice, result, delivery_proof, case_record or audit_trail */
                role: string;
                ref: string;
                title: string;
                key: string;
                size: number;
                contentType: string;
                sha256: string;
                /** @description Presigned GET URL of the archived object */
                url: string;
            }[];
            urlsExpireAt: string;
            addenda: {
                packageKey: string;
                manifestKey: string;
                manifestSha256: string;
                at: string;
                seqs: number[];
                actions: string[];
                manifestUrl: string;
            }[];
            refusedChanges: {
                at: string;
                action: string;
                attemptedState: string;
                actor: {
                    subject: string;
                    name: string;
                    role: string;
                };
            }[];
            verification?: {
                caseNumber: string;
                packageKey: string;
                department: string;
                checkedAt: string;
                /** @enum {string} */
                status: "passed" | "failed";
                properties: {
                    /** @description 真实性: the manifest is the one recorded on the case */
                    authenticity: {
                        /** @enum {string} */
                        status: "pass" | "fail" | "unverified";
                        problems: string[];
                    };
                    /** @description 完整性: every object present with its SHA-256 */
                    integrity: {
                        /** @enum {string} */
                        status: "pass" | "fail" | "unverified";
                        problems: string[];
                    };
                    /** @description 可用性: manifest and objects open as their types */
                    usability: {
                        /** @enum {string} */
                        status: "pass" | "fail" | "unverified";
                        problems: string[];
                    };
                    /** @description 安全性: Object Lock COMPLIANCE until the retention date (unverified where storage does not report it) */
                    security: {
                        /** @enum {string} */
                        status: "pass" | "fail" | "unverified";
                        problems: string[];
                    };
                };
            };
        };
        ListArchiveVerificationsResponse: {
            verifications: {
                caseNumber: string;
                packageKey: string;
                department: string;
                checkedAt: string;
                /** @enum {string} */
                status: "passed" | "failed";
                properties: {
                    /** @description 真实性: the manifest is the one recorded on the case */
                    authenticity: {
                        /** @enum {string} */
                        status: "pass" | "fail" | "unverified";
                        problems: string[];
                    };
                    /** @description 完整性: every object present with its SHA-256 */
                    integrity: {
                        /** @enum {string} */
                        status: "pass" | "fail" | "unverified";
                        problems: string[];
                    };
                    /** @description 可用性: manifest and objects open as their types */
                    usability: {
                        /** @enum {string} */
                        status: "pass" | "fail" | "unverified";
                        problems: string[];
                    };
                    /** @description 安全性: Object Lock COMPLIANCE until the retention date (unverified where storage does not report it) */
                    security: {
                        /** @enum {string} */
                        status: "pass" | "fail" | "unverified";
                        problems: string[];
                    };
                };
            }[];
            nextCursor?: string;
        };
        GetHallConfigResponse: {
            centre: string;
            categories: components["schemas"]["SaveHallCategoryResponse"][];
            windows: components["schemas"]["SaveHallWindowResponse"][];
        };
        SaveHallCategoryResponse: {
            code: string;
            letter: string;
            name: string;
            itemCodes: string[];
            departments: string[];
            booking?: {
                slotMinutes: number;
                capacity: number;
            };
            hours: {
                [key: string]: {
                    from: string;
                    to: string;
                }[];
            };
            updatedAt: string;
            updatedBy: string;
        };
        SaveHallWindowResponse: {
            windowId: string;
            name: string;
            /** @enum {string} */
            kind: "general" | "domain" | "department" | "consultation" | "helper" | "cannot_get_done" | "output";
            kindLabel: string;
            categories: string[];
            pendingSwitch?: {
                categories: string[];
                reason: string;
                by: string;
                at: string;
            };
            temporary: boolean;
            hours: {
                [key: string]: {
                    from: string;
                    to: string;
                }[];
            };
            openNow: boolean;
            shift?: {
                subject: string;
                name: string;
                /** @enum {string} */
                post: "A" | "B";
                since: string;
                tookOverFrom?: {
                    subject: string;
                    name: string;
                    reason: string;
                };
            };
            servingTicketId?: string;
            awaitingRatingTicketId?: string;
            version: number;
            updatedAt: string;
        };
        GetHallWindowResponse: {
            window: components["schemas"]["SaveHallWindowResponse"];
            serving?: components["schemas"]["TakeQueueTicketResponse"];
            awaitingRating?: components["schemas"]["TakeQueueTicketResponse"];
            waiting: number;
        };
        TakeQueueTicketResponse: {
            ticketId: string;
            number: string;
            day: string;
            category: string;
            categoryName: string;
            /** @enum {string} */
            source: "kiosk" | "desk" | "booking";
            /** @enum {string} */
            priority?: "elderly" | "disabled" | "pregnant";
            bookingCode?: string;
            slotStart?: string;
            idNumberMasked?: string;
            takenAt: string;
            /** @enum {string} */
            status: "waiting" | "called" | "serving" | "finished" | "dropped" | "transferred";
            skips: number;
            window?: string;
            calls: {
                windowId: string;
                windowName: string;
                at: string;
                by: string;
                /** @enum {string} */
                kind: "call" | "recall";
            }[];
            calledAt?: string;
            windowId?: string;
            clerk?: {
                subject: string;
                name: string;
            };
            finishedAt?: string;
            droppedAt?: string;
            transfers: {
                at: string;
                by: string;
                fromCategory: string;
                toCategory: string;
                toWindow?: string;
                reason: string;
            }[];
            caseNumbers: string[];
            rating?: {
                level: number;
                at: string;
            };
            waitMinutes: number;
            ahead?: number;
            version: number;
        };
        ListQueueTicketsResponse: {
            tickets: components["schemas"]["TakeQueueTicketResponse"][];
        };
        CallNextTicketResponse: {
            ticket?: components["schemas"]["TakeQueueTicketResponse"];
            window: components["schemas"]["SaveHallWindowResponse"];
        };
        RateAtWindowPadResponse: {
            ticket: components["schemas"]["TakeQueueTicketResponse"];
            ratings: {
                caseNumber: string;
                level: number;
                label: string;
                ticketId?: string;
            }[];
            label: string;
        };
        GetHallBoardResponse: {
            centre: string;
            centreName: string;
            at: string;
            calling: {
                ticketId: string;
                number: string;
                windowId: string;
                windowName: string;
                at: string;
                /** @enum {string} */
                kind: "call" | "recall";
            }[];
            recent: {
                number: string;
                windowName: string;
                at: string;
            }[];
            waiting: {
                category: string;
                letter: string;
                name: string;
                count: number;
                longestWaitMinutes: number;
            }[];
            windows: {
                windowId: string;
                name: string;
                kindLabel: string;
                open: boolean;
                serving?: string;
            }[];
        };
        GetHallStatisticsResponse: {
            from: string;
            to: string;
            by: string;
            rows: {
                key: string;
                label: string;
                tickets: number;
                served: number;
                dropped: number;
                averageWaitMinutes: number;
                p90WaitMinutes: number;
                averageServiceMinutes: number;
                noShows: number;
                bookingsUsed: number;
                ratings: number;
                averageRating?: number;
                goodShare?: number;
            }[];
            total: {
                key: string;
                label: string;
                tickets: number;
                served: number;
                dropped: number;
                averageWaitMinutes: number;
                p90WaitMinutes: number;
                averageServiceMinutes: number;
                noShows: number;
                bookingsUsed: number;
                ratings: number;
                averageRating?: number;
                goodShare?: number;
            };
        };
        GetHallLiveStatisticsResponse: {
            at: string;
            categories: {
                category: string;
                name: string;
                waiting: number;
                longestWaitMinutes: number;
                windowsServing: number;
            }[];
            longestWaitMinutes: number;
            waiting: number;
        };
        ListBookingSlotsResponse: {
            category: string;
            categoryName: string;
            days: {
                day: string;
                slots: {
                    start: string;
                    end: string;
                    capacity: number;
                    left: number;
                }[];
            }[];
        };
        BookSlotResponse: {
            bookingCode: string;
            category: string;
            categoryName: string;
            day: string;
            slot: string;
            slotEnd: string;
            nameMasked: string;
            idNumberMasked: string;
            mobileMasked: string;
            /** @enum {string} */
            status: "booked" | "cancelled" | "checked_in" | "no_show";
            bookedAt: string;
            cancelledAt?: string;
            checkedInAt?: string;
            ticketId?: string;
            noShowAt?: string;
        };
        ListBookingsResponse: {
            bookings: components["schemas"]["BookSlotResponse"][];
        };
        ResultDocument: {
            /** @enum {string} */
            kind: "licence" | "decision_document";
            number: string;
            title: string;
            issuer: string;
            validFrom?: string;
            validUntil?: string;
        };
        QueryProgressRequest: {
            caseNumber: string;
            queryCode: string;
        };
        SaveBaseItemRequest: {
            name: string;
            /** @enum {string} */
            itemType: "immediate" | "promised" | "reported" | "joint";
            statutoryDays: number;
            /** @default  */
            legalBasis: string;
        };
        SaveItemRequest: {
            basicCode: string;
            implementationCode: string;
            name: string;
            department: string;
            /** @default [] */
            coDepartments: string[];
            /** @enum {string} */
            itemType: "immediate" | "promised" | "reported" | "joint";
            statutoryDays: number;
            promisedDays: number;
            /** @enum {string} */
            limitUnit?: "working_day" | "natural_day";
            /** @default  */
            conditions: string;
            /** @default 不收费 */
            fees: string;
            /** @default false */
            appointment: boolean;
            /** @default false */
            onlinePayment: boolean;
            /** @default false */
            courierDelivery: boolean;
            /**
             * @default general
             * @enum {string}
             */
            windowCategory: "general" | "domain" | "department" | "theme";
            /** @default [] */
            specialProcedures: string[];
            /** @default false */
            negativeList: boolean;
            departmentWindow?: string;
            /** @default [] */
            materials: {
                code: string;
                name: string;
                required: boolean;
                originals: number;
                copies: number;
                /** @enum {string} */
                form: "paper" | "electronic" | "either";
                /** @default false */
                deferrable: boolean;
                sample?: string;
            }[];
            /** @default [] */
            themes: string[];
            /** @default [] */
            keywords: string[];
            /** @enum {string} */
            deferralLapse?: "terminate" | "wait";
            maxMaterialBytes?: number;
        };
        ImportItemsRequest: {
            /** @enum {string} */
            format: "json" | "csv";
            /** @description format json: the items, each as POST /items takes it; each is checked and reported by its position (line) 1, 2, … */
            items?: unknown[];
            /** @description format csv: the file as text. Header of field names; lists split by | or ；; booleans true/false, 1/0, 是/否; materials as code:name:required:originals:copies:form:deferrable entries split by | (see functions/domain/catalog-import.ts) */
            content?: string;
        };
        RetireItemRequest: {
            /** @description Why the item is retired (e.g. 事项取消, 合并, 调整) */
            reason: string;
        };
        StartUploadRequest: {
            fileName: string;
            /** @enum {string} */
            contentType: "application/pdf" | "image/jpeg" | "image/png" | "image/tiff";
            sha256: string;
            size: number;
        };
        RegisterCaseRequest: {
            itemCode: string;
            applicant: {
                /** @enum {string} */
                kind: "person" | "legal_person";
                name: string;
                idNumber: string;
                phone?: string;
            };
            agent?: {
                /** @enum {string} */
                kind: "proxy" | "centre_helper";
                name: string;
                idNumber: string;
                /** @enum {string} */
                reason: "elderly" | "disabled" | "pregnant" | "ill" | "other";
                authorisation: {
                    /** Format: uuid */
                    uploadId?: string;
                    note?: string;
                };
            };
            /**
             * @default window
             * @enum {string}
             */
            channel: "window" | "online" | "county_system";
            /**
             * @default {
             *       "method": "pickup"
             *     }
             */
            delivery: {
                /** @constant */
                method: "pickup";
            } | {
                /** @constant */
                method: "courier";
                address: {
                    recipient: string;
                    phone: string;
                    province?: string;
                    city: string;
                    district?: string;
                    street: string;
                    postcode?: string;
                };
            };
            /** @default [] */
            materials: {
                code: string;
                /** Format: uuid */
                uploadId?: string;
                reuse?: {
                    sha256: string;
                };
            }[];
            /** @default [] */
            defects: {
                code: string;
                reason: string;
            }[];
            deferral?: {
                materials: string[];
                commitment: string;
                dueDate?: string;
            };
            decideNow?: {
                /** @enum {string} */
                outcome: "approve" | "deny";
                opinion: string;
            };
        };
        WithdrawCaseRequest: {
            reason: string;
            /** @constant */
            applicantConfirmed: true;
        };
        LookUpApplicantRequest: {
            /** @enum {string} */
            kind: "person" | "legal_person";
            idNumber: string;
        };
        SetCreditFlagRequest: {
            /** @enum {string} */
            kind: "person" | "legal_person";
            idNumber: string;
            reason: string;
            source: string;
        };
        ClearCreditFlagRequest: {
            /** @enum {string} */
            kind: "person" | "legal_person";
            idNumber: string;
            reason: string;
        };
        SaveDraftRequest: {
            label?: string;
            form: {
                itemCode?: string;
                applicant?: {
                    /** @enum {string} */
                    kind?: "person" | "legal_person";
                    name?: string;
                    idNumber?: string;
                    phone?: string;
                };
                /** @enum {string} */
                channel?: "window" | "online" | "county_system";
                materials?: {
                    code: string;
                    uploadId: string;
                }[];
                defects?: {
                    code: string;
                    reason: string;
                }[];
                deferral?: {
                    materials?: string[];
                    commitment?: string;
                    dueDate?: string;
                };
                note?: string;
            };
        };
        UpdateDraftRequest: {
            label?: string;
            form: {
                itemCode?: string;
                applicant?: {
                    /** @enum {string} */
                    kind?: "person" | "legal_person";
                    name?: string;
                    idNumber?: string;
                    phone?: string;
                };
                /** @enum {string} */
                channel?: "window" | "online" | "county_system";
                materials?: {
                    code: string;
                    uploadId: string;
                }[];
                defects?: {
                    code: string;
                    reason: string;
                }[];
                deferral?: {
                    materials?: string[];
                    commitment?: string;
                    dueDate?: string;
                };
                note?: string;
            };
            version: number;
        };
        SearchCasesRequest: {
            caseNumber?: string;
            applicant?: {
                name?: string;
                idNumber?: string;
                /** @enum {string} */
                kind?: "person" | "legal_person";
            };
            itemCode?: string;
            department?: string;
            /** @enum {string} */
            state?: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn" | "terminated";
            receivedFrom?: string;
            receivedTo?: string;
            /** @enum {string} */
            light?: "yellow" | "red";
            /** @default 20 */
            limit: number;
            cursor?: string;
        };
        SupplementCaseRequest: {
            /** @default [] */
            materials: {
                code: string;
                /** Format: uuid */
                uploadId?: string;
                reuse?: {
                    sha256: string;
                };
            }[];
            /** @default [] */
            defects: {
                code: string;
                reason: string;
            }[];
            deferral?: {
                materials: string[];
                commitment: string;
                dueDate?: string;
            };
            decideNow?: {
                /** @enum {string} */
                outcome: "approve" | "deny";
                opinion: string;
            };
        };
        BringDeferredMaterialsRequest: {
            materials: {
                code: string;
                /** Format: uuid */
                uploadId: string;
            }[];
        };
        ReviewCaseRequest: {
            /** @constant */
            outcome: "accept";
        } | {
            /** @constant */
            outcome: "refuse";
            reason: string;
            legalBasis: string;
        } | {
            /** @constant */
            outcome: "request_supplement";
            problems: {
                code: string;
                name: string;
                problem: string;
            }[];
            dueDate: string;
        };
        DecideCaseRequest: {
            /** @enum {string} */
            outcome: "approve" | "deny";
            opinion: string;
            result: components["schemas"]["ResultDocument"];
        };
        StartSpecialProcedureRequest: {
            /** @enum {string} */
            kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
            reason: string;
            expectedDays?: number;
        };
        EndSpecialProcedureRequest: {
            outcome: string;
        };
        ExtendCaseRequest: {
            days: number;
            reason: string;
            approvedBy: string;
        };
        ReassignCaseRequest: {
            subject: string;
            name: string;
            reason: string;
        };
        GiveCoOpinionRequest: {
            /** @enum {string} */
            outcome: "approve" | "deny";
            opinion: string;
        };
        ReportCaseRequest: {
            authority: string;
            opinion: string;
        };
        RecordHigherAuthorityDecisionRequest: {
            /** @enum {string} */
            outcome: "approve" | "deny";
            opinion: string;
            result?: components["schemas"]["ResultDocument"];
        };
        ScanResultRequest: {
            /** Format: uuid */
            uploadId: string;
            number: string;
            document?: components["schemas"]["ResultDocument"];
        };
        HandOverResultRequest: {
            /** @constant */
            method: "pickup";
            recipient: {
                /** @constant */
                kind: "applicant";
                name: string;
                idNumber: string;
            } | {
                /** @constant */
                kind: "proxy";
                name: string;
                idNumber: string;
                /** Format: uuid */
                authorisationUploadId: string;
            };
            /** Format: uuid */
            signatureUploadId: string;
        };
        DispatchResultRequest: {
            carrier: string;
            trackingNumber: string;
            sentOn: string;
        };
        ConfirmReceiptRequest: {
            receivedOn: string;
        };
        ChangeDeliveryMethodRequest: {
            delivery: {
                /** @constant */
                method: "pickup";
            } | {
                /** @constant */
                method: "courier";
                address: {
                    recipient: string;
                    phone: string;
                    province?: string;
                    city: string;
                    district?: string;
                    street: string;
                    postcode?: string;
                };
            };
            reason: string;
        };
        RateCaseRequest: {
            level: 1 | 2 | 3 | 4 | 5;
            /**
             * @default window
             * @enum {string}
             */
            channel: "window" | "online" | "mobile" | "phone";
            /** @default  */
            comment: string;
        };
        RateCaseByQueryCodeRequest: {
            caseNumber: string;
            queryCode: string;
            level: 1 | 2 | 3 | 4 | 5;
            /** @default  */
            comment: string;
        };
        OpenTicketRequest: {
            /** @enum {string} */
            kind: "cannot_get_done" | "consultation";
            comment: string;
            /**
             * @default window
             * @enum {string}
             */
            channel: "window" | "phone" | "online";
            department?: string;
            itemCode?: string;
            caseNumber?: string;
        };
        FollowUpTicketRequest: {
            note: string;
        };
        ExtendTicketRequest: {
            days: number;
            reason: string;
        };
        ResolveTicketRequest: {
            result: string;
        };
        LoadCalendarYearRequest: {
            holidays: string[];
            workdays: string[];
            source: string;
        };
        GetCreditFlagHistoryRequest: {
            /** @enum {string} */
            kind: "person" | "legal_person";
            idNumber: string;
        };
        SaveHallCategoryRequest: {
            letter: string;
            name: string;
            /** @default [] */
            itemCodes: string[];
            /** @default [] */
            departments: string[];
            booking?: {
                slotMinutes: number;
                capacity: number;
            };
            hours: {
                [key: string]: {
                    from: string;
                    to: string;
                }[];
            };
        };
        SaveHallWindowRequest: {
            name: string;
            /** @enum {string} */
            kind: "general" | "domain" | "department" | "consultation" | "helper" | "cannot_get_done" | "output";
            categories: string[];
            hours: {
                [key: string]: {
                    from: string;
                    to: string;
                }[];
            };
            /** @default false */
            temporary: boolean;
        };
        SwitchTidalWindowRequest: {
            categories: string[];
            reason: string;
        };
        SignInAtWindowRequest: {
            /**
             * @default A
             * @enum {string}
             */
            post: "A" | "B";
            takeOverReason?: string;
        };
        TakeQueueTicketRequest: {
            category: string;
            idNumber?: string;
        } | {
            bookingCode: string;
        };
        IssueQueueTicketRequest: {
            category: string;
            /** @enum {string} */
            priority?: "elderly" | "disabled" | "pregnant";
            idNumber?: string;
        };
        TransferQueueTicketRequest: {
            category?: string;
            windowId?: string;
            reason: string;
        };
        LinkCaseToQueueTicketRequest: {
            caseNumber: string;
        };
        RateAtWindowPadRequest: {
            level: 1 | 2 | 3 | 4 | 5;
            /** @default  */
            comment: string;
        };
        BookSlotRequest: {
            category: string;
            day: string;
            slot: string;
            name: string;
            idNumber: string;
            mobile: string;
        };
        CancelBookingRequest: {
            bookingCode: string;
            mobile: string;
        };
    };
    responses: {
        /** @description The request is malformed or invalid (code says which field) */
        Error400: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "invalid_state",
                 *       "message": "办件 HZ202612070001 当前状态为 registered，无法执行该操作。",
                 *       "details": {
                 *         "caseNumber": "HZ202612070001",
                 *         "state": "registered"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No valid bearer token */
        Error401: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "invalid_state",
                 *       "message": "办件 HZ202612070001 当前状态为 registered，无法执行该操作。",
                 *       "details": {
                 *         "caseNumber": "HZ202612070001",
                 *         "state": "registered"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The role or department may not do this */
        Error403: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "invalid_state",
                 *       "message": "办件 HZ202612070001 当前状态为 registered，无法执行该操作。",
                 *       "details": {
                 *         "caseNumber": "HZ202612070001",
                 *         "state": "registered"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such resource */
        Error404: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "invalid_state",
                 *       "message": "办件 HZ202612070001 当前状态为 registered，无法执行该操作。",
                 *       "details": {
                 *         "caseNumber": "HZ202612070001",
                 *         "state": "registered"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The case or item changed meanwhile, or the step was already taken */
        Error409: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "invalid_state",
                 *       "message": "办件 HZ202612070001 当前状态为 registered，无法执行该操作。",
                 *       "details": {
                 *         "caseNumber": "HZ202612070001",
                 *         "state": "registered"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body is too large */
        Error413: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "invalid_state",
                 *       "message": "办件 HZ202612070001 当前状态为 registered，无法执行该操作。",
                 *       "details": {
                 *         "caseNumber": "HZ202612070001",
                 *         "state": "registered"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body is not JSON */
        Error415: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "invalid_state",
                 *       "message": "办件 HZ202612070001 当前状态为 registered，无法执行该操作。",
                 *       "details": {
                 *         "caseNumber": "HZ202612070001",
                 *         "state": "registered"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request is well formed but breaks a rule */
        Error422: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "invalid_state",
                 *       "message": "办件 HZ202612070001 当前状态为 registered，无法执行该操作。",
                 *       "details": {
                 *         "caseNumber": "HZ202612070001",
                 *         "state": "registered"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many requests on a throttled route */
        Error429: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "invalid_state",
                 *       "message": "办件 HZ202612070001 当前状态为 registered，无法执行该操作。",
                 *       "details": {
                 *         "caseNumber": "HZ202612070001",
                 *         "state": "registered"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetHealthResponse"];
                };
            };
            400: components["responses"]["Error400"];
            404: components["responses"]["Error404"];
            429: components["responses"]["Error429"];
        };
    };
    getOpenApi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOpenApiResponse"];
                };
            };
            400: components["responses"]["Error400"];
            404: components["responses"]["Error404"];
            429: components["responses"]["Error429"];
        };
    };
    queryProgress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "caseNumber": "HZ202612070001",
                 *       "queryCode": "4F7K2Q9M"
                 *     }
                 */
                "application/json": components["schemas"]["QueryProgressRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryProgressResponse"];
                };
            };
            400: components["responses"]["Error400"];
            404: components["responses"]["Error404"];
            429: components["responses"]["Error429"];
        };
    };
    listBaseItems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListBaseItemsResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    saveBaseItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                basicCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveBaseItemRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaveBaseItemResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    listItems: {
        parameters: {
            query?: {
                /** @description Words (Chinese or codes), all must match: name, code, keyword, theme or department */
                q?: string;
                /** @description Lead or co-implementing department, or part of its name */
                department?: string;
                windowCategory?: "general" | "domain" | "department" | "theme";
                /** @description 主题, or part of it */
                theme?: string;
                itemType?: "immediate" | "promised" | "reported" | "joint";
                /** @description Also list retired items (default false) */
                includeRetired?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListItemsResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    saveItem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveItemRequest"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    getItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    getItemVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemCode: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    importItems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportItemsRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportItemsResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    retireItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetireItemRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    startUpload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fileName": "id-card.pdf",
                 *       "contentType": "application/pdf",
                 *       "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                 *       "size": 182311
                 *     }
                 */
                "application/json": components["schemas"]["StartUploadRequest"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartUploadResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    completeUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uploadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompleteUploadResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    registerCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the same case and issues nothing twice. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "itemCode": "RS-0001",
                 *       "applicant": {
                 *         "kind": "person",
                 *         "name": "张三",
                 *         "idNumber": "11010519491231002X"
                 *       },
                 *       "materials": [
                 *         {
                 *           "code": "ID",
                 *           "uploadId": "0b5f8e0e-3c1a-4f5e-9a51-2a7c0f1d9b10"
                 *         },
                 *         {
                 *           "code": "SEPARATION",
                 *           "uploadId": "6f1d2c3b-8e4a-4b7c-9d0e-1f2a3b4c5d6e"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RegisterCaseRequest"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterCaseResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    withdrawCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawCaseRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    revealPersonalData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevealPersonalDataResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    lookUpApplicant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LookUpApplicantRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LookUpApplicantResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    setCreditFlag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetCreditFlagRequest"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetCreditFlagResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    clearCreditFlag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClearCreditFlagRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetCreditFlagResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    listDrafts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListDraftsResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    saveDraft: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveDraftRequest"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaveDraftResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    getDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                draftId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaveDraftResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    updateDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                draftId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDraftRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaveDraftResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    discardDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                draftId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscardDraftResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    listNotices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListNoticesResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    getNoticePdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
                noticeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    reprintReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    confirmReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmReceiptRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    getCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetCaseResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    getQueue: {
        parameters: {
            query?: {
                state?: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn" | "terminated";
                department?: string;
                itemCode?: string;
                warning?: "yellow" | "red";
                task?: "co_opinion";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetQueueResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    searchCases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SearchCasesRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchCasesResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    getMaterialLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetMaterialLinkResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    getOutputDesk: {
        parameters: {
            query?: {
                state?: "approved" | "denied" | "not_accepted" | "result_ready" | "mailed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOutputDeskResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    supplementCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupplementCaseRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    bringDeferredMaterials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BringDeferredMaterialsRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    reviewCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "outcome": "accept"
                 *     }
                 */
                "application/json": components["schemas"]["ReviewCaseRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    decideCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "outcome": "approve",
                 *       "opinion": "材料齐全，符合条件，准予。",
                 *       "result": {
                 *         "kind": "licence",
                 *         "number": "人社许字2026001",
                 *         "title": "失业保险金核定通知",
                 *         "issuer": "人社局"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["DecideCaseRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    startSpecialProcedure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartSpecialProcedureRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    endSpecialProcedure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndSpecialProcedureRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    extendCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendCaseRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    reassignCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReassignCaseRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    giveCoOpinion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GiveCoOpinionRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    reportCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportCaseRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    recordHigherAuthorityDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordHigherAuthorityDecisionRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    scanResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScanResultRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    handOverResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandOverResultRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    dispatchResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DispatchResultRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    changeDeliveryMethod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeDeliveryMethodRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                caseNumber?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListNotificationsResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    listRejectedCountyEvents: {
        parameters: {
            query?: {
                status?: "open" | "replayed";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListRejectedCountyEventsResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    replayCountyEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rejectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplayCountyEventResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    rateCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateCaseRequest"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateCaseResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    rateCaseByQueryCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateCaseByQueryCodeRequest"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateCaseResponse"];
                };
            };
            400: components["responses"]["Error400"];
            404: components["responses"]["Error404"];
            429: components["responses"]["Error429"];
        };
    };
    getRatingStatistics: {
        parameters: {
            query?: {
                by?: "department" | "item";
                department?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetRatingStatisticsResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    listTickets: {
        parameters: {
            query?: {
                department?: string;
                status?: "open" | "resolved";
                kind?: "rectification" | "cannot_get_done" | "consultation";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTicketsResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    openTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenTicketRequest"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenTicketResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    followUpTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpTicketRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenTicketResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    extendTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendTicketRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenTicketResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    resolveTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveTicketRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenTicketResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    getCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetCalendarResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    loadCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoadCalendarYearRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoadCalendarYearResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    getAuditTrail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subject: "rating" | "item" | "calendar" | "ticket" | "hall_window" | "hall_category";
                subjectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetAuditTrailResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    getCreditFlagHistory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetCreditFlagHistoryRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetCreditFlagHistoryResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    listWarnings: {
        parameters: {
            query?: {
                level?: "yellow" | "red";
                department?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListWarningsResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    getStatistics: {
        parameters: {
            query: {
                from: string;
                to: string;
                department?: string;
                itemCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetStatisticsResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    getArchivePackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetArchivePackageResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    listArchiveVerifications: {
        parameters: {
            query?: {
                status?: "passed" | "failed";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListArchiveVerificationsResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    getHallConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetHallConfigResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    saveHallCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                category: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveHallCategoryRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaveHallCategoryResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    getHallWindow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                windowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetHallWindowResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    saveHallWindow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                windowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveHallWindowRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaveHallWindowResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    switchTidalWindow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                windowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SwitchTidalWindowRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaveHallWindowResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    signInAtWindow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                windowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInAtWindowRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaveHallWindowResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    signOutOfWindow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                windowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaveHallWindowResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    takeQueueTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                centre: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TakeQueueTicketRequest"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TakeQueueTicketResponse"];
                };
            };
            400: components["responses"]["Error400"];
            404: components["responses"]["Error404"];
            429: components["responses"]["Error429"];
        };
    };
    listQueueTickets: {
        parameters: {
            query?: {
                day?: string;
                status?: "waiting" | "called" | "serving" | "finished" | "dropped" | "transferred";
                category?: string;
                caseNumber?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListQueueTicketsResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    issueQueueTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueQueueTicketRequest"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TakeQueueTicketResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    getQueueTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TakeQueueTicketResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    callNextTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                windowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallNextTicketResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    recallQueueTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TakeQueueTicketResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    skipQueueTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TakeQueueTicketResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    transferQueueTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferQueueTicketRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TakeQueueTicketResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    finishQueueTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TakeQueueTicketResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    linkCaseToQueueTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkCaseToQueueTicketRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TakeQueueTicketResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    rateAtWindowPad: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateAtWindowPadRequest"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateAtWindowPadResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    getHallBoard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                centre: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetHallBoardResponse"];
                };
            };
            400: components["responses"]["Error400"];
            404: components["responses"]["Error404"];
            429: components["responses"]["Error429"];
        };
    };
    getHallStatistics: {
        parameters: {
            query: {
                from: string;
                to: string;
                by?: "day" | "window" | "clerk" | "category";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetHallStatisticsResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    getHallLiveStatistics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetHallLiveStatisticsResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
    listBookingSlots: {
        parameters: {
            query: {
                category: string;
                from?: string;
                days?: number;
            };
            header?: never;
            path: {
                centre: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListBookingSlotsResponse"];
                };
            };
            400: components["responses"]["Error400"];
            404: components["responses"]["Error404"];
            429: components["responses"]["Error429"];
        };
    };
    bookSlot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                centre: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookSlotRequest"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookSlotResponse"];
                };
            };
            400: components["responses"]["Error400"];
            404: components["responses"]["Error404"];
            429: components["responses"]["Error429"];
        };
    };
    cancelBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                centre: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelBookingRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookSlotResponse"];
                };
            };
            400: components["responses"]["Error400"];
            404: components["responses"]["Error404"];
            429: components["responses"]["Error429"];
        };
    };
    listBookings: {
        parameters: {
            query: {
                day: string;
                category?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListBookingsResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
        };
    };
}
