-- After commit, every instance listening on 'baken_events' learns the new event id. NOTIFY inside a
-- transaction is delivered only at commit, which is exactly the outbox guarantee we want. The
-- payload is the id alone: NOTIFY payloads are limited to 8,000 bytes.
CREATE OR REPLACE FUNCTION baken_notify_event() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('baken_events', NEW.id::text);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER events_notify AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION baken_notify_event();
