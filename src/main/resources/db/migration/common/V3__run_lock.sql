-- One run at a time per database: a run holds the 'pipeline' row locked for as long as it works, and writes
-- who it is in the 'pipeline-holder' row, committed, so a second run can say which run is in the way.
CREATE TABLE run_lock (
    lock_name    VARCHAR(40)  PRIMARY KEY,
    holder       VARCHAR(300),
    acquired_at  TIMESTAMP
);
INSERT INTO run_lock (lock_name) VALUES ('pipeline');
INSERT INTO run_lock (lock_name) VALUES ('pipeline-holder');
