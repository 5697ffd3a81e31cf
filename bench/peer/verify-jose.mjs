// The jose peer of bench_verify: verifies the same VC-JWT fixtures (EdDSA, RS256, PS256,
// ES256) with the same public keys (the fixtures' did:web issuer document) and prints µs
// per token as JSON on stdout. Installed and run by scripts/bench verify, never by the tests.
//
// Usage: node verify-jose.mjs [MIN_SECONDS_PER_ALGORITHM]

import { compactVerify, importJWK, jwtVerify } from 'jose';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const data = join(here, '..', '..', 'tests', 'data', 'verify');
const minSeconds = Number(process.argv[2] ?? 1);

const manifest = JSON.parse(readFileSync(join(data, 'fixtures.json'), 'utf8'));
const currentDate = new Date(manifest.at); // the fixtures' evaluation time, as bench_verify uses
const didDocument = JSON.parse(readFileSync(join(data, 'resolve', 'did-web-issuer.json'), 'utf8'));

// Multikey 'z' + base58btc(0xed 0x01 || 32-byte Ed25519 key) to an OKP JWK.
function multikeyToJwk(multibase) {
    const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
    if (!multibase.startsWith('z')) throw new Error('not base58btc');
    let n = 0n;
    for (const c of multibase.slice(1)) {
        const digit = alphabet.indexOf(c);
        if (digit < 0) throw new Error('bad base58 character');
        n = n * 58n + BigInt(digit);
    }
    let hex = n.toString(16);
    if (hex.length % 2) hex = '0' + hex;
    const bytes = Buffer.from(hex, 'hex');
    if (bytes.length !== 34 || bytes[0] !== 0xed || bytes[1] !== 0x01) throw new Error('not an Ed25519 Multikey');
    return { kty: 'OKP', crv: 'Ed25519', x: bytes.subarray(2).toString('base64url') };
}

function methodJwk(fragment) {
    const vm = didDocument.verificationMethod.find((m) => m.id.endsWith('#' + fragment));
    if (!vm) throw new Error('no verification method #' + fragment);
    return vm.publicKeyJwk ?? multikeyToJwk(vm.publicKeyMultibase);
}

const cases = [
    { alg: 'EdDSA', file: 'badges/jwt-eddsa-valid.jwt', fragment: 'ed' },
    { alg: 'RS256', file: 'badges/jwt-rs256-valid.jwt', fragment: 'rsa' },
    { alg: 'PS256', file: 'badges/jwt-ps256-valid.jwt', fragment: 'rsa' },
    { alg: 'ES256', file: 'badges/jwt-es256-valid.jwt', fragment: 'p256' },
];

// Calls fn until at least minSeconds have passed (after a warm-up) and returns µs per call.
async function measure(fn) {
    for (let i = 0; i < 200; ++i) await fn();
    let iterations = 0;
    const start = process.hrtime.bigint();
    const budget = BigInt(Math.round(minSeconds * 1e9));
    let elapsed = 0n;
    while (elapsed < budget) {
        for (let i = 0; i < 100; ++i) await fn();
        iterations += 100;
        elapsed = process.hrtime.bigint() - start;
    }
    return { micros: Number(elapsed) / 1e3 / iterations, iterations };
}

const results = { peer: 'jose', joseVersion: JSON.parse(readFileSync(join(here, 'node_modules', 'jose', 'package.json'), 'utf8')).version, node: process.version, algorithms: {} };
for (const c of cases) {
    const token = readFileSync(join(data, c.file), 'utf8').trim();
    const key = await importJWK(methodJwk(c.fragment), c.alg); // parsed once, outside the loop
    const options = { algorithms: [c.alg], currentDate };
    await jwtVerify(token, key, options); // throws if the token does not verify
    const jwt = await measure(() => jwtVerify(token, key, options));
    const compact = await measure(() => compactVerify(token, key, { algorithms: [c.alg] }));
    results.algorithms[c.alg] = {
        file: c.file,
        jwtVerifyMicros: jwt.micros,
        jwtVerifyIterations: jwt.iterations,
        compactVerifyMicros: compact.micros,
        compactVerifyIterations: compact.iterations,
    };
}
process.stdout.write(JSON.stringify(results, null, 2) + '\n');
