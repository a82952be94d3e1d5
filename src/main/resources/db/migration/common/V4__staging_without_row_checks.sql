-- The staging tables take millions of rows per file (a national move-out list), and a foreign key on file_id
-- is checked row by row: on PostgreSQL it made loading a move-out list five times slower than writing it.
-- Their rows are only ever written by the load of a registered file and removed with it, and registered files
-- are never deleted, so the key guarded nothing the load registry does not. The tables are made again
-- without it (a constraint's generated name differs between databases; a new table is the same everywhere).

CREATE TABLE moveout_staging (
    file_id        BIGINT        NOT NULL,
    row_no         INT           NOT NULL,
    estate_code    VARCHAR(60)   NOT NULL,
    tenancy_no     VARCHAR(40)   NOT NULL,
    moveout_date   DATE          NOT NULL,
    year           INT           NOT NULL,
    reason         VARCHAR(200),
    vacancy_days   INT,
    loss_dkk       NUMERIC(14,2)
);
INSERT INTO moveout_staging SELECT file_id, row_no, estate_code, tenancy_no, moveout_date, year, reason,
                                   vacancy_days, loss_dkk FROM moveout;
DROP TABLE moveout;
ALTER TABLE moveout_staging RENAME TO moveout;
ALTER TABLE moveout ADD CONSTRAINT moveout_pk PRIMARY KEY (file_id, row_no);

CREATE TABLE observation_staging (
    file_id         BIGINT        NOT NULL,
    row_no          INT           NOT NULL,
    area_code       VARCHAR(60)   NOT NULL,
    indicator_code  VARCHAR(60)   NOT NULL,
    part            VARCHAR(12)   NOT NULL,
    year            INT           NOT NULL,
    period          VARCHAR(10)   NOT NULL,
    combine         VARCHAR(6)    NOT NULL,
    amount          NUMERIC(20,6),
    state           VARCHAR(12)   NOT NULL
);
INSERT INTO observation_staging SELECT file_id, row_no, area_code, indicator_code, part, year, period, combine,
                                       amount, state FROM observation;
DROP TABLE observation;
ALTER TABLE observation_staging RENAME TO observation;
ALTER TABLE observation ADD CONSTRAINT observation_pk PRIMARY KEY (file_id, row_no, indicator_code, part, period);
CREATE INDEX observation_key_idx ON observation (area_code, indicator_code, year);
