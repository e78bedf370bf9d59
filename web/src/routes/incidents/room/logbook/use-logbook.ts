import { useCallback, useEffect, useRef, useState } from 'react';
import { problemText } from '../../../../api/api-client';
import { type LogbookEntry, listLogbook } from '../../../../api/logbook-api';
import { LIVE_RESYNC, useIncidentEvent } from '../../../../features/incidents/incident-events';
import { entryFrom, upsertEntry } from './logbook-rules';

/**
 * The logbook of an incident, kept current by the live connection. Entries are held by sequence,
 * so an entry that arrives twice (our own answer and its live event, or a replay) is there once.
 */
export function useLogbook(incidentId: string) {
  const [entries, setEntries] = useState<ReadonlyMap<number, LogbookEntry>>(new Map());
  const [loaded, setLoaded] = useState(false);
  const [problem, setProblem] = useState<string>();
  const controller = useRef<AbortController>(undefined);

  const apply = useCallback(
    (entry: LogbookEntry) => setEntries((current) => upsertEntry(current, entry)),
    [],
  );

  const load = useCallback(async () => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    try {
      const fetched = await listLogbook(incidentId, current.signal);
      // Merged with what the live connection brought meanwhile, keeping the later revision.
      setEntries((known) => fetched.reduce(upsertEntry, known));
      setLoaded(true);
      setProblem(undefined);
    } catch (error) {
      if (current.signal.aborted) return;
      setProblem(problemText(error));
    }
  }, [incidentId]);

  useEffect(() => {
    void load();
    return () => controller.current?.abort();
  }, [load]);

  useIncidentEvent(['logbook.entry_added', 'logbook.entry_corrected'], (payload) => {
    const entry = entryFrom(payload);
    if (entry) apply(entry);
  });
  useIncidentEvent([LIVE_RESYNC], () => void load());

  return { entries, loaded, problem, apply, reload: load };
}
