#!/usr/bin/env bash
# Fails when a user-visible string of the sources has no Chinese or Japanese translation:
# lupdate the committed .ts files into a scratch copy and count what is left unfinished.
set -euo pipefail
src=$1 tools=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$src"/translations/triggerdesk_*.ts; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    "$tools/lupdate" -silent -locations none -no-obsolete "$src/src" "$src/ui" -ts "$copy" >/dev/null
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    if [ "$unfinished" -gt 0 ]; then
        echo "$(basename "$ts"): $unfinished untranslated string(s):"
        grep -B3 'type="unfinished"' "$copy" | grep '<source>' | sed 's/^ */    /' | head -20
        status=1
    else
        echo "$(basename "$ts"): complete"
    fi
done
exit $status
