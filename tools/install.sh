#!/bin/sh
# Install the real consumers that query/export's TestConsumers opens every
# export with: xmllint (GEXF 1.3 schema), Graphviz, Chromium (TimelineJS
# rendering), Node with the npm packages pinned in package-lock.json
# (cytoscape, @knight-lab/timelinejs, jsdom, jsonld), and a check that the
# machine's python3 has networkx >= 3 (Debian's 2.8 cannot read GEXF 1.3).
#
# Idempotent and quick when everything is there: apt and npm only run for
# what is missing. Run as root (CI and the dev machines are root).
set -eu
here=$(cd "$(dirname "$0")" && pwd)

missing=""
command -v xmllint >/dev/null 2>&1 || missing="$missing libxml2-utils"
command -v dot >/dev/null 2>&1 || missing="$missing graphviz"
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing="$missing chromium"
command -v node >/dev/null 2>&1 || missing="$missing nodejs"
command -v npm >/dev/null 2>&1 || missing="$missing npm"
fc-list 2>/dev/null | grep -qi dejavu || missing="$missing fonts-dejavu-core"
if [ -n "$missing" ]; then
  echo "tools/install.sh: installing$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# npm ci only when node_modules does not match the lock file.
stamp="$here/node_modules/.package-lock.json"
if [ ! -f "$stamp" ] || ! cmp -s "$here/package-lock.json" "$here/node_modules/.dossier-lock"; then
  echo "tools/install.sh: npm ci in tools/"
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$here/package-lock.json" "$here/node_modules/.dossier-lock"
fi

python3 - <<'PY'
import sys
try:
    import networkx
except ImportError:
    sys.exit("tools/install.sh: python3 has no networkx; GEXF/GraphML checks need networkx >= 3 (PyPI is not reachable here)")
major = int(networkx.__version__.split(".")[0])
if major < 3:
    sys.exit(f"tools/install.sh: networkx {networkx.__version__} is too old; GEXF 1.3 needs networkx >= 3")
print(f"tools/install.sh: python3 networkx {networkx.__version__}")
PY
echo "tools/install.sh: xmllint, dot, chromium, node $(node --version), npm packages and networkx are ready"
