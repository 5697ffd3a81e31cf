// Used by scripts/bench verify: bench_verify's --summary-json output beside the jose peer's
// (bench/peer/verify-jose.mjs) for the same VC-JWTs. Floor from issue 3: EdDSA, RS256 and
// PS256 VC-JWTs verify faster than jose does; ES256 is held to the 30% rule against Botan
// instead (bench_verify's own summary), so its jose figure is informative only.
// Usage: node compare-peer.mjs OURS.json JOSE.json

import { readFileSync } from 'node:fs';

const [oursPath, josePath] = process.argv.slice(2);
const ours = JSON.parse(readFileSync(oursPath, 'utf8'));
const jose = JSON.parse(readFileSync(josePath, 'utf8'));
const floored = new Set(['EdDSA', 'RS256', 'PS256']);

console.log(`\nVC-JWT verification: Credfolio Verifier::verifyFile vs jose ${jose.joseVersion} jwtVerify (node ${jose.node}), same tokens and keys`);
console.log(['alg'.padEnd(6), 'ours us'.padStart(10), 'jose us'.padStart(10), 'ours/jose'.padStart(10), '  floor (issue 3)'].join(' '));
let missed = 0;
for (const alg of ['EdDSA', 'RS256', 'PS256', 'ES256']) {
    const mine = ours[`VC-JWT ${alg}`];
    const peer = jose.algorithms[alg];
    if (!mine || !peer) {
        console.log(`${alg.padEnd(6)} (missing figure)`);
        continue;
    }
    const ratio = mine.oursMicros / peer.jwtVerifyMicros;
    let floor = '- (held to the 30% rule against Botan)';
    if (floored.has(alg)) {
        floor = ratio < 1 ? 'ok (faster than jose)' : 'MISSED (not faster than jose)';
        if (ratio >= 1) ++missed;
    }
    console.log([alg.padEnd(6), mine.oursMicros.toFixed(2).padStart(10), peer.jwtVerifyMicros.toFixed(2).padStart(10),
        ratio.toFixed(2).padStart(10), '  ' + floor].join(' '));
}
console.log('(jose compactVerify alone, signature only, us: ' +
    Object.entries(jose.algorithms).map(([alg, r]) => `${alg} ${r.compactVerifyMicros.toFixed(2)}`).join(', ') + ')');
if (missed)
    console.log(`${missed} jose floor(s) missed (figures are reported, not asserted).`);
