-- A national move-out list is millions of rows, and the primary key on (file_id, row_no) was checked and kept
-- for each of them: on H2 the unique check and its index cost twice what storing the row did, on PostgreSQL
-- the typed insert with the key took about twice as long as COPY alone. Nothing relies on the key: a file's
-- rows are written only by its own load, which clears what an earlier attempt left first (the load registry),
-- and nothing reads a move-out by its row. What the table does need is to find a file's rows quickly, to
-- clear or refuse a file: an index on file_id alone.
ALTER TABLE moveout DROP CONSTRAINT moveout_pk;
CREATE INDEX moveout_file_idx ON moveout (file_id);
