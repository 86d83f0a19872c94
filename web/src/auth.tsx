// The signed-in reviewer: a token checked against /api/me and kept in local storage.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, getToken, setToken } from './api.ts';

export interface Auth {
  name: string | null;
  signIn: (token: string) => Promise<boolean>;
  signOut: () => void;
}

const Ctx = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    const t = getToken();
    if (t)
      api.me(t).then(
        (me) => setName(me.name),
        () => setName(null),
      );
  }, []);
  const signIn = useCallback(async (token: string) => {
    try {
      const me = await api.me(token.trim());
      setToken(token.trim());
      setName(me.name);
      return true;
    } catch {
      return false;
    }
  }, []);
  const signOut = useCallback(() => {
    setToken(null);
    setName(null);
  }, []);
  const value = useMemo(() => ({ name, signIn, signOut }), [name, signIn, signOut]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useAuth(): Auth {
  const v = useContext(Ctx);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}
