#!/usr/bin/env bash
# Proves through the real accessibility bus (AT-SPI) that a screen-reader user can select each demo
# profile, launch it and read its outcome from the job table: scripts/atspi-check.py drives the
# window with pyatspi only (Selection, Action and Table interfaces, no clicks or keys).
#   bash scripts/atspi-check.sh        (needs a build in ./build; builds nothing)
# The outer run installs what is missing and starts a private D-Bus session and X server; it then
# runs this same file again inside them (ATSPI_CHECK_INNER=1) to start the app and the check.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${ATSPI_CHECK_INNER:-}" ]; then
    missing=()
    for p in at-spi2-core python3-pyatspi xvfb xauth dbus dbus-x11; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
    [ -x build/bin/triggerdesk ] || { echo "atspi-check: build/bin/triggerdesk missing: build first" >&2; exit 2; }
    # A private session bus: org.a11y.Bus (at-spi-bus-launcher) is activated on it on demand.
    exec env ATSPI_CHECK_INNER=1 dbus-run-session -- \
        xvfb-run -a -s "-screen 0 1400x900x24" bash "$0" "$@"
fi

# --- inside dbus-run-session and xvfb-run ---
tmp=$(mktemp -d)
app_pid=""
stop_app() { # TERM first (the simulator child dies with the app: PR_SET_PDEATHSIG), KILL if stuck
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
        kill -TERM "$app_pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap stop_app EXIT

# Ask for the accessibility bus and mark it enabled (this activates org.a11y.Bus). If dbus cannot
# activate it, start the launcher ourselves and wait for its name to appear.
a11y_on() {
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
        org.freedesktop.DBus.Properties.Set string:org.a11y.Status string:IsEnabled variant:boolean:true \
        >/dev/null 2>&1
}
if ! a11y_on; then
    /usr/libexec/at-spi-bus-launcher --launch-immediately >"$tmp/bus-launcher.log" 2>&1 &
    for _ in $(seq 50); do a11y_on && break; sleep 0.2; done
    a11y_on || { echo "atspi-check: no accessibility bus (org.a11y.Bus)" >&2; exit 1; }
fi

# A fresh user (no real profiles or settings) and Qt's AT-SPI bridge forced on.
mkdir -p "$tmp/home/.config" "$tmp/home/.local/share"
HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_DATA_HOME=$tmp/home/.local/share \
    QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 \
    build/bin/triggerdesk --demo >"$tmp/app.log" 2>&1 &
app_pid=$!

rc=0
python3 scripts/atspi-check.py --pid "$app_pid" || rc=$?
if [ "$rc" -ne 0 ]; then
    echo "--- app log (last 30 lines) ---" >&2
    tail -n 30 "$tmp/app.log" >&2 || true
fi
exit "$rc"
