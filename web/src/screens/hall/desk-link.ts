import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import type { WindowNow } from './types';

const WINDOW_KEY = 'onewindow.hall.window';

/** The window this tab's clerk works at (per tab, like the sign-in). */
export const chosenWindow = {
  get: (): string | undefined => window.sessionStorage.getItem(WINDOW_KEY) ?? undefined,
  set: (windowId: string | undefined) =>
    windowId ? window.sessionStorage.setItem(WINDOW_KEY, windowId) : window.sessionStorage.removeItem(WINDOW_KEY),
};

export const windowQueryKey = (windowId: string | undefined) => ['hall-window', windowId] as const;

/**
 * After a case is registered at the intake screen: link it to the ticket the clerk's window is
 * serving, so the case shows how long its applicant waited. Returns the ticket's number, or
 * undefined when the clerk serves no ticket (a walk-in without a number).
 */
export function useLinkCaseToTicket(): (caseNumber: string) => Promise<string | undefined> {
  const { api } = useApi();
  const queryClient = useQueryClient();
  return useCallback(
    async (caseNumber: string) => {
      const windowId = chosenWindow.get();
      if (!windowId) return undefined;
      const now =
        queryClient.getQueryData<WindowNow>(windowQueryKey(windowId)) ??
        ok(await api.GET('/hall/windows/{windowId}', { params: { path: { windowId } } }));
      const ticket = now.serving;
      if (!ticket) return undefined;
      ok(await api.POST('/hall/tickets/{ticketId}/cases', { params: { path: { ticketId: ticket.ticketId } }, body: { caseNumber } }));
      await queryClient.invalidateQueries({ queryKey: windowQueryKey(windowId) });
      return ticket.number;
    },
    [api, queryClient],
  );
}
