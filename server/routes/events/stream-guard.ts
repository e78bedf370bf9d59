import type { Database } from '../../db/database.js';
import { liveSessionRoles } from '../../modules/accounts/resolve-session.js';
import { followableIncidents, incidentIdsOf } from '../../modules/incidents/may-follow-topics.js';
import type { Actor } from '../../policies/actor.js';

interface GuardedStream {
  actor: Actor;
  incidentIds: string[];
  end(): void;
}

/**
 * Ends open live streams whose session ended (signed out elsewhere, deactivated, organisation
 * cancelled), whose person's role changed, or whose person no longer works on a followed incident. All streams of this process
 * are checked together every `intervalMs`, in two queries however many there are: a thousand
 * phones in one incident would otherwise ask the database several hundred times a second.
 */
export class StreamGuard {
  private readonly streams = new Set<GuardedStream>();
  private timer: NodeJS.Timeout | undefined;
  private checking = false;

  constructor(
    private readonly db: Database,
    private readonly intervalMs: number,
  ) {}

  /** Watches a stream until the returned function is called. */
  watch(actor: Actor, topics: Iterable<string>, end: () => void): () => void {
    const stream: GuardedStream = { actor, incidentIds: incidentIdsOf(topics), end };
    this.streams.add(stream);
    if (!this.timer) {
      this.timer = setInterval(() => void this.check(), this.intervalMs);
      this.timer.unref();
    }
    return () => {
      this.streams.delete(stream);
      if (this.streams.size === 0) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    };
  }

  private async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      const streams = [...this.streams];
      const roles = await liveSessionRoles(
        this.db,
        streams.map((stream) => stream.actor.sessionId),
      );
      const followable = await followableIncidents(
        this.db,
        streams.flatMap((stream) =>
          stream.incidentIds.map((incidentId) => ({ actor: stream.actor, incidentId })),
        ),
      );
      for (const stream of streams) {
        // A stream keeps the actor it was opened with: when the role changed (an admin made a
        // member), it ends, and the reconnect gets the person's rights as they are now.
        const allowed =
          roles.get(stream.actor.sessionId) === stream.actor.role &&
          stream.incidentIds.every((incidentId) => followable.has(`${stream.actor.userId}:${incidentId}`));
        if (!allowed) stream.end();
      }
    } catch {
      // The database is unreachable for a moment: the next check decides.
    } finally {
      this.checking = false;
    }
  }
}
