#!/usr/bin/env bash
# Builds the Linux packages (a Release build without tests, then cpack: the .deb and the .tar.gz)
# and checks what the .deb installs: the executables start and triggerdesk-cli runs a job in each
# call mode against triggerdesk-sim, the desktop entry, AppStream metadata and man pages validate,
# and the icon is there at every size. lintian checks the .deb itself: any error fails the check.
#
#   bash scripts/package-check.sh [--build-dir DIR]   build (in a temporary folder unless DIR is
#                                                      given), unpack the .deb into a temporary
#                                                      prefix with dpkg-deb -x, check it there
#   bash scripts/package-check.sh --build-only DIR    only build the packages, in DIR
#   bash scripts/package-check.sh --lint DIR          only run lintian on the .deb built in DIR
#   bash scripts/package-check.sh --installed         check the package installed with apt (what
#                                                      scripts/fresh-root-check.sh does in a clean root)
# Root or sudo is needed for apt-get when a tool is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=local
build_dir=""
case "${1:-}" in
"") ;;
--build-dir) build_dir=${2:?--build-dir needs a folder} ;;
--build-only)
    mode=build
    build_dir=${2:?--build-only needs a folder}
    ;;
--lint)
    mode=lint
    build_dir=${2:?--lint needs a folder}
    ;;
--installed) mode=installed ;;
*)
    echo "usage: $0 [--build-dir DIR | --build-only DIR | --lint DIR | --installed]" >&2
    exit 2
    ;;
esac

