#!/usr/bin/env bash
# Builds the DEB with CPack, unpacks it into a scratch root, checks that the
# files are where the desktop expects them, validates the AppStream metadata,
# and runs the installed binary (--version, --smoke offscreen).
set -euo pipefail
build=$1
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
cd "$build"
cpack -G DEB -B "$root/pkg" > "$root/cpack.log" 2>&1 || { cat "$root/cpack.log"; exit 1; }
deb=$(ls "$root"/pkg/*.deb)
dpkg-deb -I "$deb" | grep -E "Package: flowdesk|Depends:" || true
dpkg-deb -I "$deb" > "$root/info.txt"
grep -q "Depends:.*libqt6core6" "$root/info.txt" || { echo "no Qt dependency from shlibdeps"; exit 1; }
dpkg-deb -x "$deb" "$root/fs"
for f in usr/bin/flowdesk usr/bin/flowdesk-relay \
         usr/share/applications/io.flowdesk.FlowDesk.desktop \
         usr/share/metainfo/io.flowdesk.FlowDesk.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/io.flowdesk.FlowDesk.svg \
         usr/share/icons/hicolor/48x48/apps/io.flowdesk.FlowDesk.png \
         usr/share/icons/hicolor/256x256/apps/io.flowdesk.FlowDesk.png; do
  [ -e "$root/fs/$f" ] || { echo "missing in the package: $f"; exit 1; }
done
grep -q "^Exec=flowdesk" "$root/fs/usr/share/applications/io.flowdesk.FlowDesk.desktop"
appstreamcli validate --no-net "$root/fs/usr/share/metainfo/io.flowdesk.FlowDesk.metainfo.xml"
ver=$("$root/fs/usr/bin/flowdesk" --version)
echo "$ver"
[[ "$ver" == *0.1.0* ]] || { echo "unexpected version: $ver"; exit 1; }
QT_QPA_PLATFORM=offscreen "$root/fs/usr/bin/flowdesk" --smoke
echo "DEB OK: $(basename "$deb")"
