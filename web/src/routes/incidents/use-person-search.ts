import { useEffect, useState } from 'react';
import { problemText } from '../../api/api-client';
import type { UserSummary } from '../../api/api-types';
import { listUsers } from '../../api/users-api';

const SEARCH_DELAY_MS = 300;
const MAX_RESULTS = 8;

/** People who can take part (not deactivated or cancelled) matching what was typed; nothing for an empty search. */
export function usePersonSearch(search: string) {
  const [people, setPeople] = useState<UserSummary[]>();
  const [problem, setProblem] = useState<string>();
  const query = search.trim();

  useEffect(() => {
    if (!query) {
      setPeople(undefined);
      setProblem(undefined);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      try {
        const found = await listUsers(query, controller.signal);
        setPeople(
          found.filter((user) => user.status === 'active' || user.status === 'invited').slice(0, MAX_RESULTS),
        );
        setProblem(undefined);
      } catch (error) {
        if (controller.signal.aborted) return;
        setProblem(problemText(error));
      }
    }, SEARCH_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  return { people: query ? people : undefined, problem };
}
