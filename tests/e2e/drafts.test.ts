import { describe, expect, it } from 'vitest';
import { api, CITIZEN_ID, token } from '#tests/support/client';

interface DraftBody {
  draftId: string;
  label: string;
  version: number;
  form: Record<string, unknown>;
  code?: string;
}

describe('暂存: a clerk saves an unfinished intake and resumes it', () => {
  it('saves, lists, resumes, updates with a version check, keeps it private, and discards it', async () => {
    const clerk = await token('intake_clerk', { subject: 'clerk-drafts-a' });
    const other = await token('intake_clerk', { subject: 'clerk-drafts-b' });
    const form = { itemCode: 'RS-0001', applicant: { kind: 'person', name: '王五', idNumber: CITIZEN_ID } };
    const saved = await api<DraftBody>('POST', '/drafts', { token: clerk, body: { label: '王五 失业金', form } });
    expect(saved.status).toBe(201);
    const { draftId } = saved.body;

    const listed = await api<{ drafts: DraftBody[] }>('GET', '/drafts', { token: clerk });
    expect(listed.body.drafts.map((d) => d.label)).toContain('王五 失业金');
    const resumed = await api<DraftBody>('GET', `/drafts/${draftId}`, { token: clerk });
    // The identity number is shown masked; the clerk has the ID card in hand when resuming.
    expect(resumed.body.form).toEqual({ ...form, applicant: { ...form.applicant, idNumber: '110***********002X' } });

    // Another clerk's drafts are not visible.
    expect((await api('GET', `/drafts/${draftId}`, { token: other })).status).toBe(404);
    expect((await api<{ drafts: DraftBody[] }>('GET', '/drafts', { token: other })).body.drafts).toEqual([]);

    const updated = await api<DraftBody>('PUT', `/drafts/${draftId}`, { token: clerk, body: { version: 1, form: { ...form, channel: 'window' } } });
    expect(updated.status).toBe(200);
    expect(updated.body.version).toBe(2);
    const stale = await api<DraftBody>('PUT', `/drafts/${draftId}`, { token: clerk, body: { version: 1, form } });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('draft_changed');

    // A draft is loosely checked, but unknown fields are still refused.
    expect((await api('POST', '/drafts', { token: clerk, body: { form: { colour: 'red' } } })).status).toBe(400);

    expect((await api('DELETE', `/drafts/${draftId}`, { token: clerk })).status).toBe(204);
    expect((await api('GET', `/drafts/${draftId}`, { token: clerk })).status).toBe(404);
  });
});
