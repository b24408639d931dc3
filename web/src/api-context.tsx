import { createContext, useContext, type ReactNode } from 'react';
import type { Api } from './api';

export interface ApiContextValue {
  api: Api;
  baseUrl: string;
  token: () => string | undefined;
}

const ApiContext = createContext<ApiContextValue | undefined>(undefined);

export function ApiProvider({ value, children }: { value: ApiContextValue; children: ReactNode }) {
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi outside ApiProvider');
  return value;
}
