#!/usr/bin/env bash
# The command line prints forms through the Gui-only print library: it must not load Qt Widgets, neither
# directly nor through a library it links (ldd lists both).
set -euo pipefail
cli="$1"
libraries=$(ldd "$cli")
if ! grep -q 'libQt6Gui' <<<"$libraries"; then
    echo "ldd did not list libQt6Gui for $cli:"
    echo "$libraries"
    exit 1
fi
if grep -i 'widgets' <<<"$libraries"; then
    echo "FAIL: $cli is linked to Qt Widgets (above); it should link motcua_core and motcua_print only"
    exit 1
fi
echo "ok: $cli links no Qt Widgets"
