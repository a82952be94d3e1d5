-- A figure's lineage is its file and row, and, where its mapping reads several sheets of a workbook as one
-- file (row numbers start again on every sheet), the sheet: without it, two sheets' row 5 were one lineage.
-- Null where the file is one table, as in rejected_row and moveout.
ALTER TABLE fact_indicator ADD COLUMN numerator_sheet VARCHAR(100);
ALTER TABLE fact_indicator ADD COLUMN denominator_sheet VARCHAR(100);
ALTER TABLE fact_before_rebuild ADD COLUMN numerator_sheet VARCHAR(100);
ALTER TABLE fact_before_rebuild ADD COLUMN denominator_sheet VARCHAR(100);
