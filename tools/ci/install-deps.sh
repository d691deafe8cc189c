#!/usr/bin/env bash
# Installs FlowDesk's build, test and run dependencies from Debian 12 packages.
# Idempotent and non-interactive; run as root (or with sudo available).
set -euo pipefail
pkgs=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6opengl6-dev libqt6svg6-dev qt6-qpa-plugins libxkbcommon-dev libvulkan-dev libgl-dev
  libqcustomplot-dev libqcustomplot2.1-qt6 qtkeychain-qt6-dev
  libsimdjson-dev zlib1g-dev libbenchmark-dev
  xvfb xauth fonts-dejavu-core fonts-wqy-microhei python3 python3-websockets
  dpkg-dev file appstream desktop-file-utils openssl
)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
