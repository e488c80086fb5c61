#!/usr/bin/env bash
# Runs a test inside a private D-Bus session with an unlocked gnome-keyring (a real Secret
# Service), so the keychain path is exercised without touching the user's own keyring.
set -eu
exec dbus-run-session -- bash -c '
    export HOME=$(mktemp -d)
    echo -n "ci-keyring-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' _ "$@"
