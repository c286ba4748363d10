-- 0006: personal data at rest, the audit chain and drafts (issue 6).
--
-- Portable SQL, as in 0001. Sensitive case fields are sealed with SM4-GCM inside case_json
-- (app/storage/DataKey.h, SensitiveFields); cases.id_number_key holds the blind index
-- (HMAC-SM3) from now on.

-- The store's data key: never the key itself. With protection 'keychain' the 32-byte master key is
-- in the operating system's keychain under data-key/<store_id>; with 'passphrase' it is here,
-- wrapped with SM4-GCM under PBKDF2-HMAC-SM3(passphrase, kdf_salt, kdf_iterations).
CREATE TABLE key_store (
    id             INTEGER     NOT NULL PRIMARY KEY CHECK (id = 1),
    store_id       VARCHAR(36) NOT NULL,
    protection     VARCHAR(16) NOT NULL, -- keychain | passphrase
    wrapped_key    BLOB,
    kdf_salt       BLOB,
    kdf_iterations INTEGER     NOT NULL DEFAULT 0,
    key_check      BLOB        NOT NULL, -- HMAC-SM3 of a fixed label under a key derived from the master key
    created_at     VARCHAR(30) NOT NULL
);

-- Append-only audit log, chained with SM3 (app/storage/AuditLog.h). Ids are given by the program
-- (last_id + 1 in the writing transaction) so that a gap is visible.
CREATE TABLE audit_log (
    id            INTEGER      NOT NULL PRIMARY KEY,
    at            VARCHAR(30)  NOT NULL, -- UTC, ISO 8601 with milliseconds
    actor         VARCHAR(100) NOT NULL,
    action        VARCHAR(32)  NOT NULL,
    case_no       VARCHAR(32)  NOT NULL,
    fields        TEXT         NOT NULL, -- changed field paths, comma-separated; never values
    detail        TEXT         NOT NULL,
    previous_hash CHAR(64)     NOT NULL,
    hash          CHAR(64)     NOT NULL
);
CREATE INDEX audit_log_case_no ON audit_log (case_no);

-- The last entry of the chain: deleting the newest entries is detected too.
CREATE TABLE audit_head (
    id        INTEGER  NOT NULL PRIMARY KEY CHECK (id = 1),
    last_id   INTEGER  NOT NULL,
    last_hash CHAR(64) NOT NULL
);

-- Drafts of the case editor, sealed whole with SM4-GCM (they hold everything typed so far).
-- One per editor session; removed when the case is accepted or the clerk discards it.
CREATE TABLE drafts (
    draft_id   VARCHAR(36)  NOT NULL PRIMARY KEY,
    owner      VARCHAR(100) NOT NULL, -- clerk login ("" before clerk accounts)
    label      VARCHAR(100) NOT NULL, -- applicant name as typed, for the "restore draft" list
    sealed     TEXT         NOT NULL, -- DataKey::seal of the case JSON
    updated_at VARCHAR(30)  NOT NULL
);

-- Accepting twice (a double click, a retry after a timeout) must give one case: the editor sends
-- its draft id as the accept token, and a second accept with the same token returns the first case.
ALTER TABLE cases ADD COLUMN accept_token VARCHAR(36);
CREATE UNIQUE INDEX cases_accept_token ON cases (accept_token);
