-- A mapping can read several sheets of a workbook as one file, and row numbers start again on every sheet:
-- a row is then found by its sheet and row number. The sheet is null where the file is one table (a CSV file,
-- a workbook read by one sheet), as it is for every row loaded before. The observation's key holds the row,
-- so there the sheet is '' rather than null: a key's columns cannot be null, and two sheets' row 5 giving the
-- same figure must not collide. The constraint was named in V4, so it is dropped by name on both databases.
ALTER TABLE rejected_row ADD COLUMN sheet VARCHAR(100);
ALTER TABLE moveout ADD COLUMN sheet VARCHAR(100);
ALTER TABLE observation ADD COLUMN sheet VARCHAR(100) DEFAULT '' NOT NULL;
ALTER TABLE observation DROP CONSTRAINT observation_pk;
ALTER TABLE observation ADD CONSTRAINT observation_pk PRIMARY KEY (file_id, sheet, row_no, indicator_code, part,
                                                                   period);
