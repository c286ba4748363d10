-- 0001: the first schema of the Veteran Desk store (issue 2).
--
-- Portable SQL: it must also run on PostgreSQL later (docs/DESIGN.md, "multi-window halls"), so no
-- AUTOINCREMENT, WITHOUT ROWID, ON CONFLICT or other SQLite-only syntax; dates and timestamps are
-- ISO 8601 text. MigrationRunner applies this file inside one transaction and then sets the schema
-- version. Statements end with a semicolon; no trigger bodies (MigrationRunner::splitStatements).

-- One row per accepted case. The case file (spec/case-format.md) in case_json is the source of
-- truth; the other columns are copies for lists, searches and statistics, written in the same
-- transaction.
CREATE TABLE cases (
    uuid             VARCHAR(36)  NOT NULL PRIMARY KEY, -- identity across halls (exchange packages)
    case_no          VARCHAR(32)  NOT NULL UNIQUE,      -- 受理编号, HALL-YYYYMMDD-NNNN
    hall_region      VARCHAR(6)   NOT NULL,             -- the hall that owns the case, GB/T 2260
    status           VARCHAR(32)  NOT NULL,             -- accepted (later: closed, ...)
    revision         INTEGER      NOT NULL DEFAULT 1,   -- +1 on every change (exchange, optimistic locking)
    accepted_on      CHAR(10)     NOT NULL,             -- YYYY-MM-DD, the date in case_no
    application_date CHAR(10),                          -- 申请日期, YYYY-MM-DD
    applicant_name   VARCHAR(100) NOT NULL,             -- normalised name
    id_number_key    VARCHAR(64)  NOT NULL,             -- exact-match key of the ID number (later a blind index)
    id_number_masked VARCHAR(18)  NOT NULL,             -- 3601**********0531, for lists without decryption
    case_json        TEXT         NOT NULL,
    created_at       VARCHAR(30)  NOT NULL,             -- UTC, YYYY-MM-DDTHH:MM:SS.zzzZ
    updated_at       VARCHAR(30)  NOT NULL
);
CREATE INDEX cases_applicant_name ON cases (applicant_name);
CREATE INDEX cases_id_number_key ON cases (id_number_key);
CREATE INDEX cases_application_date ON cases (application_date);
CREATE INDEX cases_status ON cases (status);
CREATE INDEX cases_created_at ON cases (created_at);

-- The daily sequence of case numbers, per hall and acceptance date.
CREATE TABLE case_sequence (
    hall_region VARCHAR(6) NOT NULL,
    seq_date    CHAR(10)   NOT NULL, -- YYYY-MM-DD
    last_seq    INTEGER    NOT NULL, -- the last number handed out (1 after the first case of the day)
    PRIMARY KEY (hall_region, seq_date)
);

-- Settings of this store (e.g. hall_region), as text.
CREATE TABLE settings (
    name  VARCHAR(100) NOT NULL PRIMARY KEY,
    value TEXT         NOT NULL
);
