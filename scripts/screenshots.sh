#!/usr/bin/env bash
# Takes the README's screenshots of the window: the demo simulator and profiles, one job launched
# from each profile by keyboard, a faulted job's details, in English, Chinese and Japanese.
#   bash scripts/screenshots.sh [OUT_DIR]   (default resources/screenshots; needs a build in ./build)
# Needs xvfb, xauth, imagemagick (import), xdotool and fonts-noto-cjk.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-resources/screenshots}
mkdir -p "$out"
shoot() { # LANGUAGE FILE
    local home
    home=$(mktemp -d)
    # A first run of a new user: no profiles, so the demo; the language as the setting chooses it.
    mkdir -p "$home/.config/TriggerDesk"
    printf '[ui]\nlanguage=%s\n' "$1" >"$home/.config/TriggerDesk/triggerdesk.conf"
    HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
        xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
        build/bin/triggerdesk & pid=$!
        sleep 4
        window=$(xdotool search --sync --pid $pid --onlyvisible --class triggerdesk | head -1)
        xdotool windowsize $window 1400 900 windowmove $window 0 0 windowfocus --sync $window
        # From the first profile in the list, each one launched with Ctrl+Return, then the next.
        xdotool mousemove 60 100 click 1; sleep 0.3
        for _ in 1 2 3 4 5 6; do xdotool key ctrl+Return; sleep 0.3; xdotool key Down; sleep 0.3; done
        sleep 6
        # The faulted job (second from the top, under the last launched) selected: its details below.
        xdotool mousemove 700 143 click 1
        sleep 1
        import -window root "'"$2"'"
        kill $pid; wait $pid 2>/dev/null || true'
    rm -rf "$home"
    echo "saved $2"
}
shoot en "$out/mainwindow.png"
shoot zh_CN "$out/mainwindow-zh_CN.png"
shoot ja "$out/mainwindow-ja.png"
