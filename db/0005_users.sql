-- 0005: user accounts (issue 8 builds the first administrator for the first-run setup; the clerks'
-- accounts, log-in and lock-out of issue 6 extend this table).
--
-- Passwords are never stored: password_hash is PBKDF2-HMAC-SM3 (libgcrypt gcry_kdf_derive,
-- GCRY_KDF_PBKDF2 with GCRY_MD_SM3) of the UTF-8 password with a per-user random 16-byte salt and
-- the iteration count of the row, 32 bytes, all as lower-case hex (UserRepository). Portable SQL as
-- in 0001 (it must run on PostgreSQL too).
CREATE TABLE users (
    login           VARCHAR(32)  NOT NULL PRIMARY KEY, -- [A-Za-z][A-Za-z0-9._-]{1,31}
    display_name    VARCHAR(100) NOT NULL,             -- 姓名 as shown
    role            VARCHAR(32)  NOT NULL,             -- window_clerk | department_handler | administrator
    password_hash   VARCHAR(128) NOT NULL,             -- hex of the 32-byte derived key
    salt            VARCHAR(64)  NOT NULL,             -- hex of the 16 random bytes
    iterations      INTEGER      NOT NULL,             -- PBKDF2 iteration count used for this hash
    created_at      VARCHAR(30)  NOT NULL,             -- UTC, YYYY-MM-DDTHH:MM:SS.zzzZ
    failed_attempts INTEGER      NOT NULL DEFAULT 0,   -- failed log-ins since the last success (issue 6)
    locked_until    VARCHAR(30),                       -- UTC; NULL = not locked (issue 6)
    CHECK (role IN ('window_clerk', 'department_handler', 'administrator'))
);
CREATE INDEX users_role ON users (role);
