-- Search log rows are written in batches after the search has answered (ADR 0010), but the search
-- hands out the row's id at once (clicks are recorded against it), so ids can no longer come from
-- the identity column at insert time. Each node reserves a block of ids from this table instead;
-- the counter starts above every id the identity column gave.
CREATE TABLE id_block (
    name       VARCHAR(40) PRIMARY KEY,
    next_value BIGINT      NOT NULL
);
INSERT INTO id_block (name, next_value) SELECT 'search_log', COALESCE(MAX(id), 0) + 1 FROM search_log;
