#!/usr/bin/env bash
# Runs a test inside a private D-Bus session with a real notification daemon (dunst, on a virtual
# X server), as on a desktop that has a notification service but no system tray (GNOME's default).
set -eu
exec dbus-run-session -- xvfb-run -a bash -c '
    log=$(mktemp)
    dunst >"$log" 2>&1 &
    daemon=$!
    # Asking dunst itself would start another one through D-Bus activation, without the display.
    for _ in $(seq 100); do
        dbus-send --session --dest=org.freedesktop.DBus --print-reply=literal /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null | grep -q true && break
        sleep 0.1
    done
    status=0
    "$@" || status=$?
    kill "$daemon" 2>/dev/null || true
    [ "$status" -eq 0 ] || cat "$log" >&2
    rm -f "$log"
    exit "$status"' _ "$@"
