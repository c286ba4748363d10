#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a gnome-keyring Secret Service
# (PLATFORM-NOTES.md, "A working keychain in CI"), in a throw-away HOME and XDG_RUNTIME_DIR.
#   run-with-keyring.sh unlocked COMMAND…   the login keyring is created and unlocked
#   run-with-keyring.sh locked COMMAND…     the login keyring is created, then locked again (no
#                                           prompter can unlock it: there is no display)
#   run-with-keyring.sh uncreated COMMAND…  the daemon runs, but no login keyring was ever created
set -euo pipefail
mode=$1
shift
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
  echo "run-with-keyring: dbus-run-session or gnome-keyring-daemon missing (installer/install-deps.sh)" >&2
  exit 2
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/home" "$scratch/run"
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" VD_KEYRING_MODE="$mode"
unset DISPLAY WAYLAND_DISPLAY
exec dbus-run-session -- bash -c '
  if [ "$VD_KEYRING_MODE" = uncreated ]; then
    eval "$(gnome-keyring-daemon --start --components=secrets)"
  else
    eval "$(printf "%s" "throwaway-test-password" | gnome-keyring-daemon --unlock --components=secrets)"
  fi
  if [ "$VD_KEYRING_MODE" = locked ]; then
    dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
      org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login >/dev/null
  fi
  export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
  exec "$@"' run-with-keyring "$@"
