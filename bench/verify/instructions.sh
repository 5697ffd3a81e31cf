#!/usr/bin/env bash
# Instruction counts of Verifier::verifyFile and of the raw signature check of the same
# bytes, per format, under callgrind: deterministic where wall-clock figures on a shared
# machine are not. Both loops run the same number of iterations (a minimal
# --benchmark_min_time), so the ratio of the two counts is the overhead ratio.
# Usage: bench/verify/instructions.sh [BENCH_VERIFY_BINARY]   (after scripts/bench verify)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bin="${1:-$here/build/bench/bench/bench_verify}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
printf '%-22s %12s %12s %12s %8s\n' format "full (Ir)" "raw (Ir)" "overhead" ratio
for format in "VC-JWT EdDSA" "VC-JWT ES256" "VC-JWT RS256" "VC-JWT PS256" "eddsa-jcs-2022" "OB 2.0 signed RS256"; do
    valgrind --tool=callgrind --callgrind-out-file="$out/cg" --collect-atstart=no \
        --toggle-collect='*benchVerifyFile*' --toggle-collect='*benchRawSignature*' \
        "$bin" --benchmark_filter="/$format\$" --benchmark_min_time=0.000000001 >/dev/null 2>&1
    callgrind_annotate --inclusive=yes --threshold=100 "$out/cg" 2>/dev/null | awk -v name="$format" '
        /benchVerifyFile\(/ { gsub(",", "", $1); full = $1 }
        /benchRawSignature\(/ { gsub(",", "", $1); raw = $1 }
        END { printf "%-22s %12d %12d %12d %8.3f\n", name, full, raw, full - raw, full / raw }'
done
