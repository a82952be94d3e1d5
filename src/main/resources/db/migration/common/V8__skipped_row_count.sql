-- Rows of a loaded file that give no figure, counted by reason: rows the mapping skips (keep_rows, measures it
-- does not list, periods that do not stand for their year) and rows of years the file holds only in part.
CREATE TABLE skipped_row_count (
    file_id    BIGINT        NOT NULL REFERENCES source_file (file_id),
    reason     VARCHAR(1000) NOT NULL,
    row_count  INT           NOT NULL,
    CONSTRAINT skipped_row_count_pk PRIMARY KEY (file_id, reason)
);
