-- Sources compare in the "C" collation, as Java orders strings, so that "the first source by name"
-- (candle reads without a named source, latest candles, corporate actions) is the same source in the
-- database as in the in-memory stores. The primary keys, which include source, are rebuilt.
-- candles and ticks have no triggers, and must not get any: bulk writes by a superuser run with
-- session_replication_role = replica (see BatchForeignKeys), which skips them.
ALTER TABLE candles ALTER COLUMN source TYPE text COLLATE "C";
ALTER TABLE ticks ALTER COLUMN source TYPE text COLLATE "C";
