-- The economics of each loaded file's move-outs per estate and year, summed while the file loads like the count
-- beside them: vacancy days (tomgangsdage) and the loss at move-out (tab ved fraflytning) given, and how many
-- move-outs gave each, since a value a row leaves out is missing, not zero.
ALTER TABLE moveout_count ADD COLUMN vacancy_days BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE moveout_count ADD COLUMN vacancy_known INT DEFAULT 0 NOT NULL;
ALTER TABLE moveout_count ADD COLUMN loss_dkk NUMERIC(18,2) DEFAULT 0 NOT NULL;
ALTER TABLE moveout_count ADD COLUMN loss_known INT DEFAULT 0 NOT NULL;
UPDATE moveout_count c
   SET vacancy_days = (SELECT COALESCE(SUM(m.vacancy_days), 0) FROM moveout m
                        WHERE m.file_id = c.file_id AND m.estate_code = c.estate_code AND m.year = c.year),
       vacancy_known = (SELECT COUNT(m.vacancy_days) FROM moveout m
                         WHERE m.file_id = c.file_id AND m.estate_code = c.estate_code AND m.year = c.year),
       loss_dkk = (SELECT COALESCE(SUM(m.loss_dkk), 0) FROM moveout m
                    WHERE m.file_id = c.file_id AND m.estate_code = c.estate_code AND m.year = c.year),
       loss_known = (SELECT COUNT(m.loss_dkk) FROM moveout m
                      WHERE m.file_id = c.file_id AND m.estate_code = c.estate_code AND m.year = c.year);
