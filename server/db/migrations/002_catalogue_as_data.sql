-- The catalogue comes from data files (catalogue/municipalities, catalogue/services) and is copied here at start.
-- Each municipality's Amtlicher Regionalschlüssel, so that reports and routing (XÖV, FIT-Connect) can join on it.
ALTER TABLE municipalities ADD COLUMN ars text;

-- An offering can go online later than its municipality's rollout, and a municipality can charge its own fee.
ALTER TABLE offerings ADD COLUMN online_from date;
ALTER TABLE offerings ADD COLUMN fee jsonb;
