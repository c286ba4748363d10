-- 0003: scanned attachments of received materials and the one-time notices issued (issue 4).
--
-- Portable SQL like 0001 (no SQLite-only syntax). The bytes column is BLOB, which PostgreSQL calls
-- BYTEA: the PostgreSQL path must map it when it comes (docs/DESIGN.md, "multi-window halls").
-- Rows belong to a case through its uuid, the identity that travels with the case between halls.

-- One scanned file attached to one material of a case (附件4 材料). The type is sniffed from the
-- content (PDF, JPEG, PNG), never taken from the file name; at most 20 MiB.
CREATE TABLE attachments (
    uuid        VARCHAR(36)  NOT NULL PRIMARY KEY,
    case_uuid   VARCHAR(36)  NOT NULL REFERENCES cases (uuid),
    material_id VARCHAR(64)  NOT NULL,             -- material id of spec/case-format.md
    file_name   VARCHAR(255) NOT NULL,             -- the original name, for display only
    media_type  VARCHAR(64)  NOT NULL,             -- application/pdf | image/jpeg | image/png
    size_bytes  INTEGER      NOT NULL,
    sm3_hex     CHAR(64)     NOT NULL,             -- SM3 digest (GB/T 32905-2016) of the bytes, lower-case hex
    bytes       BLOB         NOT NULL,
    added_at    VARCHAR(30)  NOT NULL              -- UTC, YYYY-MM-DDTHH:MM:SS.zzzZ
);
CREATE INDEX attachments_case ON attachments (case_uuid, material_id);

-- Every one-time notice (一次性告知书, 《中华人民共和国行政许可法》第三十二条) printed for a case,
-- with what it listed, so that the case shows what the applicant was told and when.
CREATE TABLE one_time_notices (
    uuid         VARCHAR(36) NOT NULL PRIMARY KEY,
    case_uuid    VARCHAR(36) NOT NULL REFERENCES cases (uuid),
    issued_at    VARCHAR(30) NOT NULL,             -- UTC, YYYY-MM-DDTHH:MM:SS.zzzZ
    content_json TEXT        NOT NULL              -- {"materials": [...], "problems": [...]}, OneTimeNotice
);
CREATE INDEX one_time_notices_case ON one_time_notices (case_uuid);
