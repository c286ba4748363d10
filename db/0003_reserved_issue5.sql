-- 0003: PLACEHOLDER on branch issue5 only. Migration number 0003 belongs to another branch merged in
-- parallel; MigrationRunner needs contiguous numbers, so this empty step keeps 0004_print_log
-- reachable on this branch. DELETE THIS FILE (and its line in app/storage/CMakeLists.txt) when the
-- real 0003_*.sql is merged.
SELECT 1;
