#!/usr/bin/env bash
# Proves through the real accessibility bus (AT-SPI) that a screen-reader user can select each demo
# profile, launch it and read its outcome from the job table: scripts/atspi-check.py drives the
# window with pyatspi only (Selection, Action and Table interfaces, no clicks or keys).
#   bash scripts/atspi-check.sh   (needs a build in ./build; builds nothing)
# Qt before 6.5 gives lists no AT-SPI Selection interface: there rows are selected with the Table
# interface's addRowSelection, as screen readers do in tables (still no click, no key).
# The outer run installs what is missing and starts a private D-Bus session and X server; it then
# runs this same file again inside them (ATSPI_CHECK_INNER=1) to start the app and the check.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${ATSPI_CHECK_INNER:-}" ]; then
    bash scripts/setup-debian.sh at-spi2-core python3-pyatspi
    [ -x build/bin/triggerdesk ] || { echo "atspi-check: build/bin/triggerdesk missing: build first" >&2; exit 2; }
    # A fresh user (no real profiles, settings or keyring) for the whole session: services that the
    # bus activates (gnome-keyring for the app's secret store, dconf) inherit this HOME too.
    home=$(mktemp -d)
    trap 'rm -rf "$home"' EXIT
    mkdir -p "$home/.config" "$home/.local/share" "$home/.cache" "$home/run"
    chmod 700 "$home/run"
    # The session's own chatter (bus activations, registry, keyring start-up) is left out of the output.
    set +e
    HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_CACHE_HOME=$home/.cache \
        XDG_RUNTIME_DIR=$home/run \
        ATSPI_CHECK_INNER=1 dbus-run-session -- \
        xvfb-run -a -s "-screen 0 1400x900x24" bash "$0" "$@" 2>&1 |
        grep --line-buffered -vE '^(dbus-daemon\[|SpiRegistry daemon|GNOME_KEYRING_CONTROL=|\*\* Message: .*control socket)|discover_other_daemon'
    exit "${PIPESTATUS[0]}"
fi

# --- inside dbus-run-session and xvfb-run ---
tmp=$(mktemp -d)
app_pid=""
stop_app() { # TERM first, KILL if stuck; then its simulator child, should it outlive the app
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
        local kids
        kids=$(ps -o pid= --ppid "$app_pid" || true)
        kill -TERM "$app_pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
        for kid in $kids; do kill -TERM "$kid" 2>/dev/null || true; done
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

# Qt's AT-SPI bridge forced on (HOME and XDG_* are the temporary ones set above).
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 \
    build/bin/triggerdesk --demo >"$tmp/app.log" 2>&1 &
app_pid=$!

rc=0
# Debian's python3: python3-pyatspi is not importable from another python3 on PATH (e.g. pyenv).
/usr/bin/python3 scripts/atspi-check.py --pid "$app_pid" "$@" || rc=$?
if [ "$rc" -ne 0 ]; then
    echo "--- app log (last 30 lines) ---" >&2
    tail -n 30 "$tmp/app.log" >&2 || true
fi
exit "$rc"
