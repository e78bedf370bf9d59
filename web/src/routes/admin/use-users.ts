import { useCallback, useEffect, useRef, useState } from 'react';
import { problemText } from '../../api/api-client';
import type { UserSummary } from '../../api/api-types';
import { listUsers } from '../../api/users-api';

const SEARCH_DELAY_MS = 300;

/** The people matching `search`, asked again a moment after typing stops; `reload` after a change. */
export function useUsers(search: string) {
  const [users, setUsers] = useState<UserSummary[]>();
  const [problem, setProblem] = useState<string>();
  const controller = useRef<AbortController>(undefined);

  const load = useCallback(async (query: string) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    try {
      setUsers(await listUsers(query, current.signal));
      setProblem(undefined);
    } catch (error) {
      if (current.signal.aborted) return;
      setProblem(problemText(error));
    }
  }, []);

  useEffect(() => {
    const timer = window.setTimeout(() => void load(search), search ? SEARCH_DELAY_MS : 0);
    return () => window.clearTimeout(timer);
  }, [search, load]);

  useEffect(() => () => controller.current?.abort(), []);

  return { users, problem, reload: () => load(search) };
}
