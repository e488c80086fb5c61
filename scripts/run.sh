#!/usr/bin/env bash
# Installs, builds and starts the TriggerDesk window. With no saved profiles it starts the local
# simulator and loads the demo profiles; pass --demo to force that.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
bash scripts/build.sh
exec ./build/bin/triggerdesk "$@"
