#!/usr/bin/env bash
# Runs veteran-desk-bench (issue 9; README "Performance") inside a private D-Bus session with a
# gnome-keyring whose files live in the cache folder, so that the generated stores (their data keys
# are in that keyring) are reused between runs.
#   tests/bench/run-bench.sh BUILD_DIR [veteran-desk-bench options…]
set -euo pipefail
build=$1
shift
cache=${VD_BENCH_CACHE:-/tmp/vd-bench-cache}
mkdir -p -m 700 "$cache/home" "$cache/run"
export HOME="$cache/home" XDG_RUNTIME_DIR="$cache/run" LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY
echo "bench: load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores" >&2
exec dbus-run-session -- bash -c '
  eval "$(printf "%s" "throwaway-bench-password" | gnome-keyring-daemon --unlock --components=secrets)"
  exec "$@"' run-bench "$build/tests/bench/veteran-desk-bench" --cache "$cache" "$@"
