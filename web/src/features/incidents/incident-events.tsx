import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { type LiveStatus, LiveStream } from './live-stream';

/**
 * Not from the server: the connection (re)opened without a point to replay from, so events may
 * have passed unseen. Whoever shows data loaded before should load it again.
 */
export const LIVE_RESYNC = 'live.resync';

/** The event types of an incident's topic (the shared API contract). */
export const INCIDENT_EVENT_TYPES = [
  'incident.changed',
  'incident.deleted',
  'participants.changed',
  'logbook.entry_added',
  'logbook.entry_corrected',
  'task.created',
  'task.changed',
  'situation.saved',
  'location.added',
  'location.removed',
  'chat.message',
] as const;

type Handler = (payload: unknown, type: string) => void;

interface IncidentEvents {
  subscribe(types: readonly string[], handler: Handler): () => void;
  status: LiveStatus;
  /** Whether the connection was ever open, so a later `connecting` means "lost". */
  everOpen: boolean;
  /** The first connection is open (or took too long to wait for): panels may load now. */
  ready: boolean;
}

const IncidentEventsContext = createContext<IncidentEvents | undefined>(undefined);

// Panels wait this long at most for the live connection before they load anyway.
const READY_TIMEOUT_MS = 2_500;

/**
 * The one live connection of an incident room (topic `incident:<id>`); every panel hears its
 * events through `useIncidentEvent`. Panels should load their data once `ready`: subscribing
 * before reading means nothing falls between the two.
 */
export function IncidentEventsProvider({
  incidentId,
  children,
}: {
  incidentId: string;
  children: ReactNode;
}) {
  return <LiveEventsProvider topics={[`incident:${incidentId}`]}>{children}</LiveEventsProvider>;
}

/**
 * One live connection for these topics, heard through `useIncidentEvent` like an incident room's
 * (the alerts page follows `alerts`, and the incident of the alert it shows). Changing the topics
 * opens a new connection, which resyncs.
 */
export function LiveEventsProvider({ topics, children }: { topics: readonly string[]; children: ReactNode }) {
  const topicKey = topics.join(',');
  const handlers = useRef(new Map<string, Set<Handler>>());
  const stream = useRef<LiveStream>(undefined);
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [everOpen, setEverOpen] = useState(false);
  const [waitedLongEnough, setWaitedLongEnough] = useState(false);

  const dispatch = useCallback((type: string, payload: unknown) => {
    for (const handler of [...(handlers.current.get(type) ?? [])]) handler(payload, type);
  }, []);

  useEffect(() => {
    setStatus('connecting');
    setEverOpen(false);
    setWaitedLongEnough(false);
    const live = new LiveStream({
      topics: topicKey.split(','),
      types: [...INCIDENT_EVENT_TYPES, ...handlers.current.keys()],
      onEvent: dispatch,
      onStatus: (next) => {
        setStatus(next);
        if (next === 'open') setEverOpen(true);
      },
      onResync: () => dispatch(LIVE_RESYNC, undefined),
    });
    stream.current = live;
    live.start();
    const timer = window.setTimeout(() => setWaitedLongEnough(true), READY_TIMEOUT_MS);
    return () => {
      window.clearTimeout(timer);
      live.stop();
      stream.current = undefined;
    };
  }, [topicKey, dispatch]);

  const subscribe = useCallback((types: readonly string[], handler: Handler) => {
    for (const type of types) {
      const set = handlers.current.get(type) ?? new Set();
      set.add(handler);
      handlers.current.set(type, set);
      if (type !== LIVE_RESYNC) stream.current?.listen(type);
    }
    return () => {
      for (const type of types) handlers.current.get(type)?.delete(handler);
    };
  }, []);

  const value = useMemo(
    () => ({ subscribe, status, everOpen, ready: everOpen || waitedLongEnough }),
    [subscribe, status, everOpen, waitedLongEnough],
  );
  return <IncidentEventsContext.Provider value={value}>{children}</IncidentEventsContext.Provider>;
}

function useIncidentEvents(): IncidentEvents {
  const events = useContext(IncidentEventsContext);
  if (!events) throw new Error('Incident events need an IncidentEventsProvider above them');
  return events;
}

/**
 * Calls `handler` with the payload of each event of these types (see the API contract: the payload
 * is the full item, e.g. `{ entry }`). The latest handler is used; it need not be memoised.
 */
export function useIncidentEvent(types: string[], handler: (payload: unknown, type: string) => void): void {
  const { subscribe } = useIncidentEvents();
  const latest = useRef(handler);
  latest.current = handler;
  const key = types.join(',');
  useEffect(
    () => subscribe(key.split(','), (payload, type) => latest.current(payload, type)),
    [key, subscribe],
  );
}

/** Whether the room's live connection is open right now. */
export function useLiveConnection(): LiveStatus {
  return useIncidentEvents().status;
}

/** For the room itself: whether the connection was ever open, and whether panels may load. */
export function useLiveProgress(): { everOpen: boolean; ready: boolean } {
  const { everOpen, ready } = useIncidentEvents();
  return { everOpen, ready };
}

/**
 * Loads a panel's data when it opens (cancelled when it closes), and again when the live feed
 * reconnected without being able to replay what it missed. `load` must be memoised.
 */
export function useLiveLoad(load: (signal?: AbortSignal) => Promise<void>): void {
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);
  useIncidentEvent([LIVE_RESYNC], () => void load());
}
