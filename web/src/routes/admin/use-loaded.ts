import { useCallback, useEffect, useRef, useState } from 'react';
import { problemText } from '../../api/api-client';

/** Loads something once on mount, with the server's words when that fails; `reload` after a change. */
export function useLoaded<T>(load: (signal: AbortSignal) => Promise<T>) {
  const [data, setData] = useState<T>();
  const [problem, setProblem] = useState<string>();
  const loader = useRef(load);
  loader.current = load;
  const controller = useRef<AbortController>(undefined);

  const reload = useCallback(async () => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    try {
      setData(await loader.current(current.signal));
      setProblem(undefined);
    } catch (error) {
      if (current.signal.aborted) return;
      setProblem(problemText(error));
    }
  }, []);

  useEffect(() => {
    void reload();
    return () => controller.current?.abort();
  }, [reload]);

  return { data, problem, reload };
}
