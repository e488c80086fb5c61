#!/usr/bin/env bash
# Installs what TriggerDesk needs to build, test and run on Debian 12 (bookworm) or Debian 13
# (trixie) (idempotent), and the extra packages given as arguments (other checks' tools). Nothing
# is assumed present: scripts/fresh-root-check.sh runs the README's commands on minimal bookworm
# and trixie roots (mmdebstrap --variant=minbase) to prove this list, since a machine used for
# development keeps every package it ever had.
set -euo pipefail
codename=$( . /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}") || codename=""
# The names that differ between the releases (every other one is the same on both).
case $codename in
bookworm)
    pkg_config=pkg-config # pkgconf's pkg-config arrives with trixie
    svg_plugins=()        # libqt6svg6 (qt6-svg-dev's) holds the SVG icon and image plugins
    # Qt6Charts' CMake package needs Qt6OpenGL's, which qt6-charts-dev does not pull in on bookworm
    opengl_dev=(libqt6opengl6-dev)
    ;;
*) # trixie, and newer releases until they differ
    pkg_config=pkgconf    # pkg-config is a transitional package for it there
    svg_plugins=(qt6-svg-plugins) # split out of libqt6svg6: Qt's SVG icon engine (the window's icons)
    opengl_dev=()                 # in qt6-base-dev there
    ;;
esac
packages=(
    # compiler and build tools
    cmake ninja-build g++ "$pkg_config" zlib1g-dev
    # Qt modules (Qt6Gui's CMake config requires OpenGL headers: libgl-dev)
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev "${svg_plugins[@]}" qt6-qpa-plugins qt6-translations-l10n libgl-dev qtkeychain-qt6-dev
    # the job history's database: Qt SQL's SQLite driver plugin
    libqt6sql6-sqlite
    # a person's sign-in in the system browser (OAuth 2 authorization code with PKCE)
    qt6-networkauth-dev
    # a profile's health charts
    qt6-charts-dev "${opengl_dev[@]}"
    # certificates for the https tests; a real gateway (HTTP/2 over TLS) in front of the simulator;
    # a real forward proxy (the executable only: no service is started)
    openssl nginx-light tinyproxy-bin
    # the window under a virtual X server, a private D-Bus session with a real Secret Service
    xvfb xauth dbus dbus-x11 gnome-keyring
    # a real notification service for the desktop-notification test (as on a desktop without a tray)
    dunst
    # a real browser, headless, for the sign-in test (the loopback redirect as a browser sends it)
    chromium-headless-shell
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
