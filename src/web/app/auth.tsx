import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { roleHasPermission, type Permission, type Role } from '../../domain/access/roles';
import { api, ApiError, setCsrfToken } from '../lib/api';

export interface SessionGrant {
  role: Role;
  tenantId: string;
  orgUnitId: string | null;
}

export interface Session {
  user: { id: string; email: string; fullName: string };
  tenant: { id: string; code: string; name: string; kind: string };
  grants: SessionGrant[];
  csrfToken: string;
}

export const SESSION_KEY = ['session'] as const;

interface AuthValue {
  session: Session | null;
  loading: boolean;
  /** Stores a session returned by sign-in or switch-tenant. */
  setSession: (session: Session | null) => void;
  can: (permission: Permission) => boolean;
  isSystemAdmin: boolean;
}

const AuthContext = createContext<AuthValue | null>(null);

/** Loads the session once (null when signed out); 401 answers elsewhere reset it (see router.tsx). */
async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api.get<Session>('/api/auth/session', undefined, { quiet401: true });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const query = useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: Infinity, retry: 1 });
  const session = query.data ?? null;

  const setSession = useCallback(
    (next: Session | null) => {
      setCsrfToken(next?.csrfToken ?? '');
      if (next === null) client.clear();
      else void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      client.setQueryData(SESSION_KEY, next);
    },
    [client],
  );

  const value = useMemo<AuthValue>(() => {
    const roles = (session?.grants ?? []).map((g) => g.role);
    return {
      session,
      loading: query.isPending,
      setSession,
      can: (permission) => roles.some((r) => roleHasPermission(r, permission)),
      isSystemAdmin: roles.includes('system_admin'),
    };
  }, [session, query.isPending, setSession]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
