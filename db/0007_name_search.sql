-- 0007: fast search by a part of the applicant's name in a store of a million cases (issue 9).
--
-- Portable SQL, as in 0001. A name contains TEXT exactly when one of its suffixes starts with TEXT,
-- and "starts with" is a range on an ordinary index (suffix >= TEXT AND suffix < TEXT || U+10FFFF),
-- which SQLite and PostgreSQL both answer from the index; LIKE '%TEXT%' on cases.applicant_name
-- has to read every case. One row per suffix of each stored name (a name of three characters has
-- three rows), written by CaseRepository in the transaction that stores the case; names never change.
CREATE TABLE case_name_suffixes (
    suffix  VARCHAR(100) NOT NULL, -- the normalised name from one character position to its end
    case_no VARCHAR(32)  NOT NULL REFERENCES cases (case_no)
);
CREATE INDEX case_name_suffixes_suffix ON case_name_suffixes (suffix);

-- The cases stored before this migration. substr and length count characters in both engines.
WITH RECURSIVE suffixes (case_no, rest) AS (
    SELECT case_no, applicant_name FROM cases WHERE applicant_name <> ''
    UNION ALL
    SELECT case_no, substr(rest, 2) FROM suffixes WHERE length(rest) > 1
)
INSERT INTO case_name_suffixes (suffix, case_no) SELECT rest, case_no FROM suffixes;
