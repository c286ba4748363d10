#!/usr/bin/env bash
# Builds the fuzz targets with clang (libFuzzer + AddressSanitizer + UBSan) and runs each for a short
# fixed time, seeded with the example case files. Usage: run-fuzzers.sh BUILD_DIR [SECONDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?build dir}
seconds=${2:-30}
shared="$here/../../../shared"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$build" >/dev/null
export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 QT_QPA_PLATFORM=offscreen

mkdir -p "$build/corpus/id" "$build/corpus/json" "$build/corpus/holidays"
printf '360723199811024715' > "$build/corpus/id/valid"
printf '340524800101001' > "$build/corpus/id/legacy15"
printf '11010519491231002x' > "$build/corpus/id/lowerx"
cp "$shared"/spec/examples/*.json "$build/corpus/json/" 2>/dev/null || true
head -20 "$here/../../resources/rules/cn-holidays-2023-2026.csv" > "$build/corpus/holidays/builtin-head.csv"

"$build/fuzz_citizen_id" -max_total_time="$seconds" -max_len=64 "$build/corpus/id"
"$build/fuzz_case_json" -max_total_time="$seconds" -max_len=8192 "$build/corpus/json"
"$build/fuzz_holiday_csv" -max_total_time="$seconds" -max_len=4096 "$build/corpus/holidays"
echo "fuzzers: no crash in ${seconds}s each"
