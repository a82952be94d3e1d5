-- Programmes whose reports may no longer match the warehouse: their figures changed, or the warehouse was
-- rebuilt in a way that could change anything. The report step renders these (and any programme whose PDFs
-- are missing) and clears each programme once its reports are written, so a rerun that changes nothing
-- renders nothing, and a run stopped before its reports leaves them due.
CREATE TABLE report_due (
    programme_code  VARCHAR(60) PRIMARY KEY
);

-- What a loaded file gives the warehouse (its figures, move-out counts and years), as a SHA-256 taken when it
-- was loaded: a file loaded again that gives the same leaves every fact as it was.
ALTER TABLE source_file ADD COLUMN contribution_sha256 CHAR(64);

-- The last warehouse rebuild: the configuration (jobs/) it was built from, whether it finished, and whether
-- facts changed since the criteria were last judged. A rerun after a rebuild from another configuration, or
-- after one that stopped halfway, rebuilds every year.
CREATE TABLE warehouse_rebuild (
    config_sha256  CHAR(64)  NOT NULL,
    finished       BOOLEAN   NOT NULL,
    criteria_due   BOOLEAN   NOT NULL
);

-- The loaded files, their years and what they gave, as the last rebuild saw them: a rerun rebuilds the years
-- of every file that came, went or gives something else since, not only of the files it reloads itself.
CREATE TABLE rebuilt_file_year (
    file_id              BIGINT   NOT NULL,
    year                 INT      NOT NULL,
    contribution_sha256  CHAR(64)
);

-- The facts of the years a rerun rebuilds, as they were before it, to tell which units' figures it changed.
CREATE TABLE fact_before_rebuild (
    area_code            VARCHAR(60)  NOT NULL,
    indicator_code       VARCHAR(60)  NOT NULL,
    year                 INT          NOT NULL,
    numerator            NUMERIC(20,6),
    denominator          NUMERIC(20,6),
    value                NUMERIC(20,6),
    state                VARCHAR(12)  NOT NULL,
    numerator_file_id    BIGINT,
    numerator_row        INT,
    denominator_file_id  BIGINT,
    denominator_row      INT,
    derivation           VARCHAR(200) NOT NULL,
    disclosure           VARCHAR(10)  NOT NULL,
    change_abs           NUMERIC(20,6),
    change_pct           NUMERIC(20,6),
    margin               NUMERIC(20,6)
);

-- A rerun rebuilds one year or a few: these let it read and rewrite those years' rows without scanning all.
CREATE INDEX observation_year_idx ON observation (year);
CREATE INDEX fact_indicator_year_idx ON fact_indicator (year);
