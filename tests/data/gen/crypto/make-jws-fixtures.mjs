// Makes tests/data/gen/crypto/jws-fixtures.json: JWS tokens signed outside Credfolio
// (Node's built-in crypto only, no npm packages), for tests/crypto/TestJose.cpp and TestKeys.cpp.
// Run: node tests/data/gen/crypto/make-jws-fixtures.mjs  (keys are fresh each run; commit the output)
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const b64u = (buf) => Buffer.from(buf).toString('base64url');

function makeKey(type, options) {
  const { publicKey, privateKey } = generateKeyPairSync(type, options);
  return {
    publicKey,
    privateKey,
    jwk: publicKey.export({ format: 'jwk' }),
    privateJwk: privateKey.export({ format: 'jwk' }),
    pem: publicKey.export({ format: 'pem', type: 'spki' }),
  };
}

// headerJson is a string so tests can carry exact bytes (duplicates, odd members).
function jws(headerJson, payload, key, alg) {
  const input = `${b64u(headerJson)}.${b64u(payload)}`;
  let sig;
  if (alg === 'EdDSA') sig = sign(null, Buffer.from(input), key.privateKey);
  else if (alg.startsWith('ES')) sig = sign(`sha${alg.slice(2)}`, Buffer.from(input), { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
  else if (alg.startsWith('RS')) sig = sign(`sha${alg.slice(2)}`, Buffer.from(input), key.privateKey);
  else if (alg.startsWith('PS')) {
    const bits = Number(alg.slice(2));
    sig = sign(`sha${bits}`, Buffer.from(input), { key: key.privateKey, padding: 6 /* RSA_PKCS1_PSS_PADDING */, saltLength: bits / 8 });
  }
  return `${input}.${b64u(sig)}`;
}

const ed = makeKey('ed25519');
const p256 = makeKey('ec', { namedCurve: 'P-256' });
const p384 = makeKey('ec', { namedCurve: 'P-384' });
const rsa = makeKey('rsa', { modulusLength: 2048 });
const rsa1024 = makeKey('rsa', { modulusLength: 1024 });
const secp256k1 = makeKey('ec', { namedCurve: 'secp256k1' });
const payload = JSON.stringify({ iss: 'did:example:issuer', sub: 'did:example:learner', vc: { type: ['VerifiableCredential', 'OpenBadgeCredential'] } });

const tokens = [
  // [id, token, key name, expected outcome]
  ['eddsa-valid', jws('{"alg":"EdDSA","typ":"JWT"}', payload, ed, 'EdDSA'), 'ed25519', 'Valid'],
  ['es256-valid', jws('{"alg":"ES256","typ":"JWT"}', payload, p256, 'ES256'), 'p256', 'Valid'],
  ['es384-valid', jws('{"alg":"ES384"}', payload, p384, 'ES384'), 'p384', 'Valid'],
  ['rs256-valid', jws('{"alg":"RS256"}', payload, rsa, 'RS256'), 'rsa2048', 'Valid'],
  ['ps256-valid', jws('{"alg":"PS256"}', payload, rsa, 'PS256'), 'rsa2048', 'Valid'],
  ['ps512-valid', jws('{"alg":"PS512"}', payload, rsa, 'PS512'), 'rsa2048', 'Valid'],
  ['es256-der-signature', (() => {
    const input = `${b64u('{"alg":"ES256"}')}.${b64u(payload)}`;
    return `${input}.${b64u(sign('sha256', Buffer.from(input), { key: p256.privateKey, dsaEncoding: 'der' }))}`;
  })(), 'p256', 'BadSignature'],
  ['eddsa-wrong-key', jws('{"alg":"EdDSA"}', payload, makeKey('ed25519'), 'EdDSA'), 'ed25519', 'BadSignature'],
  ['es256-signed-but-key-is-ed25519', jws('{"alg":"ES256"}', payload, p256, 'ES256'), 'ed25519', 'Refused'],
  ['eddsa-signed-but-key-is-p256', jws('{"alg":"EdDSA"}', payload, ed, 'EdDSA'), 'p256', 'Refused'],
  ['rs256-with-p256-key', jws('{"alg":"RS256"}', payload, rsa, 'RS256'), 'p256', 'Refused'],
  ['es384-with-p256-key', jws('{"alg":"ES384"}', payload, p384, 'ES384'), 'p256', 'Refused'],
  ['unknown-crit', jws('{"alg":"EdDSA","crit":["exp"],"exp":1}', payload, ed, 'EdDSA'), 'ed25519', 'Malformed'],
  ['crit-names-absent-member', jws('{"alg":"EdDSA","crit":["b64"]}', payload, ed, 'EdDSA'), 'ed25519', 'Malformed'],
  ['crit-empty', jws('{"alg":"EdDSA","crit":[]}', payload, ed, 'EdDSA'), 'ed25519', 'Malformed'],
  ['crit-b64-true', jws('{"alg":"EdDSA","b64":true,"crit":["b64"]}', payload, ed, 'EdDSA'), 'ed25519', 'Valid'],
  ['b64-false', jws('{"alg":"EdDSA","b64":false,"crit":["b64"]}', payload, ed, 'EdDSA'), 'ed25519', 'Malformed'],
  ['duplicate-alg', jws('{"alg":"EdDSA","alg":"EdDSA"}', payload, ed, 'EdDSA'), 'ed25519', 'Malformed'],
  ['header-is-array', jws('["EdDSA"]', payload, ed, 'EdDSA'), 'ed25519', 'Malformed'],
  ['alg-none', `${b64u('{"alg":"none"}')}.${b64u(payload)}.`, 'ed25519', 'Malformed'],
  ['alg-not-string', jws('{"alg":1}', payload, ed, 'EdDSA'), 'ed25519', 'Malformed'],
  ['alg-lowercase', jws('{"alg":"eddsa"}', payload, ed, 'EdDSA'), 'ed25519', 'Refused'],
];

const out = {
  generator: 'tests/data/gen/crypto/make-jws-fixtures.mjs',
  node: process.version,
  payload,
  keys: {
    ed25519: { jwk: ed.jwk, pem: ed.pem, privateJwk: ed.privateJwk },
    p256: { jwk: p256.jwk, pem: p256.pem, privateJwk: p256.privateJwk },
    p384: { jwk: p384.jwk, pem: p384.pem },
    rsa2048: { jwk: rsa.jwk, pem: rsa.pem, privateJwk: rsa.privateJwk },
    rsa1024: { jwk: rsa1024.jwk, pem: rsa1024.pem },
    secp256k1: { jwk: secp256k1.jwk, pem: secp256k1.pem },
  },
  tokens: tokens.map(([id, token, key, expected]) => ({ id, token, key, expected })),
  // HS256 with the RSA public key's PEM text as the HMAC secret (the classic key-confusion attack).
  hs256WithPublicKeyAsSecret: (() => {
    const input = `${b64u('{"alg":"HS256"}')}.${b64u(payload)}`;
    return input + '.' + b64u(createHmac('sha256', rsa.pem).update(input).digest());
  })(),
};

const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, 'jws-fixtures.json'), JSON.stringify(out, null, 2) + '\n');
