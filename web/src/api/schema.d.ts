/* Generated from GET /openapi.json by web/scripts/generate-api.ts; do not edit. */
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness check */
        get: operations["health:GET /health"];
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
        /** OpenAPI 3.1 document of this API */
        get: operations["openapi:GET /openapi.json"];
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
        /** 办件进度查询: progress of a case by its number and the query code given at intake, without signing in */
        post: operations["progress:POST /public/progress"];
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
        /** List catalog items */
        get: operations["items:GET /items"];
        put?: never;
        /** Create a catalog item (事项) or a new version of it */
        post: operations["items:POST /items"];
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
        /** Get the current version of a catalog item */
        get: operations["items:GET /items/{itemCode}"];
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
        /** Get one version of a catalog item (the one a case was received under) */
        get: operations["items:GET /items/{itemCode}/versions/{version}"];
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
        /** Import a county's item list (JSON or CSV), all or nothing */
        post: operations["items:POST /items/import"];
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
        /** Retire an item: no new cases; open cases go on */
        post: operations["items:POST /items/{itemCode}/retire"];
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
        /** Get a presigned URL to upload one scanned material */
        post: operations["uploads:POST /uploads"];
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
        /** Check an uploaded material (type, size, SHA-256) once its bytes are in storage */
        post: operations["uploads:POST /uploads/{uploadId}/complete"];
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
        /** Receive an application (收件): registered, incomplete (一次性补正), deferred (容缺) or decided on the spot (即办) */
        post: operations["intake:POST /cases"];
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
        /** Withdraw an application at the applicant's request (撤回), any time before it is decided */
        post: operations["intake:POST /cases/{caseNumber}/withdraw"];
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
        /** The applicant's full name and identity number, for legal review and the identity check at hand-over (each reading is recorded) */
        get: operations["personal-data:GET /cases/{caseNumber}/personal-data"];
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
        /** An applicant's reusable materials (材料复用) and credit flag, by identity number (sent in the body, never in a URL) */
        post: operations["applicants:POST /applicants/lookup"];
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
        /** Put an applicant on the credit warning list (失信): no 容缺 */
        post: operations["applicants:POST /credit-flags"];
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
        /** Clear an applicant's credit flag, with the reason */
        post: operations["applicants:POST /credit-flags/clear"];
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
        /** My saved intakes */
        get: operations["drafts:GET /drafts"];
        put?: never;
        /** Save an unfinished intake (暂存) */
        post: operations["drafts:POST /drafts"];
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
        /** Resume a saved intake */
        get: operations["drafts:GET /drafts/{draftId}"];
        /** Update a saved intake */
        put: operations["drafts:PUT /drafts/{draftId}"];
        post?: never;
        /** Discard a saved intake */
        delete: operations["drafts:DELETE /drafts/{draftId}"];
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
        /** Notices (文书) issued for a case */
        get: operations["notices:GET /cases/{caseNumber}/notices"];
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
        /** One notice as a PDF */
        get: operations["notices:GET /cases/{caseNumber}/notices/{noticeId}"];
        put?: never;
        post?: never;
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
        /** A case with its state and history */
        get: operations["cases:GET /cases/{caseNumber}"];
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
        /** A department's back-office queue */
        get: operations["cases:GET /queue"];
        put?: never;
        post?: never;
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
        /** A link (5 minutes) to view one of a case's scanned materials */
        get: operations["cases:GET /cases/{caseNumber}/materials/{code}"];
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
        /** 统一出件: the centre's results to scan, awaiting pickup and mailed, all departments */
        get: operations["cases:GET /output-desk"];
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
        /** Bring the materials a correction notice asked for (补正); a complete case is registered, or returns to the back office’s review */
        post: operations["decisions:POST /cases/{caseNumber}/supplement"];
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
        /** The back office reviews the application: 受理, 不予受理 (reason, legal basis) or 补正 (all at once, with a deadline) */
        post: operations["decisions:POST /cases/{caseNumber}/review"];
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
        /** Record the back-office decision (准予 / 不予) and resume the case */
        post: operations["decisions:POST /cases/{caseNumber}/decision"];
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
        /** Start a special procedure (特别程序: 听证, 检测, 专家评审 …): the clock stops and the applicant is told in writing */
        post: operations["decisions:POST /cases/{caseNumber}/special-procedures"];
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
        /** End the special procedure: the deadline moves by the working days it took */
        post: operations["decisions:POST /cases/{caseNumber}/special-procedures/end"];
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
        /** Extend the limit (延长审批) once, with the reason and the approving head of the body */
        post: operations["decisions:POST /cases/{caseNumber}/extension"];
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
        /** Reassign the case to another approver of its department (AB岗 / 改派), recorded with the reason */
        post: operations["decisions:POST /cases/{caseNumber}/assignee"];
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
        /** A co-department's opinion on a joint case (联办件) */
        post: operations["decisions:POST /cases/{caseNumber}/co-opinion"];
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
        /** Report a 上报件 to the higher authority with the preliminary review (初审意见) */
        post: operations["decisions:POST /cases/{caseNumber}/report"];
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
        /** The higher authority's decision on a reported case (its system only) */
        post: operations["decisions:POST /cases/{caseNumber}/higher-authority-decision"];
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
        /** Check the result against what the approver attached and scan it into the case (核验扫描); the applicant is notified */
        post: operations["handovers:POST /cases/{caseNumber}/result"];
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
        /** Hand the result over at the window (窗口领取): identity checked, recipient signs the 送达回证; the case closes */
        post: operations["handovers:POST /cases/{caseNumber}/handover"];
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
        /** Mail the result (邮寄送达): carrier, tracking number and the day it was sent */
        post: operations["handovers:POST /cases/{caseNumber}/dispatch"];
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
        get?: never;
        put?: never;
        /** The mailed result was received (the carrier's proof); the case closes */
        post: operations["handovers:POST /cases/{caseNumber}/receipt"];
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
        /** Change how the applicant gets the result (窗口领取 / 邮寄), before it is handed over or mailed; recorded */
        post: operations["handovers:POST /cases/{caseNumber}/delivery-method"];
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
        /** The SMS outbox (领取通知): messages queued and sent, of one case or the latest of the centre */
        get: operations["notifications:GET /notifications"];
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
        /** County-system applications that were refused, kept for replay */
        get: operations["county-events:GET /county-events/rejected"];
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
        /** Run a refused county-system application through intake again (after the catalog or data was fixed) */
        post: operations["county-events:POST /county-events/rejected/{rejectionId}/replay"];
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
        /** 好差评: record the applicant’s rating of a finished case (once); 4 or 5 opens a rectification ticket */
        post: operations["ratings:POST /cases/{caseNumber}/rating"];
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
        /** 好差评 by the applicant, with the case number and query code */
        post: operations["ratings:POST /public/rating"];
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
        /** Rating statistics per department or per item */
        get: operations["ratings:GET /ratings/stats"];
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
        /** A department's tickets (差评整改, 办不成事, 咨询), with working days overdue */
        get: operations["tickets:GET /tickets"];
        put?: never;
        /** Open a ticket for an applicant: 办不成事 (cannot_get_done) or 咨询 (consultation), due in the kind's working days */
        post: operations["tickets:POST /tickets"];
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
        /** Add a follow-up note to a ticket */
        post: operations["tickets:POST /tickets/{ticketId}/follow-up"];
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
        /** Extend the due day of a ticket once (延期), with the reason */
        post: operations["tickets:POST /tickets/{ticketId}/extend"];
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
        /** Close a ticket with its result */
        post: operations["tickets:POST /tickets/{ticketId}/resolve"];
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
        /** The centre's working-day calendar: years loaded and where each came from */
        get: operations["calendar:GET /calendar"];
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
        /** Load a year's holidays and make-up working days (法定节假日及调休), e.g. when the State Council publishes them */
        put: operations["calendar:PUT /calendar/{year}"];
        post?: never;
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
        /** 电子监察: cases near (yellow) or past (red) their promised deadline; approvers see their department */
        get: operations["supervision:GET /supervision/warnings"];
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
        /** Statistics over a range of days (from, to): open cases by department and state, overdue cases, on-time rate, working days to decide, forwarding compliance, per department and item */
        get: operations["supervision:GET /supervision/statistics"];
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
        /** A case's archive package (GB/T 42727): its manifest, presigned GET URLs of every object, refused changes and the latest verification */
        get: operations["archive:GET /archive/cases/{caseNumber}"];
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
        /** Latest verification of each archive package (真实性, 完整性, 可用性, 安全性), failed first */
        get: operations["archive:GET /archive/verifications"];
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "health:GET /health": {
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
                    "application/json": {
                        /** @constant */
                        status: "ok";
                        time: string;
                    };
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests on a throttled route */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "openapi:GET /openapi.json": {
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
                    "application/json": {
                        openapi: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests on a throttled route */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "progress:POST /public/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    caseNumber: string;
                    queryCode: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseNumber: string;
                        itemName: string;
                        department: string;
                        applicant: string;
                        state: string;
                        stateLabel: string;
                        receivedAt: string;
                        promisedBy?: string;
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests on a throttled route */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "items:GET /items": {
        parameters: {
            query?: {
                q?: string;
                department?: string;
                windowCategory?: "general" | "domain" | "department" | "theme";
                theme?: string;
                itemType?: "immediate" | "promised" | "reported" | "joint";
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
                    "application/json": {
                        /** @description Best match first; without q, by name */
                        items: {
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
                            maxMaterialBytes?: number;
                            version: number;
                            createdAt: string;
                            createdBy: string;
                            /** @enum {string} */
                            status: "active" | "retired";
                            retiredAt?: string;
                            retiredBy?: string;
                            retiredReason?: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "items:POST /items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    basicCode: string;
                    implementationCode: string;
                    name: string;
                    department: string;
                    /** @default [] */
                    coDepartments?: string[];
                    /** @enum {string} */
                    itemType: "immediate" | "promised" | "reported" | "joint";
                    statutoryDays: number;
                    promisedDays: number;
                    /** @default  */
                    conditions?: string;
                    /** @default 不收费 */
                    fees?: string;
                    /** @default false */
                    appointment?: boolean;
                    /** @default false */
                    onlinePayment?: boolean;
                    /** @default false */
                    courierDelivery?: boolean;
                    /**
                     * @default general
                     * @enum {string}
                     */
                    windowCategory?: "general" | "domain" | "department" | "theme";
                    /** @default [] */
                    specialProcedures?: string[];
                    /** @default false */
                    negativeList?: boolean;
                    departmentWindow?: string;
                    /** @default [] */
                    materials?: {
                        code: string;
                        name: string;
                        required: boolean;
                        originals: number;
                        copies: number;
                        /** @enum {string} */
                        form: "paper" | "electronic" | "either";
                        /** @default false */
                        deferrable?: boolean;
                        sample?: string;
                    }[];
                    /** @default [] */
                    themes?: string[];
                    /** @default [] */
                    keywords?: string[];
                    maxMaterialBytes?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "items:GET /items/{itemCode}": {
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
                    "application/json": {
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "items:GET /items/{itemCode}/versions/{version}": {
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
                    "application/json": {
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "items:POST /items/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    format: "json" | "csv";
                    /** @description format json: the items, each as POST /items takes it; each is checked and reported by its position (line) 1, 2, … */
                    items?: unknown[];
                    /** @description format csv: the file as text. Header of field names; lists split by | or ；; booleans true/false, 1/0, 是/否; materials as code:name:required:originals:copies:form:deferrable entries split by | (see functions/domain/catalog-import.ts) */
                    content?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "items:POST /items/{itemCode}/retire": {
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
                "application/json": {
                    /** @description Why the item is retired (e.g. 事项取消, 合并, 调整) */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "uploads:POST /uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    fileName: string;
                    /** @enum {string} */
                    contentType: "application/pdf" | "image/jpeg" | "image/png" | "image/tiff";
                    sha256: string;
                    size: number;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        uploadId: string;
                        uploadUrl: string;
                        /** @constant */
                        method: "PUT";
                        headers: {
                            [key: string]: string;
                        };
                        expiresAt: string;
                    };
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "uploads:POST /uploads/{uploadId}/complete": {
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
                    "application/json": {
                        uploadId: string;
                        /** @constant */
                        status: "verified";
                        sha256: string;
                        size: number;
                        contentType: string;
                    };
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "intake:POST /cases": {
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
                "application/json": {
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
                    channel?: "window" | "online" | "county_system";
                    /**
                     * @default {
                     *       "method": "pickup"
                     *     }
                     */
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
                    /** @default [] */
                    materials?: {
                        code: string;
                        /** Format: uuid */
                        uploadId?: string;
                        reuse?: {
                            sha256: string;
                        };
                    }[];
                    /** @default [] */
                    defects?: {
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
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn";
                        version: number;
                        promisedBy?: string;
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
                            }[];
                            dueDate: string;
                            commitment: string;
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
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        receivedAt: string;
                        submittedBy: {
                            subject: string;
                            name: string;
                            role: string;
                            department?: string;
                        };
                        forwardedAt?: string;
                        decision?: {
                            /** @enum {string} */
                            outcome: "approve" | "deny";
                            opinion: string;
                            decidedAt: string;
                            decidedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            attachedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            scan?: {
                                objectKey: string;
                                sha256: string;
                                size: number;
                                contentType: string;
                                scannedAt: string;
                                scannedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
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
                            dispatchedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        } | {
                            /** @constant */
                            method: "courier";
                            carrier: string;
                            trackingNumber: string;
                            sentOn: string;
                            receivedOn: string;
                            handedOverAt: string;
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        closedAt?: string;
                        coDepartments?: string[];
                        acceptance?: {
                            acceptedOn: string;
                            acceptedAt: string;
                            deemed: boolean;
                            acceptedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        refusal?: {
                            reason: string;
                            legalBasis: string;
                            refusedAt: string;
                            refusedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        supplementRequest?: {
                            problems: {
                                code: string;
                                name: string;
                                problem: string;
                            }[];
                            dueDate: string;
                            requestedAt: string;
                            requestedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            suppliedAt?: string;
                        };
                        pauses?: {
                            /** @enum {string} */
                            kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                            reason: string;
                            startedAt: string;
                            startedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            expectedDays?: number;
                            endedAt?: string;
                            endedBy?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            outcome?: string;
                            pausedWorkingDays?: number;
                        }[];
                        extension?: {
                            days: number;
                            reason: string;
                            approvedBy: string;
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            at: string;
                        };
                        assignee?: {
                            subject: string;
                            name: string;
                            since: string;
                            assignedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        coOpinions?: {
                            department: string;
                            since: string;
                            /** @enum {string} */
                            outcome?: "approve" | "deny";
                            opinion?: string;
                            at?: string;
                            by?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        }[];
                        report?: {
                            authority: string;
                            opinion: string;
                            reportedAt: string;
                            reportedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "intake:POST /cases/{caseNumber}/withdraw": {
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
                "application/json": {
                    reason: string;
                    /** @constant */
                    applicantConfirmed: true;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn";
                        version: number;
                        promisedBy?: string;
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
                            }[];
                            dueDate: string;
                            commitment: string;
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
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        receivedAt: string;
                        submittedBy: {
                            subject: string;
                            name: string;
                            role: string;
                            department?: string;
                        };
                        forwardedAt?: string;
                        decision?: {
                            /** @enum {string} */
                            outcome: "approve" | "deny";
                            opinion: string;
                            decidedAt: string;
                            decidedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            attachedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            scan?: {
                                objectKey: string;
                                sha256: string;
                                size: number;
                                contentType: string;
                                scannedAt: string;
                                scannedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
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
                            dispatchedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        } | {
                            /** @constant */
                            method: "courier";
                            carrier: string;
                            trackingNumber: string;
                            sentOn: string;
                            receivedOn: string;
                            handedOverAt: string;
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        closedAt?: string;
                        coDepartments?: string[];
                        acceptance?: {
                            acceptedOn: string;
                            acceptedAt: string;
                            deemed: boolean;
                            acceptedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        refusal?: {
                            reason: string;
                            legalBasis: string;
                            refusedAt: string;
                            refusedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        supplementRequest?: {
                            problems: {
                                code: string;
                                name: string;
                                problem: string;
                            }[];
                            dueDate: string;
                            requestedAt: string;
                            requestedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            suppliedAt?: string;
                        };
                        pauses?: {
                            /** @enum {string} */
                            kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                            reason: string;
                            startedAt: string;
                            startedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            expectedDays?: number;
                            endedAt?: string;
                            endedBy?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            outcome?: string;
                            pausedWorkingDays?: number;
                        }[];
                        extension?: {
                            days: number;
                            reason: string;
                            approvedBy: string;
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            at: string;
                        };
                        assignee?: {
                            subject: string;
                            name: string;
                            since: string;
                            assignedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        coOpinions?: {
                            department: string;
                            since: string;
                            /** @enum {string} */
                            outcome?: "approve" | "deny";
                            opinion?: string;
                            at?: string;
                            by?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        }[];
                        report?: {
                            authority: string;
                            opinion: string;
                            reportedAt: string;
                            reportedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "personal-data:GET /cases/{caseNumber}/personal-data": {
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
                    "application/json": {
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "applicants:POST /applicants/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "person" | "legal_person";
                    idNumber: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reusableMaterials: {
                            code: string;
                            name: string;
                            sha256: string;
                            size: number;
                            contentType: string;
                            caseNumber: string;
                            verifiedAt: string;
                        }[];
                        creditFlag?: {
                            active: boolean;
                            reason: string;
                            source: string;
                            flaggedAt: string;
                            clearedAt?: string;
                            clearReason?: string;
                        };
                    };
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "applicants:POST /credit-flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "person" | "legal_person";
                    idNumber: string;
                    reason: string;
                    source: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        reason: string;
                        source: string;
                        flaggedAt: string;
                        clearedAt?: string;
                        clearReason?: string;
                    };
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "applicants:POST /credit-flags/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "person" | "legal_person";
                    idNumber: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        reason: string;
                        source: string;
                        flaggedAt: string;
                        clearedAt?: string;
                        clearReason?: string;
                    };
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "drafts:GET /drafts": {
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
                    "application/json": {
                        drafts: {
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
                        }[];
                    };
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "drafts:POST /drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
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
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "drafts:GET /drafts/{draftId}": {
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
                    "application/json": {
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "drafts:PUT /drafts/{draftId}": {
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
                "application/json": {
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
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "drafts:DELETE /drafts/{draftId}": {
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
                    "application/json": null;
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "notices:GET /cases/{caseNumber}/notices": {
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
                    "application/json": {
                        caseNumber: string;
                        notices: {
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
                        }[];
                    };
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "notices:GET /cases/{caseNumber}/notices/{noticeId}": {
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
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "cases:GET /cases/{caseNumber}": {
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
                    "application/json": {
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
                        state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn";
                        version: number;
                        promisedBy?: string;
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
                            }[];
                            dueDate: string;
                            commitment: string;
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
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        receivedAt: string;
                        submittedBy: {
                            subject: string;
                            name: string;
                            role: string;
                            department?: string;
                        };
                        forwardedAt?: string;
                        decision?: {
                            /** @enum {string} */
                            outcome: "approve" | "deny";
                            opinion: string;
                            decidedAt: string;
                            decidedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            attachedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            scan?: {
                                objectKey: string;
                                sha256: string;
                                size: number;
                                contentType: string;
                                scannedAt: string;
                                scannedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
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
                            dispatchedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        } | {
                            /** @constant */
                            method: "courier";
                            carrier: string;
                            trackingNumber: string;
                            sentOn: string;
                            receivedOn: string;
                            handedOverAt: string;
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        closedAt?: string;
                        coDepartments?: string[];
                        acceptance?: {
                            acceptedOn: string;
                            acceptedAt: string;
                            deemed: boolean;
                            acceptedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        refusal?: {
                            reason: string;
                            legalBasis: string;
                            refusedAt: string;
                            refusedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        supplementRequest?: {
                            problems: {
                                code: string;
                                name: string;
                                problem: string;
                            }[];
                            dueDate: string;
                            requestedAt: string;
                            requestedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            suppliedAt?: string;
                        };
                        pauses?: {
                            /** @enum {string} */
                            kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                            reason: string;
                            startedAt: string;
                            startedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            expectedDays?: number;
                            endedAt?: string;
                            endedBy?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            outcome?: string;
                            pausedWorkingDays?: number;
                        }[];
                        extension?: {
                            days: number;
                            reason: string;
                            approvedBy: string;
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            at: string;
                        };
                        assignee?: {
                            subject: string;
                            name: string;
                            since: string;
                            assignedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        coOpinions?: {
                            department: string;
                            since: string;
                            /** @enum {string} */
                            outcome?: "approve" | "deny";
                            opinion?: string;
                            at?: string;
                            by?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        }[];
                        report?: {
                            authority: string;
                            opinion: string;
                            reportedAt: string;
                            reportedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                        history: {
                            seq: number;
                            at: string;
                            action: string;
                            fromState: string | null;
                            toState: string;
                            result: string;
                            actor: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            details: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "cases:GET /queue": {
        parameters: {
            query?: {
                state?: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn";
                department?: string;
                itemCode?: string;
                warning?: "yellow" | "red";
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
                    "application/json": {
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
                            state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn";
                            version: number;
                            promisedBy?: string;
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
                                }[];
                                dueDate: string;
                                commitment: string;
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
                                recordedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
                            };
                            receivedAt: string;
                            submittedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            forwardedAt?: string;
                            decision?: {
                                /** @enum {string} */
                                outcome: "approve" | "deny";
                                opinion: string;
                                decidedAt: string;
                                decidedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
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
                                attachedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
                                scan?: {
                                    objectKey: string;
                                    sha256: string;
                                    size: number;
                                    contentType: string;
                                    scannedAt: string;
                                    scannedBy: {
                                        subject: string;
                                        name: string;
                                        role: string;
                                        department?: string;
                                    };
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
                                dispatchedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
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
                                handedOverBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
                            } | {
                                /** @constant */
                                method: "courier";
                                carrier: string;
                                trackingNumber: string;
                                sentOn: string;
                                receivedOn: string;
                                handedOverAt: string;
                                handedOverBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
                            };
                            closedAt?: string;
                            coDepartments?: string[];
                            acceptance?: {
                                acceptedOn: string;
                                acceptedAt: string;
                                deemed: boolean;
                                acceptedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
                            };
                            refusal?: {
                                reason: string;
                                legalBasis: string;
                                refusedAt: string;
                                refusedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
                            };
                            supplementRequest?: {
                                problems: {
                                    code: string;
                                    name: string;
                                    problem: string;
                                }[];
                                dueDate: string;
                                requestedAt: string;
                                requestedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
                                suppliedAt?: string;
                            };
                            pauses?: {
                                /** @enum {string} */
                                kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                                reason: string;
                                startedAt: string;
                                startedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
                                expectedDays?: number;
                                endedAt?: string;
                                endedBy?: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
                                outcome?: string;
                                pausedWorkingDays?: number;
                            }[];
                            extension?: {
                                days: number;
                                reason: string;
                                approvedBy: string;
                                recordedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
                                at: string;
                            };
                            assignee?: {
                                subject: string;
                                name: string;
                                since: string;
                                assignedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
                            };
                            coOpinions?: {
                                department: string;
                                since: string;
                                /** @enum {string} */
                                outcome?: "approve" | "deny";
                                opinion?: string;
                                at?: string;
                                by?: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
                            }[];
                            report?: {
                                authority: string;
                                opinion: string;
                                reportedAt: string;
                                reportedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
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
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "cases:GET /cases/{caseNumber}/materials/{code}": {
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
                    "application/json": {
                        code: string;
                        name: string;
                        contentType: string;
                        sha256: string;
                        url: string;
                        expiresAt: string;
                    };
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "cases:GET /output-desk": {
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
                    "application/json": {
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
                            state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn";
                            version: number;
                            promisedBy?: string;
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
                                }[];
                                dueDate: string;
                                commitment: string;
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
                                recordedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
                            };
                            receivedAt: string;
                            submittedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            forwardedAt?: string;
                            decision?: {
                                /** @enum {string} */
                                outcome: "approve" | "deny";
                                opinion: string;
                                decidedAt: string;
                                decidedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
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
                                attachedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
                                scan?: {
                                    objectKey: string;
                                    sha256: string;
                                    size: number;
                                    contentType: string;
                                    scannedAt: string;
                                    scannedBy: {
                                        subject: string;
                                        name: string;
                                        role: string;
                                        department?: string;
                                    };
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
                                dispatchedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
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
                                handedOverBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
                            } | {
                                /** @constant */
                                method: "courier";
                                carrier: string;
                                trackingNumber: string;
                                sentOn: string;
                                receivedOn: string;
                                handedOverAt: string;
                                handedOverBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
                            };
                            closedAt?: string;
                            coDepartments?: string[];
                            acceptance?: {
                                acceptedOn: string;
                                acceptedAt: string;
                                deemed: boolean;
                                acceptedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
                            };
                            refusal?: {
                                reason: string;
                                legalBasis: string;
                                refusedAt: string;
                                refusedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
                            };
                            supplementRequest?: {
                                problems: {
                                    code: string;
                                    name: string;
                                    problem: string;
                                }[];
                                dueDate: string;
                                requestedAt: string;
                                requestedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
                                suppliedAt?: string;
                            };
                            pauses?: {
                                /** @enum {string} */
                                kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                                reason: string;
                                startedAt: string;
                                startedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
                                expectedDays?: number;
                                endedAt?: string;
                                endedBy?: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
                                outcome?: string;
                                pausedWorkingDays?: number;
                            }[];
                            extension?: {
                                days: number;
                                reason: string;
                                approvedBy: string;
                                recordedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
                                at: string;
                            };
                            assignee?: {
                                subject: string;
                                name: string;
                                since: string;
                                assignedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
                            };
                            coOpinions?: {
                                department: string;
                                since: string;
                                /** @enum {string} */
                                outcome?: "approve" | "deny";
                                opinion?: string;
                                at?: string;
                                by?: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
                            }[];
                            report?: {
                                authority: string;
                                opinion: string;
                                reportedAt: string;
                                reportedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
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
                        }[];
                        truncated: boolean;
                    };
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "decisions:POST /cases/{caseNumber}/supplement": {
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
                "application/json": {
                    /** @default [] */
                    materials?: {
                        code: string;
                        /** Format: uuid */
                        uploadId?: string;
                        reuse?: {
                            sha256: string;
                        };
                    }[];
                    /** @default [] */
                    defects?: {
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
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn";
                        version: number;
                        promisedBy?: string;
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
                            }[];
                            dueDate: string;
                            commitment: string;
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
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        receivedAt: string;
                        submittedBy: {
                            subject: string;
                            name: string;
                            role: string;
                            department?: string;
                        };
                        forwardedAt?: string;
                        decision?: {
                            /** @enum {string} */
                            outcome: "approve" | "deny";
                            opinion: string;
                            decidedAt: string;
                            decidedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            attachedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            scan?: {
                                objectKey: string;
                                sha256: string;
                                size: number;
                                contentType: string;
                                scannedAt: string;
                                scannedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
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
                            dispatchedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        } | {
                            /** @constant */
                            method: "courier";
                            carrier: string;
                            trackingNumber: string;
                            sentOn: string;
                            receivedOn: string;
                            handedOverAt: string;
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        closedAt?: string;
                        coDepartments?: string[];
                        acceptance?: {
                            acceptedOn: string;
                            acceptedAt: string;
                            deemed: boolean;
                            acceptedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        refusal?: {
                            reason: string;
                            legalBasis: string;
                            refusedAt: string;
                            refusedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        supplementRequest?: {
                            problems: {
                                code: string;
                                name: string;
                                problem: string;
                            }[];
                            dueDate: string;
                            requestedAt: string;
                            requestedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            suppliedAt?: string;
                        };
                        pauses?: {
                            /** @enum {string} */
                            kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                            reason: string;
                            startedAt: string;
                            startedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            expectedDays?: number;
                            endedAt?: string;
                            endedBy?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            outcome?: string;
                            pausedWorkingDays?: number;
                        }[];
                        extension?: {
                            days: number;
                            reason: string;
                            approvedBy: string;
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            at: string;
                        };
                        assignee?: {
                            subject: string;
                            name: string;
                            since: string;
                            assignedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        coOpinions?: {
                            department: string;
                            since: string;
                            /** @enum {string} */
                            outcome?: "approve" | "deny";
                            opinion?: string;
                            at?: string;
                            by?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        }[];
                        report?: {
                            authority: string;
                            opinion: string;
                            reportedAt: string;
                            reportedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "decisions:POST /cases/{caseNumber}/review": {
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
                "application/json": {
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
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn";
                        version: number;
                        promisedBy?: string;
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
                            }[];
                            dueDate: string;
                            commitment: string;
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
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        receivedAt: string;
                        submittedBy: {
                            subject: string;
                            name: string;
                            role: string;
                            department?: string;
                        };
                        forwardedAt?: string;
                        decision?: {
                            /** @enum {string} */
                            outcome: "approve" | "deny";
                            opinion: string;
                            decidedAt: string;
                            decidedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            attachedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            scan?: {
                                objectKey: string;
                                sha256: string;
                                size: number;
                                contentType: string;
                                scannedAt: string;
                                scannedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
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
                            dispatchedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        } | {
                            /** @constant */
                            method: "courier";
                            carrier: string;
                            trackingNumber: string;
                            sentOn: string;
                            receivedOn: string;
                            handedOverAt: string;
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        closedAt?: string;
                        coDepartments?: string[];
                        acceptance?: {
                            acceptedOn: string;
                            acceptedAt: string;
                            deemed: boolean;
                            acceptedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        refusal?: {
                            reason: string;
                            legalBasis: string;
                            refusedAt: string;
                            refusedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        supplementRequest?: {
                            problems: {
                                code: string;
                                name: string;
                                problem: string;
                            }[];
                            dueDate: string;
                            requestedAt: string;
                            requestedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            suppliedAt?: string;
                        };
                        pauses?: {
                            /** @enum {string} */
                            kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                            reason: string;
                            startedAt: string;
                            startedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            expectedDays?: number;
                            endedAt?: string;
                            endedBy?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            outcome?: string;
                            pausedWorkingDays?: number;
                        }[];
                        extension?: {
                            days: number;
                            reason: string;
                            approvedBy: string;
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            at: string;
                        };
                        assignee?: {
                            subject: string;
                            name: string;
                            since: string;
                            assignedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        coOpinions?: {
                            department: string;
                            since: string;
                            /** @enum {string} */
                            outcome?: "approve" | "deny";
                            opinion?: string;
                            at?: string;
                            by?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        }[];
                        report?: {
                            authority: string;
                            opinion: string;
                            reportedAt: string;
                            reportedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "decisions:POST /cases/{caseNumber}/decision": {
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
                "application/json": {
                    /** @enum {string} */
                    outcome: "approve" | "deny";
                    opinion: string;
                    result: {
                        /** @enum {string} */
                        kind: "licence" | "decision_document";
                        number: string;
                        title: string;
                        issuer: string;
                        validFrom?: string;
                        validUntil?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn";
                        version: number;
                        promisedBy?: string;
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
                            }[];
                            dueDate: string;
                            commitment: string;
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
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        receivedAt: string;
                        submittedBy: {
                            subject: string;
                            name: string;
                            role: string;
                            department?: string;
                        };
                        forwardedAt?: string;
                        decision?: {
                            /** @enum {string} */
                            outcome: "approve" | "deny";
                            opinion: string;
                            decidedAt: string;
                            decidedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            attachedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            scan?: {
                                objectKey: string;
                                sha256: string;
                                size: number;
                                contentType: string;
                                scannedAt: string;
                                scannedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
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
                            dispatchedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        } | {
                            /** @constant */
                            method: "courier";
                            carrier: string;
                            trackingNumber: string;
                            sentOn: string;
                            receivedOn: string;
                            handedOverAt: string;
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        closedAt?: string;
                        coDepartments?: string[];
                        acceptance?: {
                            acceptedOn: string;
                            acceptedAt: string;
                            deemed: boolean;
                            acceptedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        refusal?: {
                            reason: string;
                            legalBasis: string;
                            refusedAt: string;
                            refusedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        supplementRequest?: {
                            problems: {
                                code: string;
                                name: string;
                                problem: string;
                            }[];
                            dueDate: string;
                            requestedAt: string;
                            requestedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            suppliedAt?: string;
                        };
                        pauses?: {
                            /** @enum {string} */
                            kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                            reason: string;
                            startedAt: string;
                            startedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            expectedDays?: number;
                            endedAt?: string;
                            endedBy?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            outcome?: string;
                            pausedWorkingDays?: number;
                        }[];
                        extension?: {
                            days: number;
                            reason: string;
                            approvedBy: string;
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            at: string;
                        };
                        assignee?: {
                            subject: string;
                            name: string;
                            since: string;
                            assignedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        coOpinions?: {
                            department: string;
                            since: string;
                            /** @enum {string} */
                            outcome?: "approve" | "deny";
                            opinion?: string;
                            at?: string;
                            by?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        }[];
                        report?: {
                            authority: string;
                            opinion: string;
                            reportedAt: string;
                            reportedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "decisions:POST /cases/{caseNumber}/special-procedures": {
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
                "application/json": {
                    /** @enum {string} */
                    kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                    reason: string;
                    expectedDays?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn";
                        version: number;
                        promisedBy?: string;
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
                            }[];
                            dueDate: string;
                            commitment: string;
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
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        receivedAt: string;
                        submittedBy: {
                            subject: string;
                            name: string;
                            role: string;
                            department?: string;
                        };
                        forwardedAt?: string;
                        decision?: {
                            /** @enum {string} */
                            outcome: "approve" | "deny";
                            opinion: string;
                            decidedAt: string;
                            decidedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            attachedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            scan?: {
                                objectKey: string;
                                sha256: string;
                                size: number;
                                contentType: string;
                                scannedAt: string;
                                scannedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
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
                            dispatchedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        } | {
                            /** @constant */
                            method: "courier";
                            carrier: string;
                            trackingNumber: string;
                            sentOn: string;
                            receivedOn: string;
                            handedOverAt: string;
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        closedAt?: string;
                        coDepartments?: string[];
                        acceptance?: {
                            acceptedOn: string;
                            acceptedAt: string;
                            deemed: boolean;
                            acceptedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        refusal?: {
                            reason: string;
                            legalBasis: string;
                            refusedAt: string;
                            refusedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        supplementRequest?: {
                            problems: {
                                code: string;
                                name: string;
                                problem: string;
                            }[];
                            dueDate: string;
                            requestedAt: string;
                            requestedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            suppliedAt?: string;
                        };
                        pauses?: {
                            /** @enum {string} */
                            kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                            reason: string;
                            startedAt: string;
                            startedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            expectedDays?: number;
                            endedAt?: string;
                            endedBy?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            outcome?: string;
                            pausedWorkingDays?: number;
                        }[];
                        extension?: {
                            days: number;
                            reason: string;
                            approvedBy: string;
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            at: string;
                        };
                        assignee?: {
                            subject: string;
                            name: string;
                            since: string;
                            assignedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        coOpinions?: {
                            department: string;
                            since: string;
                            /** @enum {string} */
                            outcome?: "approve" | "deny";
                            opinion?: string;
                            at?: string;
                            by?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        }[];
                        report?: {
                            authority: string;
                            opinion: string;
                            reportedAt: string;
                            reportedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "decisions:POST /cases/{caseNumber}/special-procedures/end": {
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
                "application/json": {
                    outcome: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn";
                        version: number;
                        promisedBy?: string;
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
                            }[];
                            dueDate: string;
                            commitment: string;
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
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        receivedAt: string;
                        submittedBy: {
                            subject: string;
                            name: string;
                            role: string;
                            department?: string;
                        };
                        forwardedAt?: string;
                        decision?: {
                            /** @enum {string} */
                            outcome: "approve" | "deny";
                            opinion: string;
                            decidedAt: string;
                            decidedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            attachedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            scan?: {
                                objectKey: string;
                                sha256: string;
                                size: number;
                                contentType: string;
                                scannedAt: string;
                                scannedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
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
                            dispatchedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        } | {
                            /** @constant */
                            method: "courier";
                            carrier: string;
                            trackingNumber: string;
                            sentOn: string;
                            receivedOn: string;
                            handedOverAt: string;
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        closedAt?: string;
                        coDepartments?: string[];
                        acceptance?: {
                            acceptedOn: string;
                            acceptedAt: string;
                            deemed: boolean;
                            acceptedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        refusal?: {
                            reason: string;
                            legalBasis: string;
                            refusedAt: string;
                            refusedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        supplementRequest?: {
                            problems: {
                                code: string;
                                name: string;
                                problem: string;
                            }[];
                            dueDate: string;
                            requestedAt: string;
                            requestedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            suppliedAt?: string;
                        };
                        pauses?: {
                            /** @enum {string} */
                            kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                            reason: string;
                            startedAt: string;
                            startedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            expectedDays?: number;
                            endedAt?: string;
                            endedBy?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            outcome?: string;
                            pausedWorkingDays?: number;
                        }[];
                        extension?: {
                            days: number;
                            reason: string;
                            approvedBy: string;
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            at: string;
                        };
                        assignee?: {
                            subject: string;
                            name: string;
                            since: string;
                            assignedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        coOpinions?: {
                            department: string;
                            since: string;
                            /** @enum {string} */
                            outcome?: "approve" | "deny";
                            opinion?: string;
                            at?: string;
                            by?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        }[];
                        report?: {
                            authority: string;
                            opinion: string;
                            reportedAt: string;
                            reportedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "decisions:POST /cases/{caseNumber}/extension": {
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
                "application/json": {
                    days: number;
                    reason: string;
                    approvedBy: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn";
                        version: number;
                        promisedBy?: string;
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
                            }[];
                            dueDate: string;
                            commitment: string;
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
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        receivedAt: string;
                        submittedBy: {
                            subject: string;
                            name: string;
                            role: string;
                            department?: string;
                        };
                        forwardedAt?: string;
                        decision?: {
                            /** @enum {string} */
                            outcome: "approve" | "deny";
                            opinion: string;
                            decidedAt: string;
                            decidedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            attachedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            scan?: {
                                objectKey: string;
                                sha256: string;
                                size: number;
                                contentType: string;
                                scannedAt: string;
                                scannedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
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
                            dispatchedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        } | {
                            /** @constant */
                            method: "courier";
                            carrier: string;
                            trackingNumber: string;
                            sentOn: string;
                            receivedOn: string;
                            handedOverAt: string;
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        closedAt?: string;
                        coDepartments?: string[];
                        acceptance?: {
                            acceptedOn: string;
                            acceptedAt: string;
                            deemed: boolean;
                            acceptedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        refusal?: {
                            reason: string;
                            legalBasis: string;
                            refusedAt: string;
                            refusedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        supplementRequest?: {
                            problems: {
                                code: string;
                                name: string;
                                problem: string;
                            }[];
                            dueDate: string;
                            requestedAt: string;
                            requestedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            suppliedAt?: string;
                        };
                        pauses?: {
                            /** @enum {string} */
                            kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                            reason: string;
                            startedAt: string;
                            startedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            expectedDays?: number;
                            endedAt?: string;
                            endedBy?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            outcome?: string;
                            pausedWorkingDays?: number;
                        }[];
                        extension?: {
                            days: number;
                            reason: string;
                            approvedBy: string;
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            at: string;
                        };
                        assignee?: {
                            subject: string;
                            name: string;
                            since: string;
                            assignedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        coOpinions?: {
                            department: string;
                            since: string;
                            /** @enum {string} */
                            outcome?: "approve" | "deny";
                            opinion?: string;
                            at?: string;
                            by?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        }[];
                        report?: {
                            authority: string;
                            opinion: string;
                            reportedAt: string;
                            reportedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "decisions:POST /cases/{caseNumber}/assignee": {
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
                "application/json": {
                    subject: string;
                    name: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn";
                        version: number;
                        promisedBy?: string;
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
                            }[];
                            dueDate: string;
                            commitment: string;
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
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        receivedAt: string;
                        submittedBy: {
                            subject: string;
                            name: string;
                            role: string;
                            department?: string;
                        };
                        forwardedAt?: string;
                        decision?: {
                            /** @enum {string} */
                            outcome: "approve" | "deny";
                            opinion: string;
                            decidedAt: string;
                            decidedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            attachedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            scan?: {
                                objectKey: string;
                                sha256: string;
                                size: number;
                                contentType: string;
                                scannedAt: string;
                                scannedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
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
                            dispatchedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        } | {
                            /** @constant */
                            method: "courier";
                            carrier: string;
                            trackingNumber: string;
                            sentOn: string;
                            receivedOn: string;
                            handedOverAt: string;
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        closedAt?: string;
                        coDepartments?: string[];
                        acceptance?: {
                            acceptedOn: string;
                            acceptedAt: string;
                            deemed: boolean;
                            acceptedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        refusal?: {
                            reason: string;
                            legalBasis: string;
                            refusedAt: string;
                            refusedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        supplementRequest?: {
                            problems: {
                                code: string;
                                name: string;
                                problem: string;
                            }[];
                            dueDate: string;
                            requestedAt: string;
                            requestedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            suppliedAt?: string;
                        };
                        pauses?: {
                            /** @enum {string} */
                            kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                            reason: string;
                            startedAt: string;
                            startedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            expectedDays?: number;
                            endedAt?: string;
                            endedBy?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            outcome?: string;
                            pausedWorkingDays?: number;
                        }[];
                        extension?: {
                            days: number;
                            reason: string;
                            approvedBy: string;
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            at: string;
                        };
                        assignee?: {
                            subject: string;
                            name: string;
                            since: string;
                            assignedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        coOpinions?: {
                            department: string;
                            since: string;
                            /** @enum {string} */
                            outcome?: "approve" | "deny";
                            opinion?: string;
                            at?: string;
                            by?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        }[];
                        report?: {
                            authority: string;
                            opinion: string;
                            reportedAt: string;
                            reportedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "decisions:POST /cases/{caseNumber}/co-opinion": {
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
                "application/json": {
                    /** @enum {string} */
                    outcome: "approve" | "deny";
                    opinion: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn";
                        version: number;
                        promisedBy?: string;
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
                            }[];
                            dueDate: string;
                            commitment: string;
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
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        receivedAt: string;
                        submittedBy: {
                            subject: string;
                            name: string;
                            role: string;
                            department?: string;
                        };
                        forwardedAt?: string;
                        decision?: {
                            /** @enum {string} */
                            outcome: "approve" | "deny";
                            opinion: string;
                            decidedAt: string;
                            decidedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            attachedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            scan?: {
                                objectKey: string;
                                sha256: string;
                                size: number;
                                contentType: string;
                                scannedAt: string;
                                scannedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
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
                            dispatchedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        } | {
                            /** @constant */
                            method: "courier";
                            carrier: string;
                            trackingNumber: string;
                            sentOn: string;
                            receivedOn: string;
                            handedOverAt: string;
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        closedAt?: string;
                        coDepartments?: string[];
                        acceptance?: {
                            acceptedOn: string;
                            acceptedAt: string;
                            deemed: boolean;
                            acceptedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        refusal?: {
                            reason: string;
                            legalBasis: string;
                            refusedAt: string;
                            refusedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        supplementRequest?: {
                            problems: {
                                code: string;
                                name: string;
                                problem: string;
                            }[];
                            dueDate: string;
                            requestedAt: string;
                            requestedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            suppliedAt?: string;
                        };
                        pauses?: {
                            /** @enum {string} */
                            kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                            reason: string;
                            startedAt: string;
                            startedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            expectedDays?: number;
                            endedAt?: string;
                            endedBy?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            outcome?: string;
                            pausedWorkingDays?: number;
                        }[];
                        extension?: {
                            days: number;
                            reason: string;
                            approvedBy: string;
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            at: string;
                        };
                        assignee?: {
                            subject: string;
                            name: string;
                            since: string;
                            assignedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        coOpinions?: {
                            department: string;
                            since: string;
                            /** @enum {string} */
                            outcome?: "approve" | "deny";
                            opinion?: string;
                            at?: string;
                            by?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        }[];
                        report?: {
                            authority: string;
                            opinion: string;
                            reportedAt: string;
                            reportedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "decisions:POST /cases/{caseNumber}/report": {
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
                "application/json": {
                    authority: string;
                    opinion: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn";
                        version: number;
                        promisedBy?: string;
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
                            }[];
                            dueDate: string;
                            commitment: string;
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
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        receivedAt: string;
                        submittedBy: {
                            subject: string;
                            name: string;
                            role: string;
                            department?: string;
                        };
                        forwardedAt?: string;
                        decision?: {
                            /** @enum {string} */
                            outcome: "approve" | "deny";
                            opinion: string;
                            decidedAt: string;
                            decidedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            attachedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            scan?: {
                                objectKey: string;
                                sha256: string;
                                size: number;
                                contentType: string;
                                scannedAt: string;
                                scannedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
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
                            dispatchedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        } | {
                            /** @constant */
                            method: "courier";
                            carrier: string;
                            trackingNumber: string;
                            sentOn: string;
                            receivedOn: string;
                            handedOverAt: string;
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        closedAt?: string;
                        coDepartments?: string[];
                        acceptance?: {
                            acceptedOn: string;
                            acceptedAt: string;
                            deemed: boolean;
                            acceptedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        refusal?: {
                            reason: string;
                            legalBasis: string;
                            refusedAt: string;
                            refusedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        supplementRequest?: {
                            problems: {
                                code: string;
                                name: string;
                                problem: string;
                            }[];
                            dueDate: string;
                            requestedAt: string;
                            requestedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            suppliedAt?: string;
                        };
                        pauses?: {
                            /** @enum {string} */
                            kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                            reason: string;
                            startedAt: string;
                            startedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            expectedDays?: number;
                            endedAt?: string;
                            endedBy?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            outcome?: string;
                            pausedWorkingDays?: number;
                        }[];
                        extension?: {
                            days: number;
                            reason: string;
                            approvedBy: string;
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            at: string;
                        };
                        assignee?: {
                            subject: string;
                            name: string;
                            since: string;
                            assignedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        coOpinions?: {
                            department: string;
                            since: string;
                            /** @enum {string} */
                            outcome?: "approve" | "deny";
                            opinion?: string;
                            at?: string;
                            by?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        }[];
                        report?: {
                            authority: string;
                            opinion: string;
                            reportedAt: string;
                            reportedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "decisions:POST /cases/{caseNumber}/higher-authority-decision": {
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
                "application/json": {
                    /** @enum {string} */
                    outcome: "approve" | "deny";
                    opinion: string;
                    result?: {
                        /** @enum {string} */
                        kind: "licence" | "decision_document";
                        number: string;
                        title: string;
                        issuer: string;
                        validFrom?: string;
                        validUntil?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn";
                        version: number;
                        promisedBy?: string;
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
                            }[];
                            dueDate: string;
                            commitment: string;
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
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        receivedAt: string;
                        submittedBy: {
                            subject: string;
                            name: string;
                            role: string;
                            department?: string;
                        };
                        forwardedAt?: string;
                        decision?: {
                            /** @enum {string} */
                            outcome: "approve" | "deny";
                            opinion: string;
                            decidedAt: string;
                            decidedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            attachedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            scan?: {
                                objectKey: string;
                                sha256: string;
                                size: number;
                                contentType: string;
                                scannedAt: string;
                                scannedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
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
                            dispatchedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        } | {
                            /** @constant */
                            method: "courier";
                            carrier: string;
                            trackingNumber: string;
                            sentOn: string;
                            receivedOn: string;
                            handedOverAt: string;
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        closedAt?: string;
                        coDepartments?: string[];
                        acceptance?: {
                            acceptedOn: string;
                            acceptedAt: string;
                            deemed: boolean;
                            acceptedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        refusal?: {
                            reason: string;
                            legalBasis: string;
                            refusedAt: string;
                            refusedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        supplementRequest?: {
                            problems: {
                                code: string;
                                name: string;
                                problem: string;
                            }[];
                            dueDate: string;
                            requestedAt: string;
                            requestedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            suppliedAt?: string;
                        };
                        pauses?: {
                            /** @enum {string} */
                            kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                            reason: string;
                            startedAt: string;
                            startedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            expectedDays?: number;
                            endedAt?: string;
                            endedBy?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            outcome?: string;
                            pausedWorkingDays?: number;
                        }[];
                        extension?: {
                            days: number;
                            reason: string;
                            approvedBy: string;
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            at: string;
                        };
                        assignee?: {
                            subject: string;
                            name: string;
                            since: string;
                            assignedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        coOpinions?: {
                            department: string;
                            since: string;
                            /** @enum {string} */
                            outcome?: "approve" | "deny";
                            opinion?: string;
                            at?: string;
                            by?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        }[];
                        report?: {
                            authority: string;
                            opinion: string;
                            reportedAt: string;
                            reportedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "handovers:POST /cases/{caseNumber}/result": {
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
                "application/json": {
                    /** Format: uuid */
                    uploadId: string;
                    number: string;
                    document?: {
                        /** @enum {string} */
                        kind: "licence" | "decision_document";
                        number: string;
                        title: string;
                        issuer: string;
                        validFrom?: string;
                        validUntil?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn";
                        version: number;
                        promisedBy?: string;
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
                            }[];
                            dueDate: string;
                            commitment: string;
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
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        receivedAt: string;
                        submittedBy: {
                            subject: string;
                            name: string;
                            role: string;
                            department?: string;
                        };
                        forwardedAt?: string;
                        decision?: {
                            /** @enum {string} */
                            outcome: "approve" | "deny";
                            opinion: string;
                            decidedAt: string;
                            decidedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            attachedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            scan?: {
                                objectKey: string;
                                sha256: string;
                                size: number;
                                contentType: string;
                                scannedAt: string;
                                scannedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
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
                            dispatchedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        } | {
                            /** @constant */
                            method: "courier";
                            carrier: string;
                            trackingNumber: string;
                            sentOn: string;
                            receivedOn: string;
                            handedOverAt: string;
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        closedAt?: string;
                        coDepartments?: string[];
                        acceptance?: {
                            acceptedOn: string;
                            acceptedAt: string;
                            deemed: boolean;
                            acceptedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        refusal?: {
                            reason: string;
                            legalBasis: string;
                            refusedAt: string;
                            refusedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        supplementRequest?: {
                            problems: {
                                code: string;
                                name: string;
                                problem: string;
                            }[];
                            dueDate: string;
                            requestedAt: string;
                            requestedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            suppliedAt?: string;
                        };
                        pauses?: {
                            /** @enum {string} */
                            kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                            reason: string;
                            startedAt: string;
                            startedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            expectedDays?: number;
                            endedAt?: string;
                            endedBy?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            outcome?: string;
                            pausedWorkingDays?: number;
                        }[];
                        extension?: {
                            days: number;
                            reason: string;
                            approvedBy: string;
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            at: string;
                        };
                        assignee?: {
                            subject: string;
                            name: string;
                            since: string;
                            assignedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        coOpinions?: {
                            department: string;
                            since: string;
                            /** @enum {string} */
                            outcome?: "approve" | "deny";
                            opinion?: string;
                            at?: string;
                            by?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        }[];
                        report?: {
                            authority: string;
                            opinion: string;
                            reportedAt: string;
                            reportedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "handovers:POST /cases/{caseNumber}/handover": {
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
                "application/json": {
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
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn";
                        version: number;
                        promisedBy?: string;
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
                            }[];
                            dueDate: string;
                            commitment: string;
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
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        receivedAt: string;
                        submittedBy: {
                            subject: string;
                            name: string;
                            role: string;
                            department?: string;
                        };
                        forwardedAt?: string;
                        decision?: {
                            /** @enum {string} */
                            outcome: "approve" | "deny";
                            opinion: string;
                            decidedAt: string;
                            decidedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            attachedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            scan?: {
                                objectKey: string;
                                sha256: string;
                                size: number;
                                contentType: string;
                                scannedAt: string;
                                scannedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
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
                            dispatchedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        } | {
                            /** @constant */
                            method: "courier";
                            carrier: string;
                            trackingNumber: string;
                            sentOn: string;
                            receivedOn: string;
                            handedOverAt: string;
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        closedAt?: string;
                        coDepartments?: string[];
                        acceptance?: {
                            acceptedOn: string;
                            acceptedAt: string;
                            deemed: boolean;
                            acceptedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        refusal?: {
                            reason: string;
                            legalBasis: string;
                            refusedAt: string;
                            refusedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        supplementRequest?: {
                            problems: {
                                code: string;
                                name: string;
                                problem: string;
                            }[];
                            dueDate: string;
                            requestedAt: string;
                            requestedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            suppliedAt?: string;
                        };
                        pauses?: {
                            /** @enum {string} */
                            kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                            reason: string;
                            startedAt: string;
                            startedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            expectedDays?: number;
                            endedAt?: string;
                            endedBy?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            outcome?: string;
                            pausedWorkingDays?: number;
                        }[];
                        extension?: {
                            days: number;
                            reason: string;
                            approvedBy: string;
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            at: string;
                        };
                        assignee?: {
                            subject: string;
                            name: string;
                            since: string;
                            assignedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        coOpinions?: {
                            department: string;
                            since: string;
                            /** @enum {string} */
                            outcome?: "approve" | "deny";
                            opinion?: string;
                            at?: string;
                            by?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        }[];
                        report?: {
                            authority: string;
                            opinion: string;
                            reportedAt: string;
                            reportedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "handovers:POST /cases/{caseNumber}/dispatch": {
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
                "application/json": {
                    carrier: string;
                    trackingNumber: string;
                    sentOn: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn";
                        version: number;
                        promisedBy?: string;
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
                            }[];
                            dueDate: string;
                            commitment: string;
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
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        receivedAt: string;
                        submittedBy: {
                            subject: string;
                            name: string;
                            role: string;
                            department?: string;
                        };
                        forwardedAt?: string;
                        decision?: {
                            /** @enum {string} */
                            outcome: "approve" | "deny";
                            opinion: string;
                            decidedAt: string;
                            decidedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            attachedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            scan?: {
                                objectKey: string;
                                sha256: string;
                                size: number;
                                contentType: string;
                                scannedAt: string;
                                scannedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
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
                            dispatchedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        } | {
                            /** @constant */
                            method: "courier";
                            carrier: string;
                            trackingNumber: string;
                            sentOn: string;
                            receivedOn: string;
                            handedOverAt: string;
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        closedAt?: string;
                        coDepartments?: string[];
                        acceptance?: {
                            acceptedOn: string;
                            acceptedAt: string;
                            deemed: boolean;
                            acceptedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        refusal?: {
                            reason: string;
                            legalBasis: string;
                            refusedAt: string;
                            refusedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        supplementRequest?: {
                            problems: {
                                code: string;
                                name: string;
                                problem: string;
                            }[];
                            dueDate: string;
                            requestedAt: string;
                            requestedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            suppliedAt?: string;
                        };
                        pauses?: {
                            /** @enum {string} */
                            kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                            reason: string;
                            startedAt: string;
                            startedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            expectedDays?: number;
                            endedAt?: string;
                            endedBy?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            outcome?: string;
                            pausedWorkingDays?: number;
                        }[];
                        extension?: {
                            days: number;
                            reason: string;
                            approvedBy: string;
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            at: string;
                        };
                        assignee?: {
                            subject: string;
                            name: string;
                            since: string;
                            assignedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        coOpinions?: {
                            department: string;
                            since: string;
                            /** @enum {string} */
                            outcome?: "approve" | "deny";
                            opinion?: string;
                            at?: string;
                            by?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        }[];
                        report?: {
                            authority: string;
                            opinion: string;
                            reportedAt: string;
                            reportedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "handovers:POST /cases/{caseNumber}/receipt": {
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
                "application/json": {
                    receivedOn: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn";
                        version: number;
                        promisedBy?: string;
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
                            }[];
                            dueDate: string;
                            commitment: string;
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
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        receivedAt: string;
                        submittedBy: {
                            subject: string;
                            name: string;
                            role: string;
                            department?: string;
                        };
                        forwardedAt?: string;
                        decision?: {
                            /** @enum {string} */
                            outcome: "approve" | "deny";
                            opinion: string;
                            decidedAt: string;
                            decidedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            attachedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            scan?: {
                                objectKey: string;
                                sha256: string;
                                size: number;
                                contentType: string;
                                scannedAt: string;
                                scannedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
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
                            dispatchedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        } | {
                            /** @constant */
                            method: "courier";
                            carrier: string;
                            trackingNumber: string;
                            sentOn: string;
                            receivedOn: string;
                            handedOverAt: string;
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        closedAt?: string;
                        coDepartments?: string[];
                        acceptance?: {
                            acceptedOn: string;
                            acceptedAt: string;
                            deemed: boolean;
                            acceptedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        refusal?: {
                            reason: string;
                            legalBasis: string;
                            refusedAt: string;
                            refusedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        supplementRequest?: {
                            problems: {
                                code: string;
                                name: string;
                                problem: string;
                            }[];
                            dueDate: string;
                            requestedAt: string;
                            requestedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            suppliedAt?: string;
                        };
                        pauses?: {
                            /** @enum {string} */
                            kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                            reason: string;
                            startedAt: string;
                            startedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            expectedDays?: number;
                            endedAt?: string;
                            endedBy?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            outcome?: string;
                            pausedWorkingDays?: number;
                        }[];
                        extension?: {
                            days: number;
                            reason: string;
                            approvedBy: string;
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            at: string;
                        };
                        assignee?: {
                            subject: string;
                            name: string;
                            since: string;
                            assignedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        coOpinions?: {
                            department: string;
                            since: string;
                            /** @enum {string} */
                            outcome?: "approve" | "deny";
                            opinion?: string;
                            at?: string;
                            by?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        }[];
                        report?: {
                            authority: string;
                            opinion: string;
                            reportedAt: string;
                            reportedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "handovers:POST /cases/{caseNumber}/delivery-method": {
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
                "application/json": {
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
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        state: "incomplete" | "registered" | "pending_acceptance" | "supplement_requested" | "accepted" | "special_procedure" | "reported" | "not_accepted" | "approved" | "denied" | "result_ready" | "mailed" | "delivered" | "closed" | "withdrawn";
                        version: number;
                        promisedBy?: string;
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
                            }[];
                            dueDate: string;
                            commitment: string;
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
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        receivedAt: string;
                        submittedBy: {
                            subject: string;
                            name: string;
                            role: string;
                            department?: string;
                        };
                        forwardedAt?: string;
                        decision?: {
                            /** @enum {string} */
                            outcome: "approve" | "deny";
                            opinion: string;
                            decidedAt: string;
                            decidedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            attachedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            scan?: {
                                objectKey: string;
                                sha256: string;
                                size: number;
                                contentType: string;
                                scannedAt: string;
                                scannedBy: {
                                    subject: string;
                                    name: string;
                                    role: string;
                                    department?: string;
                                };
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
                            dispatchedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        } | {
                            /** @constant */
                            method: "courier";
                            carrier: string;
                            trackingNumber: string;
                            sentOn: string;
                            receivedOn: string;
                            handedOverAt: string;
                            handedOverBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        closedAt?: string;
                        coDepartments?: string[];
                        acceptance?: {
                            acceptedOn: string;
                            acceptedAt: string;
                            deemed: boolean;
                            acceptedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        refusal?: {
                            reason: string;
                            legalBasis: string;
                            refusedAt: string;
                            refusedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        supplementRequest?: {
                            problems: {
                                code: string;
                                name: string;
                                problem: string;
                            }[];
                            dueDate: string;
                            requestedAt: string;
                            requestedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            suppliedAt?: string;
                        };
                        pauses?: {
                            /** @enum {string} */
                            kind: "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "site_survey";
                            reason: string;
                            startedAt: string;
                            startedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            expectedDays?: number;
                            endedAt?: string;
                            endedBy?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            outcome?: string;
                            pausedWorkingDays?: number;
                        }[];
                        extension?: {
                            days: number;
                            reason: string;
                            approvedBy: string;
                            recordedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                            at: string;
                        };
                        assignee?: {
                            subject: string;
                            name: string;
                            since: string;
                            assignedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        };
                        coOpinions?: {
                            department: string;
                            since: string;
                            /** @enum {string} */
                            outcome?: "approve" | "deny";
                            opinion?: string;
                            at?: string;
                            by?: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
                        }[];
                        report?: {
                            authority: string;
                            opinion: string;
                            reportedAt: string;
                            reportedBy: {
                                subject: string;
                                name: string;
                                role: string;
                                department?: string;
                            };
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "notifications:GET /notifications": {
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
                    "application/json": {
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "county-events:GET /county-events/rejected": {
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
                    "application/json": {
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "county-events:POST /county-events/rejected/{rejectionId}/replay": {
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
                    "application/json": {
                        rejectionId: string;
                        /** @constant */
                        status: "resubmitted";
                    };
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ratings:POST /cases/{caseNumber}/rating": {
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
                "application/json": {
                    level: 1 | 2 | 3 | 4 | 5;
                    /**
                     * @default window
                     * @enum {string}
                     */
                    channel?: "window" | "online" | "mobile" | "phone";
                    /** @default  */
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseNumber: string;
                        level: number;
                        label: string;
                        channel: string;
                        comment: string;
                        ratedAt: string;
                        department: string;
                        itemCode: string;
                        ticketId?: string;
                    };
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ratings:POST /public/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    caseNumber: string;
                    queryCode: string;
                    level: 1 | 2 | 3 | 4 | 5;
                    /** @default  */
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseNumber: string;
                        level: number;
                        label: string;
                        channel: string;
                        comment: string;
                        ratedAt: string;
                        department: string;
                        itemCode: string;
                        ticketId?: string;
                    };
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests on a throttled route */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ratings:GET /ratings/stats": {
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
                    "application/json": {
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "tickets:GET /tickets": {
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
                    "application/json": {
                        tickets: {
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
                        }[];
                    };
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "tickets:POST /tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "cannot_get_done" | "consultation";
                    comment: string;
                    /**
                     * @default window
                     * @enum {string}
                     */
                    channel?: "window" | "phone" | "online";
                    department?: string;
                    itemCode?: string;
                    caseNumber?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "tickets:POST /tickets/{ticketId}/follow-up": {
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
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "tickets:POST /tickets/{ticketId}/extend": {
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
                "application/json": {
                    days: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "tickets:POST /tickets/{ticketId}/resolve": {
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
                "application/json": {
                    result: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "calendar:GET /calendar": {
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
                    "application/json": {
                        years: {
                            year: number;
                            source: string;
                            holidays: number;
                            workdays: number;
                            loadedAt?: string;
                            loadedBy?: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "calendar:PUT /calendar/{year}": {
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
                "application/json": {
                    holidays: string[];
                    workdays: string[];
                    source: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        source: string;
                        holidays: number;
                        workdays: number;
                        loadedAt?: string;
                        loadedBy?: string;
                    };
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "supervision:GET /supervision/warnings": {
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
                    "application/json": {
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
                            since: string;
                            checkedAt: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "supervision:GET /supervision/statistics": {
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
                    "application/json": {
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
                            workingDaysOverdue?: number;
                        }[];
                        total: {
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "archive:GET /archive/cases/{caseNumber}": {
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
                    "application/json": {
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "archive:GET /archive/verifications": {
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
                    "application/json": {
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
                };
            };
            /** @description The request is malformed or invalid (code says which field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role or department may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The case or item changed meanwhile, or the step was already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
