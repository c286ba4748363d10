#!/usr/bin/env bash
# Checks the Debian package built by CPack (ctest package_deb_check; docs/packaging.md):
#   check-deb.sh PACKAGE_DIR VERSION SOURCE_DIR
# control fields, contents, no maintainer scripts, the desktop entry and AppStream metainfo
# validators, and the programs run from an unpacked scratch root (dpkg -x) with the system's Qt.
set -euo pipefail
dir=$1 version=$2 src=$3
arch=$(dpkg --print-architecture)
deb="$dir/veteran-desk_${version}_${arch}.deb"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

[ -f "$deb" ] || { echo "FAIL: $deb was not built" >&2; exit 1; }
echo "package: $deb ($(stat -c %s "$deb") bytes)"

# --- control fields ---
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = veteran-desk ] && pass "Package" || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] && pass "Version $version" || fail "Version is '$(field Version)'"
[ "$(field Architecture)" = "$arch" ] && pass "Architecture" || fail "Architecture is '$(field Architecture)'"
depends=$(field Depends)
for dep in libqt6sql6-sqlite qt6-qpa-plugins libsecret-1-0 fonts-wqy-microhei fonts-hanazono \
           libqt6widgets6 libqt6keychain1 libgcrypt20; do
  # The last three come from dpkg-shlibdeps: they prove SHLIBDEPS ran.
  grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" && pass "Depends has $dep" || fail "Depends lacks $dep: $depends"
done
grep -q gnome-keyring <<<"$(field Recommends)" && pass "Recommends gnome-keyring" || fail "Recommends lacks gnome-keyring"

# --- contents ---
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/veteran-desk ./usr/bin/veteran-desk-cli \
            ./usr/share/applications/cn.veterandesk.VeteranDesk.desktop \
            ./usr/share/metainfo/cn.veterandesk.VeteranDesk.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/veteran-desk.svg \
            ./usr/share/doc/veteran-desk/copyright ./usr/share/doc/veteran-desk/README.md \
            ./usr/share/doc/veteran-desk/THIRD-PARTY-NOTICES.md ./usr/share/doc/veteran-desk/docs/cli.md \
            ./usr/share/doc/veteran-desk/docs/packaging.md; do
  grep -qxF "$path" <<<"$contents" && pass "contains $path" || fail "missing $path"
done
for size in 16 22 24 32 48 64 128 256; do
  grep -qxF "./usr/share/icons/hicolor/${size}x${size}/apps/veteran-desk.png" <<<"$contents" \
    && pass "icon ${size}x${size}" || fail "missing icon ${size}x${size}"
done
if grep -Eq '^\./(home|root|tmp|var)/|/build/|\.sqlite$' <<<"$contents"; then
  fail "unexpected files: $(grep -E '^\./(home|root|tmp|var)/|/build/|\.sqlite$' <<<"$contents" | head -3)"
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# --- maintainer scripts: none, so removal cannot touch the clerks' data ---
dpkg-deb -e "$deb" "$scratch/control"
scripts=$(cd "$scratch/control" && ls | grep -Ev '^(control|md5sums|shlibs|triggers)$' || true)
[ -z "$scripts" ] && pass "no maintainer scripts" || fail "maintainer scripts present: $scripts"

# --- unpacked: validators and the programs ---
dpkg -x "$deb" "$scratch/root"
root="$scratch/root"
desktop-file-validate "$root/usr/share/applications/cn.veterandesk.VeteranDesk.desktop" \
  && pass "desktop-file-validate" || fail "desktop-file-validate"
grep -qx 'Name\[zh_CN\]=军人退役一件事一次办' "$root/usr/share/applications/cn.veterandesk.VeteranDesk.desktop" \
  && pass "Chinese menu name" || fail "no Name[zh_CN]"
appstreamcli validate --no-net "$root/usr/share/metainfo/cn.veterandesk.VeteranDesk.metainfo.xml" \
  && pass "appstreamcli validate" || fail "appstreamcli validate"

export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/data" XDG_RUNTIME_DIR="$scratch/home" LC_ALL=C.UTF-8
mkdir -p "$HOME"
unset DISPLAY WAYLAND_DISPLAY
for program in veteran-desk-cli veteran-desk; do
  if ldd "$root/usr/bin/$program" | grep -q "not found"; then
    fail "$program: libraries not found: $(ldd "$root/usr/bin/$program" | grep 'not found')"
  fi
  out=$("$root/usr/bin/$program" --version) || fail "$program --version exit $?"
  [ "$(head -n1 <<<"$out")" = "$program $version" ] && pass "$program --version: $(head -n1 <<<"$out")" \
    || fail "$program --version printed: $out"
done
# The unpacked CLI works on a store: setup, then a case from the spec's examples.
printf 'Ceshi-2024\n' >"$scratch/pw"
cli="$root/usr/bin/veteran-desk-cli"
if "$cli" --db "$scratch/store.sqlite" setup --hall-name 某某区政务服务中心 --hall-region 360102 --window-no 3 \
     --issuing-authority 某某区退役军人事务局 --letter-prefix settlement-letter=赣退役落字 --admin-user admin \
     --admin-password-file "$scratch/pw" --backup-folder "$scratch/backups" >"$scratch/setup.out" 2>"$scratch/setup.err"; then
  pass "setup from the unpacked package"
else
  fail "setup from the unpacked package: $(cat "$scratch/setup.out" "$scratch/setup.err")"
fi
example="$src/../shared/spec/examples/valid-full.json"
if [ -f "$example" ]; then
  no=$("$cli" --db "$scratch/store.sqlite" add "$example" 2>/dev/null) && [[ "$no" == 360102-* ]] \
    && pass "add from the unpacked package: $no" || fail "add from the unpacked package printed '$no'"
fi

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "all package checks passed"
