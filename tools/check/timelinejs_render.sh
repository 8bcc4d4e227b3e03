#!/bin/sh
# Render a TimelineJS JSON file in headless Chromium with TimelineJS's own
# JS and CSS from tools/node_modules (no network), and check that the
# timeline was built: the page marks itself ready and TimelineJS drew one
# slide per event plus the title slide.
#
# usage: timelinejs_render.sh FILE.json EVENTS [SCREENSHOT.png [SLIDE]]
# (SLIDE: the slide the screenshot shows, 0 for the title)
set -eu
json=$1
events=$2
shot=${3:-}
slide=${4:-0}
here=$(cd "$(dirname "$0")/.." && pwd)
dist=$here/node_modules/@knight-lab/timelinejs/dist
[ -f "$dist/js/timeline.js" ] || { echo "TimelineJS is not installed: run tools/install.sh" >&2; exit 1; }
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "chromium is not installed: run tools/install.sh" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
{
  printf '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>timeline</title>\n'
  printf '<link rel="stylesheet" href="file://%s/css/timeline.css">\n' "$dist"
  printf '<script src="file://%s/js/timeline.js"></script>\n' "$dist"
  printf '</head><body style="margin:0"><div id="timeline-embed" style="width:100%%;height:650px"></div>\n<script>\nvar data = '
  cat "$json"
  printf ';\nvar tl = new TL.Timeline("timeline-embed", data, {script_path: "file://%s/js/", font: null, start_at_slide: %d});\n' "$dist" "$slide"
  printf 'tl.on("ready", function () { document.body.setAttribute("data-timeline", "ready"); });\n</script></body></html>\n'
} > "$work/page.html"
flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$work/profile --window-size=1200,700 --virtual-time-budget=15000"
# shellcheck disable=SC2086
"$browser" $flags --dump-dom "file://$work/page.html" > "$work/dom.html" 2> "$work/chromium.log" || {
  echo "chromium failed:" >&2; cat "$work/chromium.log" >&2; exit 1; }
grep -q 'data-timeline="ready"' "$work/dom.html" || {
  echo "TimelineJS never became ready in Chromium; message shown:" >&2
  grep -o 'tl-message-content[^<]*<[^<]*' "$work/dom.html" >&2 || true
  exit 1; }
slides=$(grep -oE 'class="tl-slide( tl-slide-[a-z-]+)*"' "$work/dom.html" | wc -l)
markers=$(grep -oE 'class="tl-timemarker( tl-timemarker-[a-z-]+)*"' "$work/dom.html" | wc -l)
if [ "$markers" -ne "$events" ] || [ "$slides" -ne $((events + 1)) ]; then
  echo "Chromium drew $markers time markers and $slides slides for $events events (and a title slide)" >&2
  exit 1
fi
if [ -n "$shot" ]; then
  # shellcheck disable=SC2086
  "$browser" $flags --hide-scrollbars --screenshot="$shot" "file://$work/page.html" 2>> "$work/chromium.log" >/dev/null
  [ -s "$shot" ] || { echo "no screenshot written" >&2; cat "$work/chromium.log" >&2; exit 1; }
fi
echo "chromium: TimelineJS ready, $markers time markers, $slides slides"
