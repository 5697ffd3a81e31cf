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

const fmt = (x) => x.toFixed(2).padStart(10);
const verdict = (ok) => (ok ? 'met' : 'MISSED');
console.log(`\neddsa-rdfc-2022 OB 3.0, ${ours.credentials} credentials (JS peer: ${js.credentials}), median of ` +
    `${ours.passes} (Credfolio) / ${js.passes} (JS) passes, one credential at a time`);
console.log(`  @digitalbazaar/vc ${v.vc} (eddsa-rdfc-2022-cryptosuite ${v['eddsa-rdfc-2022-cryptosuite']}, ` +
    `data-integrity ${v['data-integrity']}, jsonld ${v.jsonld}, rdf-canonize ${v['rdf-canonize']}, node ${js.node})`);
console.log(`  ${''.padEnd(40)} ${'wall us'.padStart(10)} ${'CPU us'.padStart(10)}`);
const line = (label, wall, cpu, extra = '') =>
    console.log(`  ${label.padEnd(40)} ${fmt(wall)} ${fmt(cpu)}${extra}`);
line('Credfolio Verifier::verifyFile', ours.verifyMicros, ours.verifyCpuMicros);
line('@digitalbazaar/vc verifyCredential', js.microsPerCredential, js.cpuMicrosPerCredential);
const speedUp = js.microsPerCredential / ours.verifyMicros;
const cpuSpeedUp = js.cpuMicrosPerCredential / ours.verifyCpuMicros;
line('speed-up (x)', speedUp, cpuSpeedUp,
    `   floor (>= 20): wall ${verdict(speedUp >= 20)}, CPU ${verdict(cpuSpeedUp >= 20)}`);
line('Credfolio canonicalization', ours.canonicalizationMicros, ours.canonicalizationCpuMicros);
line('Credfolio Ed25519 check alone', ours.ed25519Micros, ours.ed25519CpuMicros);
const ratio = ours.canonicalizationMicros / ours.ed25519Micros;
const cpuRatio = ours.canonicalizationCpuMicros / ours.ed25519CpuMicros;
line('canonicalization / Ed25519', ratio, cpuRatio,
    `   floor (<= 1): wall ${verdict(ratio <= 1)}, CPU ${verdict(cpuRatio <= 1)}`);
if (js.credentials !== ours.credentials)
    console.log('  (the two sides did not verify the same number of files)');
