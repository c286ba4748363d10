-- 0002: PLACEHOLDER on branch issue5 only. Migration number 0002 belongs to another branch merged in
-- parallel; MigrationRunner needs contiguous numbers, so this empty step keeps 0004_print_log
-- reachable on this branch. DELETE THIS FILE (and its line in app/storage/CMakeLists.txt) when the
-- real 0002_*.sql is merged.
SELECT 1;
