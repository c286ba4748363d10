-- 0002: the joint processing of the items (issue 7; 赣退役军人字〔2023〕2号 Attachment 1 四(二) and (三)).
--
-- Portable SQL as in 0001 (SQLite now, PostgreSQL later): no AUTOINCREMENT, dates ISO 8601 text.
-- Sequence numbers are taken as MAX + 1 inside the write transaction (BEGIN IMMEDIATE).

-- One row per case and chosen item: where it stands. Written in the same transaction as its event.
CREATE TABLE workflow_items (
    case_uuid        VARCHAR(36)  NOT NULL REFERENCES cases (uuid),
    item             VARCHAR(40)  NOT NULL,             -- item id (spec/case-format.md)
    state            VARCHAR(20)  NOT NULL,             -- pending_push, pushed, in_progress, completed, returned, refused
    state_on         CHAR(10)     NOT NULL,             -- YYYY-MM-DD of the last state change (statistics by month)
    pushed_on        CHAR(10),                          -- the day the window pushed it to the department
    clock_start_on   CHAR(10),                          -- the day its time limit counts from (push, funds' arrival)
    due_on           CHAR(10),                          -- clock_start_on + the limit in working days
    due_beyond_calendar INTEGER   NOT NULL DEFAULT 0,   -- 1: due_on relies on a year without a holiday arrangement
    handler          VARCHAR(100),                      -- the department's handler who recorded the last result
    outcome          TEXT,                              -- what the department did
    document_numbers TEXT,                              -- e.g. ID card application number, social insurance number
    reason           TEXT,                              -- reason for 退回 / 不予办理
    updated_at       VARCHAR(30)  NOT NULL,             -- UTC timestamp
    PRIMARY KEY (case_uuid, item)
);
CREATE INDEX workflow_items_state_due ON workflow_items (state, due_on);
CREATE INDEX workflow_items_item_state_month ON workflow_items (item, state, state_on);

-- Append-only: every change and event of an item, never updated or deleted.
CREATE TABLE workflow_events (
    case_uuid   VARCHAR(36)  NOT NULL REFERENCES cases (uuid),
    seq         INTEGER      NOT NULL,                  -- 1, 2, … per case
    item        VARCHAR(40),                            -- NULL for an event of the whole case (case_closed)
    event       VARCHAR(30)  NOT NULL,                  -- started, state, funds_arrived, funds_allocated, push_date_corrected, result_out, case_closed
    from_state  VARCHAR(20),
    to_state    VARCHAR(20),
    event_on    CHAR(10)     NOT NULL,                  -- the day it happened (as recorded)
    note        TEXT,
    recorded_at VARCHAR(30)  NOT NULL,                  -- UTC timestamp of the recording
    PRIMARY KEY (case_uuid, seq)
);
CREATE INDEX workflow_events_item_event_on ON workflow_events (item, event, event_on);

-- Results out (出件, Attachment 1 四(三)): one per case and item, by mail, pickup or SMS notice.
CREATE TABLE workflow_results_out (
    case_uuid        VARCHAR(36)  NOT NULL REFERENCES cases (uuid),
    item             VARCHAR(40)  NOT NULL,
    method           VARCHAR(10)  NOT NULL,             -- mail, pickup, sms
    out_on           CHAR(10)     NOT NULL,             -- YYYY-MM-DD
    tracking_no      VARCHAR(60),                       -- mail
    collected_by     VARCHAR(100),                      -- pickup: who collected
    identity_checked INTEGER      NOT NULL DEFAULT 0,   -- pickup: 1 when the collector's identity was checked
    sms_text         TEXT,                              -- sms: the text prepared for the hall's SMS platform
    updated_at       VARCHAR(30)  NOT NULL,
    PRIMARY KEY (case_uuid, item)
);
CREATE INDEX workflow_results_out_month ON workflow_results_out (out_on);

-- Holiday arrangements an administrator imported (same CSV format as the built-in file), merged
-- over the built-in calendar in import order (a later file wins for the same date).
CREATE TABLE holiday_files (
    seq         INTEGER      NOT NULL PRIMARY KEY,      -- 1, 2, … in import order
    years       VARCHAR(100) NOT NULL,                  -- the source years it covers, e.g. "2027"
    csv_text    TEXT         NOT NULL,
    imported_at VARCHAR(30)  NOT NULL
);
