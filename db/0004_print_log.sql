-- 0004: letter numbers and the print log (issue 5, print suite).
--
-- Portable SQL (see 0001): no AUTOINCREMENT, no ON CONFLICT; timestamps are ISO 8601 text (UTC).
-- A number is taken from document_number_register in the same transaction that inserts its
-- print_log row (PrintLogRepository::record), so numbers are gap-free and never reused, also
-- when the program dies half-way (the transaction then never commits).

-- The last number handed out per document kind and year (赣退役落字〔2024〕第0007号 → 7).
CREATE TABLE document_number_register (
    document_key VARCHAR(40) NOT NULL, -- PrintService documentKey, e.g. settlement-letter
    number_year  INTEGER     NOT NULL, -- the year in 〔〕, the print date's year
    last_number  INTEGER     NOT NULL, -- 1 after the first letter of the year
    PRIMARY KEY (document_key, number_year)
);

-- Every print and PDF of a document (document, number, who, when).
CREATE TABLE print_log (
    uuid          VARCHAR(36)  NOT NULL PRIMARY KEY,
    case_uuid     VARCHAR(36)  NOT NULL REFERENCES cases (uuid),
    case_no       VARCHAR(32)  NOT NULL,
    document_key  VARCHAR(40)  NOT NULL,
    number_year   INTEGER,               -- NULL for documents without a number
    number_seq    INTEGER,
    letter_number VARCHAR(100),          -- the number as printed, e.g. 赣退役落字〔2024〕第0007号
    printed_by    VARCHAR(100) NOT NULL, -- the clerk (the OS user until clerk accounts exist)
    printed_at    VARCHAR(30)  NOT NULL, -- UTC, YYYY-MM-DDTHH:MM:SS.zzzZ
    reprint       INTEGER      NOT NULL, -- 1 = 补打 (same number as the first print)
    output        VARCHAR(10)  NOT NULL  -- printer | pdf
);
CREATE INDEX print_log_case ON print_log (case_no, document_key);
CREATE INDEX print_log_printed_at ON print_log (printed_at);
-- A number is issued once: only a reprint (补打) may repeat it (partial index: SQLite and PostgreSQL).
CREATE UNIQUE INDEX print_log_number ON print_log (document_key, number_year, number_seq) WHERE reprint = 0;
