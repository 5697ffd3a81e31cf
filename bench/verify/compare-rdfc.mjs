// Used by scripts/bench rdfc: bench_rdfc's --summary-json output beside the JavaScript peer's
// (bench/peer/verify-vc-rdfc.mjs) for the same eddsa-rdfc-2022 Open Badges. Floors of issue 4:
// Credfolio verifies at least 20 times faster per credential than @digitalbazaar/vc, and its
// canonicalization costs no more than the Ed25519 signature check itself. Figures are reported,
// not asserted.
// Usage: node compare-rdfc.mjs OURS.json JS.json

import { readFileSync } from 'node:fs';

const [oursPath, jsPath] = process.argv.slice(2);
const ours = JSON.parse(readFileSync(oursPath, 'utf8'));
const js = JSON.parse(readFileSync(jsPath, 'utf8'));
const v = js.versions;

const speedUp = js.microsPerCredential / ours.verifyMicros;
const ratio = ours.canonicalizationMicros / ours.ed25519Micros;
const fmt = (x) => x.toFixed(2).padStart(10);
console.log(`\neddsa-rdfc-2022 OB 3.0, ${ours.credentials} credentials (JS peer: ${js.credentials}), median of ` +
    `${ours.passes} (Credfolio) / ${js.passes} (JS) passes, one credential at a time`);
console.log(`  Credfolio Verifier::verifyFile          ${fmt(ours.verifyMicros)} us/credential`);
console.log(`  @digitalbazaar/vc ${v.vc} verifyCredential ${fmt(js.microsPerCredential)} us/credential` +
    `  (eddsa-rdfc-2022-cryptosuite ${v['eddsa-rdfc-2022-cryptosuite']}, jsonld ${v.jsonld}, ` +
    `rdf-canonize ${v['rdf-canonize']}, node ${js.node})`);
console.log(`  speed-up                                ${fmt(speedUp)} x     floor (>= 20): ${speedUp >= 20 ? 'met' : 'MISSED'}`);
console.log(`  Credfolio canonicalization              ${fmt(ours.canonicalizationMicros)} us/credential`);
console.log(`  Credfolio Ed25519 check alone           ${fmt(ours.ed25519Micros)} us/credential`);
console.log(`  canonicalization / Ed25519              ${fmt(ratio)}       floor (<= 1): ${ratio <= 1 ? 'met' : 'MISSED'}`);
if (js.credentials !== ours.credentials)
    console.log('  (the two sides did not verify the same number of files)');
