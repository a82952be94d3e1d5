-- Move-outs per estate and year of each loaded file, counted while the file loads. The move-out rate is
-- built from these few thousand rows instead of grouping millions of move-out rows at every run.
CREATE TABLE moveout_count (
    file_id      BIGINT       NOT NULL REFERENCES source_file (file_id),
    estate_code  VARCHAR(60)  NOT NULL,
    year         INT          NOT NULL,
    moveouts     INT          NOT NULL,
    CONSTRAINT moveout_count_pk PRIMARY KEY (file_id, estate_code, year)
);
INSERT INTO moveout_count (file_id, estate_code, year, moveouts)
SELECT file_id, estate_code, year, COUNT(*) FROM moveout GROUP BY file_id, estate_code, year;
