#!/usr/bin/env bash
# Regenerates the user guide's screenshots (docs/images/workspace-*.png) from
# demo data: `flowdesk --screenshots` under Xvfb (1920×1080) runs the built-in
# simulator and saves one PNG per built-in workspace; each is then scaled to
# 1280 px wide and stored as a 256-colour PNG so it stays small (≲ 400 KB).
# Usage: tools/docs/refresh-screenshots.sh [BUILD_DIR]    (default: build)
# Needs: a built app, xvfb-run (packages xvfb, xauth) and Debian's python3-pil.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(realpath "${1:-$root/build}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
xvfb-run -a -s "-screen 0 1920x1080x24" "$build/app/flowdesk" --screenshots "$tmp"
/usr/bin/python3 - "$tmp" "$root/docs/images" <<'PY'
import pathlib, sys
from PIL import Image
src, dst = (pathlib.Path(a) for a in sys.argv[1:])
dst.mkdir(parents=True, exist_ok=True)
for p in sorted(src.glob("workspace-*.png")):
    im = Image.open(p).convert("RGB")
    im = im.resize((1280, round(im.height * 1280 / im.width)), Image.LANCZOS)
    out = dst / p.name
    # octree keeps thin coloured lines (a median cut turned the blue series grey)
    im.quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(out, optimize=True)
    print(f"{out.relative_to(dst.parent.parent)}: {out.stat().st_size // 1024} KB")
PY
