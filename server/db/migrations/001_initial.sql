-- Catalogue: seeded from code at start (server/catalogue/seed), kept in the database for referential integrity.
CREATE TABLE municipalities (
  slug text PRIMARY KEY,
  code text NOT NULL UNIQUE,
  document jsonb NOT NULL
);

CREATE TABLE services (
  key text PRIMARY KEY,
  document jsonb NOT NULL
);

CREATE TABLE offerings (
  municipality text NOT NULL REFERENCES municipalities (slug),
  service_key text NOT NULL REFERENCES services (key),
  mode text NOT NULL CHECK (mode IN ('online', 'vor-ort')),
  PRIMARY KEY (municipality, service_key)
);

-- Every version of a form stays, because an application keeps the version it was filled in. json, not jsonb:
-- the order of a schema's properties is the order of the form's fields.
CREATE TABLE form_definitions (
  service_key text NOT NULL REFERENCES services (key),
  version integer NOT NULL,
  definition json NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (service_key, version)
);

CREATE TABLE reference_counters (
  municipality text NOT NULL REFERENCES municipalities (slug),
  year integer NOT NULL,
  last_value integer NOT NULL,
  PRIMARY KEY (municipality, year)
);

CREATE TABLE applications (
  id uuid PRIMARY KEY,
  reference text NOT NULL UNIQUE,
  municipality text NOT NULL REFERENCES municipalities (slug),
  service_key text NOT NULL,
  form_version integer NOT NULL,
  data jsonb NOT NULL,
  owner_issuer text,
  owner_subject text,
  access_code_hash text,
  trust_level text NOT NULL,
  status text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (service_key, form_version) REFERENCES form_definitions (service_key, version),
  CHECK ((owner_issuer IS NOT NULL AND owner_subject IS NOT NULL) OR access_code_hash IS NOT NULL)
);
CREATE INDEX applications_owner ON applications (owner_issuer, owner_subject, created_at DESC);
CREATE INDEX applications_municipality ON applications (municipality, created_at DESC);

CREATE TABLE attachments (
  id uuid PRIMARY KEY,
  application_id uuid NOT NULL REFERENCES applications (id),
  pointer text NOT NULL,
  file_name text NOT NULL,
  content_type text NOT NULL,
  size integer NOT NULL,
  sha256 text NOT NULL,
  content bytea NOT NULL
);
CREATE INDEX attachments_application ON attachments (application_id);

-- Append-only: rows are inserted, never updated or deleted.
CREATE TABLE status_events (
  id bigserial PRIMARY KEY,
  application_id uuid NOT NULL REFERENCES applications (id),
  status text NOT NULL CHECK (status IN ('eingegangen', 'in-bearbeitung', 'rueckfrage', 'abgeschlossen', 'abgelehnt')),
  message text,
  actor text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX status_events_application ON status_events (application_id, id);

CREATE TABLE idempotency_keys (
  scope text NOT NULL,
  key text NOT NULL,
  request_hash text NOT NULL,
  status_code integer NOT NULL,
  response jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, key)
);

-- Transactional outbox: written in the same transaction as the change it announces.
CREATE TABLE outbox (
  id bigserial PRIMARY KEY,
  municipality text NOT NULL REFERENCES municipalities (slug),
  event_type text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz,
  locked_by text,
  delivered_at timestamptz,
  last_error text
);
CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE delivered_at IS NULL;
