#!/bin/bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (the Secret Service
# QtKeychain uses on Linux), in a throw-away HOME and XDG_RUNTIME_DIR (docs/PLATFORM-NOTES.md).
# The keychain tests and every test that starts veteran-desk or veteran-desk-cli run through it, so
# that the data key really goes through the keychain in CI. Needs dbus-run-session (dbus) and
# gnome-keyring-daemon (gnome-keyring); installer/install-deps.sh installs both.
set -euo pipefail
if [ -z "${VD_KEYRING_SESSION:-}" ]; then
    export VD_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" XDG_DATA_HOME="$scratch/home/.local/share"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf '%s' 'vd-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
export VD_EXPECT_KEYCHAIN=1
"$@"