# Installs the Debian packages named that are missing (the same way as scripts/setup-debian.sh).
need_packages() {
    local p missing=() sudo=""
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

work=$(mktemp -d /tmp/triggerdesk-package-check.XXXXXX)
sim_pid=""
cleanup() {
    [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "package check: $*" >&2
    exit 1
}

build_packages() {
    local dir=$1
    bash scripts/setup-debian.sh
    # cpack's DEB generator runs dpkg-shlibdeps (dpkg-dev), which needs file to find the executables.
    need_packages dpkg-dev file
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
    cmake --build "$dir" --parallel "${JOBS:-2}"
    (cd "$dir" && rm -f triggerdesk[-_]*.deb triggerdesk-*.tar.gz && cpack -G "DEB;TGZ")
}

# The one .deb in a build folder.
deb_in() {
    local debs=("$1"/triggerdesk_*_amd64.deb)
    if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then fail "expected one triggerdesk_*_amd64.deb in $1"; fi
    echo "${debs[0]}"
}

# lintian on the .deb: errors fail the check; warnings are shown (the one expected,
# initial-upload-closes-no-bugs, is for uploads to Debian's archive, which closes an ITP bug).
lint_deb() {
    local deb
    deb=$(deb_in "$1")
    need_packages lintian
    echo "==== lintian $(basename "$deb")"
    local status=0
    lintian --fail-on error --tag-display-limit 0 "$deb" >"$work/lintian.out" 2>"$work/lintian.err" || status=$?
    # As root, lintian says so on stderr: nothing about the package.
    cat "$work/lintian.out"
    grep -v 'running with root privileges' "$work/lintian.err" >&2 || true
    [ "$status" -eq 0 ] || fail "lintian found errors in $(basename "$deb")"
    echo "lintian: no errors"
}

if [ "$mode" = lint ]; then
    lint_deb "$build_dir"
    exit 0
fi

if [ "$mode" != installed ]; then
    [ -n "$build_dir" ] || build_dir=$work/build
    start=$SECONDS
    build_packages "$build_dir"
    echo "==== packages built in $((SECONDS - start)) s"
    [ "$mode" = build ] && exit 0
    lint_deb "$build_dir"
fi

need_packages desktop-file-utils appstream man-db groff-base

# prefix: where the package's /usr is; files: what the package holds.
if [ "$mode" = installed ]; then
    prefix=""
    dpkg-query -W -f='${Status}' triggerdesk | grep -q "install ok installed" || fail "triggerdesk is not installed"
    version=$(dpkg-query -W -f='${Version}' triggerdesk)
    dpkg -L triggerdesk >"$work/files"
    echo "installed: triggerdesk $version, $(dpkg-query -W -f='${Installed-Size}' triggerdesk) KiB"
    echo "Depends: $(dpkg-query -W -f='${Depends}' triggerdesk)"
else
    deb=$(deb_in "$build_dir")
    tarballs=("$build_dir"/triggerdesk-*.tar.gz)
    if [ ${#tarballs[@]} -ne 1 ] || [ ! -f "${tarballs[0]}" ]; then fail "expected one triggerdesk-*.tar.gz in $build_dir"; fi
    version=$(dpkg-deb -f "$deb" Version)
    [ "$(basename "$deb")" = "triggerdesk_${version}_amd64.deb" ] || fail "unexpected file name $deb"
    echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB; $(basename "${tarballs[0]}"): $(du -k "${tarballs[0]}" | cut -f1) KiB"
    echo "Depends: $(dpkg-deb -f "$deb" Depends)"
    tar -tzf "${tarballs[0]}" >"$work/tarball-files"
    for exe in triggerdesk triggerdesk-cli triggerdesk-sim; do
        grep -q "/bin/$exe\$" "$work/tarball-files" || fail "the .tar.gz has no bin/$exe"
    done
    prefix=$work/root
    dpkg-deb -x "$deb" "$prefix"
    dpkg-deb -c "$deb" | awk '{ print substr($6, 2) }' | sed 's|/$||' >"$work/files"
fi
bin=$prefix/usr/bin
share=$prefix/usr/share
# The executables say the upstream version: the package's without its Debian revision (0.1.0-1).
upstream=${version%-*}
# The system's Qt only: nothing from a build folder or the caller's environment.
unset LD_LIBRARY_PATH QT_PLUGIN_PATH

echo "==== files"
expected=(/usr/bin/triggerdesk /usr/bin/triggerdesk-cli /usr/bin/triggerdesk-sim
    /usr/share/applications/triggerdesk.desktop
    /usr/share/metainfo/io.github.triggerdesk.TriggerDesk.metainfo.xml
    /usr/share/man/man1/triggerdesk.1.gz /usr/share/man/man1/triggerdesk-cli.1.gz
    /usr/share/man/man1/triggerdesk-sim.1.gz
    /usr/share/icons/hicolor/scalable/apps/triggerdesk.svg
    /usr/share/doc/triggerdesk/copyright /usr/share/doc/triggerdesk/changelog.Debian.gz)
for size in 16 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/triggerdesk.png")
done
for f in "${expected[@]}"; do
    grep -qx "$f" "$work/files" || fail "the package does not install $f"
done
echo "all ${#expected[@]} expected files listed (icons at 16 to 256 px and scalable, copyright, changelog)"
grep -qx 'License: Apache-2.0' "$share/doc/triggerdesk/copyright" || fail "the copyright file names no Apache-2.0 licence"
newest=$(zcat "$share/doc/triggerdesk/changelog.Debian.gz" | sed -n 1p)
[[ "$newest" == "triggerdesk ($version) "* ]] || fail "changelog.Debian.gz begins '$newest', not with $version"
for exe in triggerdesk triggerdesk-cli triggerdesk-sim; do
    ldd "$bin/$exe" >"$work/ldd"
    if grep 'not found' "$work/ldd"; then fail "$exe misses libraries"; fi
done

echo "==== versions"
[ "$("$bin/triggerdesk-cli" --version)" = "triggerdesk-cli $upstream" ] || fail "triggerdesk-cli --version"
[ "$("$bin/triggerdesk-sim" --version)" = "triggerdesk-sim $upstream" ] || fail "triggerdesk-sim --version"
# The window's executable loads Qt Widgets and its platform plugin before it parses options.
[ "$(QT_QPA_PLATFORM=offscreen "$bin/triggerdesk" --version 2>"$work/gui.log")" = "triggerdesk $upstream" ] ||
    fail "triggerdesk --version: $(cat "$work/gui.log")"
echo "triggerdesk, triggerdesk-cli and triggerdesk-sim $upstream"

echo "==== the window (offscreen, --demo)"
# The demo starts triggerdesk-sim from the window's folder; drawing the window's SVG icons loads
# Qt's SVG icon engine, the plugin of libqt6svg6, a dependency dpkg-shlibdeps cannot see.
mkdir -p "$work/home"
if ! env -u DBUS_SESSION_BUS_ADDRESS HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
    XDG_DATA_HOME="$work/home/.local/share" QT_QPA_PLATFORM=offscreen QT_DEBUG_PLUGINS=1 \
    timeout 60 "$bin/triggerdesk" --demo --quit-after-ms 3000 >"$work/window.out" 2>"$work/window.log"; then
    fail "triggerdesk --demo: $(cat "$work/window.out")"
fi
grep -q 'Demo simulator: http://127\.0\.0\.1:[0-9]' "$work/window.out" ||
    fail "the window did not show the demo simulator's URL: $(cat "$work/window.out")"
grep -q 'iconengines/libqsvgicon\.so" loaded library' "$work/window.log" ||
    fail "the window did not load the SVG icon engine (libqt6svg6)"
cat "$work/window.out"

echo "==== triggerdesk-cli against triggerdesk-sim"
"$bin/triggerdesk-sim" --port 0 --token package-check --long-poll-hold-ms 300 >"$work/sim.out" 2>"$work/sim.log" &
sim_pid=$!
# The banner ends with an empty line once every trigger is listed.
for _ in $(seq 100); do
    grep -qx '' "$work/sim.out" 2>/dev/null && break
    kill -0 "$sim_pid" 2>/dev/null || fail "triggerdesk-sim exited: $(cat "$work/sim.log")"
    sleep 0.1
done
grep -qx '' "$work/sim.out" || fail "triggerdesk-sim printed no banner"
trigger_url() { awk -v t="/$1" '$2 ~ t "$" { print $2 }' "$work/sim.out"; }

# run TRIGGER EXPECTED-EXIT EXPECTED-TEXT...: one job, its exit code and what its JSON says.
run_job() {
    local trigger=$1 expected_exit=$2 status=0 text url
    shift 2
    url=$(trigger_url "$trigger")
    [ -n "$url" ] || fail "the simulator lists no $trigger trigger"
    TRIGGERDESK_TOKEN=package-check timeout 60 "$bin/triggerdesk-cli" run "$url" --arg name=Ada \
        --poll-interval-ms 250 --json >"$work/$trigger.json" || status=$?
    [ "$status" -eq "$expected_exit" ] || fail "$trigger: exit $status, expected $expected_exit: $(cat "$work/$trigger.json")"
    for text in "$@"; do
        grep -qF "$text" "$work/$trigger.json" || fail "$trigger: no $text in $(cat "$work/$trigger.json")"
    done
    echo "$trigger: exit $status, $*"
}
run_job echo-async 0 '"mode":"AsyncRequestReply"' '"state":"Successful"' '"echo":{"name":"Ada"}'
run_job echo-fire 0 '"mode":"FireAndForget"' '"state":"Started"'
run_job echo-long 0 '"mode":"LongPolling"' '"state":"Successful"' '"echo":{"name":"Ada"}'
run_job fault-async 1 '"state":"Faulted"' '"serverErrorCode":2107'
kill "$sim_pid"
wait "$sim_pid" || fail "triggerdesk-sim did not stop cleanly on SIGTERM"
sim_pid=""

echo "==== desktop entry, AppStream metadata, man pages"
out=$(desktop-file-validate "$share/applications/triggerdesk.desktop" 2>&1) || fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate: $out"
echo "desktop-file-validate: no errors, warnings or hints"
appstreamcli validate --no-net "$share/metainfo/io.github.triggerdesk.TriggerDesk.metainfo.xml" ||
    fail "appstreamcli validate"
for page in triggerdesk triggerdesk-cli triggerdesk-sim; do
    file=$share/man/man1/$page.1.gz
    out=$(zcat "$file" | groff -man -ww -z 2>&1) || fail "groff $page.1: $out"
    [ -z "$out" ] || fail "groff $page.1: $out"
    out=$(MANWIDTH=80 man -l "$file" 2>&1 >/dev/null) || fail "man -l $page.1: $out"
    [ -z "$out" ] || fail "man -l $page.1: $out"
    man -l "$file" >"$work/$page.txt" 2>/dev/null
    grep -q "^NAME" "$work/$page.txt" || fail "man -l $page.1 shows no NAME section"
done
echo "man pages: groff -man -ww and man -l without warnings"
echo "==== package check passed"
