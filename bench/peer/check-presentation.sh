#!/bin/sh
# Exports a signed presentation with credfolio-cli (an eddsa-rdfc-2022 Open Badge, an
# eddsa-jcs-2022 one and a VC-JWT from tests/data, a challenge and a domain) and checks it
# with the JavaScript peer (verify-vp-rdfc.mjs) and with credfolio-cli verify.
# Usage: bench/peer/check-presentation.sh BUILD_DIR   (needs `npm ci` in bench/peer first)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cli="${1:?usage: check-presentation.sh BUILD_DIR}/app/credfolio-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" DBUS_SESSION_BUS_ADDRESS="unix:path=$work/no-bus" CREDFOLIO_DB="$work/p.sqlite"
data="$root/tests/data"
at=2025-06-01T00:00:00Z
"$cli" import --at $at "$data/rdf-suites/signed/eddsa-rdfc-2022-didkey.json" \
    "$data/verify/badges/di-endorsement-valid.json" "$data/verify/badges/jwt-eddsa-valid.jwt" \
    $(node -e 'const r=require(process.argv[1]).resolve;for(const k in r)process.stdout.write(`--resolve ${k}=${process.argv[2]}/${r[k]} `)' \
        "$data/verify/fixtures.json" "$data/verify") >/dev/null
echo 'correct horse battery staple' >"$work/pass"
"$cli" export presentation "$work/vp.json" --challenge nonce-1 --domain jobs.example --passphrase-file "$work/pass" --json
echo "--- JavaScript peer (jsonld-signatures, eddsa-rdfc-2022):"
node "$here/verify-vp-rdfc.mjs" "$work/vp.json" nonce-1 jobs.example
echo "--- peer with a wrong challenge (must fail):"
if node "$here/verify-vp-rdfc.mjs" "$work/vp.json" other-nonce jobs.example >/dev/null; then echo "NOT CAUGHT"; exit 1; else echo "caught"; fi
echo "--- credfolio-cli verify:"
"$cli" verify --challenge nonce-1 --domain jobs.example "$work/vp.json" | head -12 || true
