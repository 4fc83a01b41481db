-- Issue 11: the citizen's answers to a Rückfrage, mail through the outbox, and what mail a citizen wants.

-- A timeline entry is a status change of the office or the citizen's answer ("Ihre Antwort"); an answer keeps
-- the status the application is in (only the office moves it on).
ALTER TABLE status_events ADD COLUMN kind text NOT NULL DEFAULT 'status' CHECK (kind IN ('status', 'answer'));

-- A file sent with an answer belongs to that timeline entry; files of the application itself have none.
ALTER TABLE attachments ADD COLUMN status_event_id bigint REFERENCES status_events (id);
CREATE INDEX attachments_status_event ON attachments (status_event_id) WHERE status_event_id IS NOT NULL;

-- One outbox, two consumers: the webhook worker and the mail worker each claim only their own channel.
ALTER TABLE outbox ADD COLUMN channel text NOT NULL DEFAULT 'webhook' CHECK (channel IN ('webhook', 'mail'));
-- A mail is enqueued at most once per event and address ("receipt:SYK-2026-000001:a@example.de").
ALTER TABLE outbox ADD COLUMN dedupe_key text;
CREATE UNIQUE INDEX outbox_dedupe ON outbox (channel, dedupe_key) WHERE dedupe_key IS NOT NULL;
CREATE INDEX outbox_pending_channel ON outbox (channel, next_attempt_at) WHERE delivered_at IS NULL;

-- The language the citizen used, the town site it was sent from (for links in mail) and the opt-out of status mail.
ALTER TABLE applications ADD COLUMN language text NOT NULL DEFAULT 'de';
ALTER TABLE applications ADD COLUMN submitted_via text;
ALTER TABLE applications ADD COLUMN status_mail boolean NOT NULL DEFAULT true;
