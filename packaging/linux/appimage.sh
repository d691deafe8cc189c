#!/usr/bin/env bash
# Builds FlowDesk-<version>-<arch>.AppImage for Linux users outside Debian/Ubuntu
# (there, install the DEB). Uses linuxdeploy and linuxdeploy-plugin-qt.
#
# Usage: packaging/linux/appimage.sh [BUILD_DIR] [OUT_DIR]
#   BUILD_DIR  build directory (default: build-appimage); configured and built
#              here (Release, no tests, no benchmarks) if it has no CMakeCache.txt
#   OUT_DIR    where the .AppImage is written (default: the current directory)
# Environment:
#   QMAKE      qmake of the Qt to bundle (default: qmake6, else qmake, on PATH)
#   TOOLS_DIR  where linuxdeploy*.AppImage are looked for and, if missing,
#              downloaded (default: ~/.cache/flowdesk-appimage). The download
#              needs network access; put the two files there by hand otherwise.
# Bundles Qt and every library the binary needs except the glibc family, so
# build on the oldest distribution you want to support.
set -euo pipefail

src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(realpath -m "${1:-build-appimage}")
out=$(realpath -m "${2:-.}")
tools=${TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/flowdesk-appimage}
arch=$(uname -m)
export QMAKE=${QMAKE:-$(command -v qmake6 || command -v qmake || true)}
[ -n "$QMAKE" ] || { echo "appimage.sh: no qmake found; set QMAKE=/path/to/Qt/bin/qmake" >&2; exit 1; }

# 1. Build and install into a fresh AppDir (prefix /usr, as the AppImage expects).
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
        -DBUILD_TESTING=OFF -DFLOWDESK_BUILD_BENCH=OFF
fi
cmake --build "$build" --parallel
appdir="$build/AppDir"
rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$build" --prefix /usr

# 2. linuxdeploy and its Qt plugin (linuxdeploy finds the plugin on PATH).
mkdir -p "$tools"
for tool in linuxdeploy/linuxdeploy linuxdeploy/linuxdeploy-plugin-qt; do
  file="$tools/${tool#*/}-$arch.AppImage"
  if [ ! -x "$file" ]; then
    curl -fL --retry 3 -o "$file.part" \
      "https://github.com/linuxdeploy/${tool#*/}/releases/download/continuous/${tool#*/}-$arch.AppImage"
    chmod +x "$file.part" && mv "$file.part" "$file"
  fi
done
export PATH="$tools:$PATH"
export APPIMAGE_EXTRACT_AND_RUN=${APPIMAGE_EXTRACT_AND_RUN:-1} # works without FUSE (containers, CI)

# 3. Bundle Qt and the libraries, then pack. The desktop file and the icon are
# the ones the DEB ships (resources/); their names match the desktop file's Icon=.
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
mkdir -p "$out"
cd "$out"
LDAI_OUTPUT="FlowDesk-$version-$arch.AppImage" OUTPUT="FlowDesk-$version-$arch.AppImage" \
  "$tools/linuxdeploy-$arch.AppImage" --appdir "$appdir" \
    --executable "$appdir/usr/bin/flowdesk" \
    --desktop-file "$src/resources/io.flowdesk.FlowDesk.desktop" \
    --icon-file "$src/resources/icons/io.flowdesk.FlowDesk.svg" \
    --plugin qt --output appimage
echo "AppImage: $out/FlowDesk-$version-$arch.AppImage"
