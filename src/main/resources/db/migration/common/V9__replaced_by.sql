-- Which file replaced a REPLACED one, so the run summary and status can say which replaced which, and why (the
-- message). Null for every other status.
ALTER TABLE source_file ADD COLUMN replaced_by BIGINT;
