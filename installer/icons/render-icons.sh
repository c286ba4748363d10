#!/usr/bin/env bash
# Renders veteran-desk.svg to the hicolor PNG sizes committed beside it (run after editing the SVG;
# needs rsvg-convert from librsvg2-bin, and python3 for the .ico).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" veteran-desk.svg -o "veteran-desk-${size}.png"
done
# The Windows icon (installer, NSIS): the PNGs above packed into one .ico (PNG-compressed entries).
python3 - <<'PY'
import struct
sizes = [16, 24, 32, 48, 64, 128, 256]
blobs = [open(f"veteran-desk-{s}.png", "rb").read() for s in sizes]
offset = 6 + 16 * len(sizes)
entries = b""
for s, b in zip(sizes, blobs):
    entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(b), offset)
    offset += len(b)
open("veteran-desk.ico", "wb").write(struct.pack("<HHH", 0, 1, len(sizes)) + entries + b"".join(blobs))
PY
