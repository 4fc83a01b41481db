-- Deletion periods (Löschfristen): a closed application's data, attachments and messages are deleted after its
-- service's period; the row stays as an anonymous record (reference, service, municipality, dates, final status)
-- with the moment of deletion, which the citizen's tracker shows.
ALTER TABLE applications ADD COLUMN data_deleted_at timestamptz;
CREATE INDEX applications_deletion_due ON applications (updated_at)
  WHERE status IN ('abgeschlossen', 'abgelehnt') AND data_deleted_at IS NULL;

-- The clerk's list pages by reference, with and without a status filter (the "Rückfragen" queue): both read an
-- index in order and stop after a page, however many applications a town has.
CREATE INDEX applications_municipality_reference ON applications (municipality, reference DESC);
CREATE INDEX applications_municipality_status_reference ON applications (municipality, status, reference DESC);
