// The JavaScript peer of scripts/bench rdfc: verifies every credential of a folder with the
// stack wallets use (@digitalbazaar/vc verifyCredential with a DataIntegrityProof of the
// eddsa-rdfc-2022 cryptosuite) and the offline loader (offline-loader.mjs), one credential at
// a time, and prints µs per credential as JSON on stdout. A first pass over all files checks
// every verdict (any failure exits 1) and warms up; then PASSES timed passes, the median kept.
//
// Usage: node verify-vc-rdfc.mjs DIR [PASSES=3]
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentLoader } from './offline-loader.mjs';

const [dir, passesArg] = process.argv.slice(2);
if (!dir) {
    console.error('usage: node verify-vc-rdfc.mjs DIR [PASSES]');
    process.exit(2);
}
const passes = Number(passesArg ?? 3);
const here = dirname(fileURLToPath(import.meta.url));
const version = (name) => JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8')).version;

// The files are read and parsed once, outside the timed loops (Credfolio's side likewise holds
// the bytes in memory; it parses them inside its loop).
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const credentials = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
const now = new Date('2025-06-01T00:00:00Z');

async function verifyAll(check) {
    for (let i = 0; i < credentials.length; ++i) {
        const result = await vc.verifyCredential({ credential: credentials[i], suite, documentLoader, now });
        if (check && !result.verified) {
            const error = result.error ?? result.results?.find((r) => r.error)?.error;
            console.error(`verify-vc-rdfc: ${files[i]} does not verify: ${error?.message ?? JSON.stringify(result)}`);
            process.exit(1);
        }
    }
}

await verifyAll(true);
const samples = [];
const cpuSamples = [];
for (let p = 0; p < passes; ++p) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    await verifyAll(false);
    samples.push(Number(process.hrtime.bigint() - start) / 1e3 / credentials.length);
    const cpu = process.cpuUsage(cpuStart);
    cpuSamples.push((cpu.user + cpu.system) / credentials.length);
}
function median(values) {
    const v = [...values].sort((a, b) => a - b);
    return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
}
process.stdout.write(JSON.stringify({
    peer: '@digitalbazaar/vc',
    versions: {
        vc: version('@digitalbazaar/vc'),
        'eddsa-rdfc-2022-cryptosuite': version('@digitalbazaar/eddsa-rdfc-2022-cryptosuite'),
        'data-integrity': version('@digitalbazaar/data-integrity'),
        jsonld: version('jsonld'),
        'rdf-canonize': version('rdf-canonize'),
    },
    node: process.version,
    credentials: credentials.length,
    passes,
    microsPerCredential: median(samples),
    cpuMicrosPerCredential: median(cpuSamples),
    passMicros: samples,
    passCpuMicros: cpuSamples,
}, null, 2) + '\n');
