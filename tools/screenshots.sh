#!/bin/sh
# Remake the README screenshots headless from the demo graph:
#   tools/screenshots/demo-graph.png   the MEK neighbourhood, DOT rendered by Graphviz
#   tools/screenshots/mek-timeline.png the MEK timeline in TimelineJS (Chromium),
#                                      on the first slide with a derived span
# usage: tools/screenshots.sh [DOSSIER_BINARY]   (default: go run ./cmd/dossier)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ $# -gt 0 ]; then
  dossier=$1
else
  (cd "$root" && go build -o "$work/dossier" ./cmd/dossier)
  dossier=$work/dossier
fi
mkdir -p "$here/screenshots"
(cd "$root" && "$dossier" demo --store "$work/store" >/dev/null)
"$dossier" export --store "$work/store" --format dot --entity MEK --hops 1 -o "$work/mek.dot"
dot -Tpng -Gdpi=60 -o "$here/screenshots/demo-graph.png" "$work/mek.dot"
"$dossier" export --store "$work/store" --format timelinejs --entity MEK -o "$work/mek.json"
set -- $(node -e '
const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const i = d.events.findIndex((e) => e.end_date);
console.log(d.events.length, i + 1);' "$work/mek.json")
sh "$here/check/timelinejs_render.sh" "$work/mek.json" "$1" "$here/screenshots/mek-timeline.png" "$2"
echo "wrote $here/screenshots/demo-graph.png and $here/screenshots/mek-timeline.png"
