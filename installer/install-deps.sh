#!/usr/bin/env bash
# Installs every Debian 12 package Veteran Desk needs to build, run and test.
# Used by the README's two commands and by .ci/run. Idempotent; needs root (or sudo).
# Package names: ../shared/docs/PLATFORM-NOTES.md.
set -euo pipefail

PACKAGES=(
  # build
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libsqlite3-dev qtkeychain-qt6-dev catch2 libgcrypt20-dev
  # run time: keychain back end, fonts (CJK + rare characters outside the BMP)
  libsecret-1-0 gnome-keyring dbus-x11 dbus-bin
  fonts-wqy-microhei fonts-noto-cjk fonts-hanazono
  # tests and tools
  poppler-utils xvfb xauth dpkg-dev file sqlite3
  # packaging checks (tests/package): desktop entry, AppStream metainfo, icon rendering
  desktop-file-utils appstream librsvg2-bin
  # libFuzzer targets (tests/fuzz)
  clang libclang-rt-14-dev
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
