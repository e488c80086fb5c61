#!/usr/bin/env bash
# Installs what TriggerDesk needs to build, test and run on Debian 12 (idempotent), and the extra
# packages given as arguments (other checks' tools). Nothing is assumed present:
# scripts/fresh-root-check.sh runs the README's commands on a minimal bookworm root (mmdebstrap
# --variant=minbase) to prove this list, since a machine used for development keeps every package
# it ever had.
set -euo pipefail
packages=(
    # compiler and build tools
    cmake ninja-build g++ pkg-config zlib1g-dev
    # Qt modules (Qt6Gui's CMake config requires OpenGL headers: libgl-dev)
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-qpa-plugins qt6-translations-l10n libgl-dev qtkeychain-qt6-dev
    # certificates for the https tests
    openssl
    # the window under a virtual X server, a private D-Bus session with a real Secret Service
    xvfb xauth dbus dbus-x11 gnome-keyring
    # text for the window and its tests (Latin, Chinese, Japanese)
    fonts-dejavu-core fonts-noto-cjk
    "$@"
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
