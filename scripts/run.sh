#!/usr/bin/env bash
# The README's two set-up commands, made to work on a fresh machine:
#   bash scripts/run.sh serve   install, build and serve the site on http://localhost:4321/
#   bash scripts/run.sh test    install and run every test (npm ci && npm test)
# Where the system Node is older than Astro 7.4 needs (22.23.4, package.json `engines`), Node 24 is
# provisioned from the npm registry's `node@24` package first: npm picks package versions for the
# Node that runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-}"
case "$what" in serve|test) ;; *) echo "usage: bash scripts/run.sh serve|test" >&2; exit 2 ;; esac

if ! command -v node >/dev/null || node -e 'const [a,b,c]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&(b>23||(b===23&&c>=4)))?1:0)'; then
  NODE24_DIR="${HOME}/.cache/llr-node24"
  if [ ! -x "$NODE24_DIR/node_modules/node/bin/node" ]; then
    echo "setup: Node $(node --version 2>/dev/null || echo none) is older than 22.23.4, which Astro 7.4 needs; installing Node 24 into $NODE24_DIR"
    mkdir -p "$NODE24_DIR"
    npm install --prefix "$NODE24_DIR" --no-save --no-audit --no-fund node@24 >/dev/null
  fi
  export PATH="$NODE24_DIR/node_modules/node/bin:$PATH"
fi
echo "setup: node $(node --version), npm $(npm --version)"

npm ci --no-audit --no-fund

if [ "$what" = serve ]; then
  exec npm start
fi

# Browser tests use the system Chromium where there is one (browsers cannot be downloaded on
# every machine); otherwise Debian's chromium, or Playwright's own browser on other systems.
if ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "setup: installing Debian's chromium for the browser tests"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null
  else
    npx playwright install chromium
  fi
fi
exec npm test
