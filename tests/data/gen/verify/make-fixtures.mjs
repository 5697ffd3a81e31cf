// Makes tests/data/verify/: badges signed OUTSIDE Credfolio (Node's built-in crypto and zlib
// only, no npm packages), the documents they refer to (DID documents, issuer profiles, keys,
// JWKS, status lists, revocation lists, hosted assertions) and fixtures.json, the table the
// tests read: each badge with the verdict and the failing check Credfolio must report.
//
// Run: node tests/data/gen/verify/make-fixtures.mjs   (then commit tests/data/verify/)
// Keys are kept in tests/data/gen/verify/keys/ (test keys only) so that reruns keep them.
import { createHmac, createPrivateKey, createPublicKey, generateKeyPairSync, sign, createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync, gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '../../verify');
const keyDir = join(here, 'keys');
mkdirSync(keyDir, { recursive: true });
rmSync(join(out, 'badges'), { recursive: true, force: true });
rmSync(join(out, 'resolve'), { recursive: true, force: true });
mkdirSync(join(out, 'badges'), { recursive: true });
mkdirSync(join(out, 'resolve'), { recursive: true });

const b64u = (buf) => Buffer.from(buf).toString('base64url');

// ---------- keys ----------
function loadKey(name, type, options) {
  const file = join(keyDir, `${name}.pem`);
  if (!existsSync(file)) {
    const { privateKey } = generateKeyPairSync(type, options);
    writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }));
  }
  const privateKey = createPrivateKey(readFileSync(file));
  const publicKey = createPublicKey(privateKey);
  return { name, privateKey, publicKey, jwk: publicKey.export({ format: 'jwk' }), privateJwk: privateKey.export({ format: 'jwk' }),
    pem: publicKey.export({ format: 'pem', type: 'spki' }) };
}
const issuerEd = loadKey('issuer-ed25519', 'ed25519');
const issuerP256 = loadKey('issuer-p256', 'ec', { namedCurve: 'P-256' });
const issuerRsa = loadKey('issuer-rsa', 'rsa', { modulusLength: 2048 });
const attackerEd = loadKey('attacker-ed25519', 'ed25519');
const attackerRsa = loadKey('attacker-rsa', 'rsa', { modulusLength: 2048 });

// ---------- encodings ----------
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58(bytes) {
  let n = BigInt('0x' + (Buffer.from(bytes).toString('hex') || '0'));
  let s = '';
  while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; }
  for (const b of bytes) { if (b === 0) s = '1' + s; else break; }
  return s;
}
const multikeyEd = (key) => 'z' + base58(Buffer.concat([Buffer.from([0xed, 0x01]), Buffer.from(key.jwk.x, 'base64url')]));
function multikeyP256(key) {
  const x = Buffer.from(key.jwk.x, 'base64url');
  const y = Buffer.from(key.jwk.y, 'base64url');
  return 'z' + base58(Buffer.concat([Buffer.from([0x80, 0x24, 0x02 + (y[31] & 1)]), x]));
}
// RFC 8785 JCS: JSON.stringify gives ECMAScript numbers and strings; keys sorted by UTF-16 units.
function jcs(v) {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return '[' + v.map(jcs).join(',') + ']';
  return '{' + Object.keys(v).sort().map((k) => JSON.stringify(k) + ':' + jcs(v[k])).join(',') + '}';
}
const sha256 = (s) => createHash('sha256').update(s).digest();

// ---------- signing ----------
function jws(header, payload, key, alg, headerText) {
  const h = headerText ?? JSON.stringify(header);
  const input = `${b64u(h)}.${b64u(typeof payload === 'string' ? payload : JSON.stringify(payload))}`;
  let sig;
  if (alg === 'EdDSA') sig = sign(null, Buffer.from(input), key.privateKey);
  else if (alg === 'ES256') sig = sign('sha256', Buffer.from(input), { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
  else if (alg === 'RS256') sig = sign('sha256', Buffer.from(input), key.privateKey);
  else if (alg === 'PS256') sig = sign('sha256', Buffer.from(input), { key: key.privateKey, padding: 6, saltLength: 32 });
  else throw new Error(alg);
  return `${input}.${b64u(sig)}`;
}
// W3C vc-di-eddsa eddsa-jcs-2022 (proof configuration carries the document's @context).
function diSign(document, key, vm, proofExtra = {}) {
  const proof = { type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022', created: '2024-01-01T00:00:00Z',
    verificationMethod: vm, proofPurpose: 'assertionMethod', ...proofExtra, '@context': document['@context'] };
  const data = Buffer.concat([sha256(jcs(proof)), sha256(jcs(document))]);
  const proofValue = 'z' + base58(sign(null, data, key.privateKey));
  return { ...document, proof: { ...proof, proofValue } };
}

// ---------- the issuer's world ----------
const ORIGIN = 'https://issuer.example';
const DID_WEB = 'did:web:issuer.example';
const DID_KEY = `did:key:${multikeyEd(issuerEd)}`;
const DID_KEY_VM = `${DID_KEY}#${multikeyEd(issuerEd)}`;
const ATTACKER_DID_KEY = `did:key:${multikeyEd(attackerEd)}`;
const ATTACKER_VM = `${ATTACKER_DID_KEY}#${multikeyEd(attackerEd)}`;
const HTTPS_ISSUER = `${ORIGIN}/issuers/1`;
const AT = '2025-06-01T00:00:00Z';

const resolveMap = {}; // URL -> file (relative to tests/data/verify)
function serve(url, name, content) {
  const file = `resolve/${name}`;
  writeFileSync(join(out, file), typeof content === 'string' ? content : JSON.stringify(content, null, 2) + '\n');
  resolveMap[url] = file;
}
const jwkOf = (key, kid) => ({ ...key.jwk, ...(kid ? { kid } : {}) });

serve(`${ORIGIN}/.well-known/did.json`, 'did-web-issuer.json', {
  '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
  id: DID_WEB,
  verificationMethod: [
    { id: `${DID_WEB}#ed`, type: 'Multikey', controller: DID_WEB, publicKeyMultibase: multikeyEd(issuerEd) },
    { id: `${DID_WEB}#p256`, type: 'JsonWebKey', controller: DID_WEB, publicKeyJwk: issuerP256.jwk },
    { id: `${DID_WEB}#rsa`, type: 'JsonWebKey', controller: DID_WEB, publicKeyJwk: issuerRsa.jwk },
    { id: `${DID_WEB}#auth`, type: 'Multikey', controller: DID_WEB, publicKeyMultibase: multikeyEd(attackerEd) },
  ],
  assertionMethod: [`${DID_WEB}#ed`, `${DID_WEB}#p256`, `${DID_WEB}#rsa`],
  authentication: [`${DID_WEB}#auth`],
});
// other-1 is a key the issuer's profile does not list.
serve(`${ORIGIN}/jwks.json`, 'jwks.json', { keys: [jwkOf(issuerRsa, 'rsa-1'), jwkOf(attackerEd, 'other-1')] });
serve(`${ORIGIN}/keys/rsa.jwk`, 'rsa.jwk', issuerRsa.jwk);
serve(`${ORIGIN}/people/registrar/did.json`, 'did-web-path.json', {
  '@context': ['https://www.w3.org/ns/did/v1'], id: 'did:web:issuer.example:people:registrar',
  verificationMethod: [{ id: '#key-1', type: 'JsonWebKey', controller: 'did:web:issuer.example:people:registrar', publicKeyJwk: issuerEd.jwk }],
  assertionMethod: ['#key-1'] });
serve(`${ORIGIN}/keys/ed-1`, 'multikey-ed-1.json', {
  '@context': 'https://w3id.org/security/multikey/v1', id: `${ORIGIN}/keys/ed-1`, type: 'Multikey',
  controller: HTTPS_ISSUER, publicKeyMultibase: multikeyEd(issuerEd) });
serve(HTTPS_ISSUER, 'issuer-profile.json', {
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  id: HTTPS_ISSUER, type: ['Profile'], name: 'Example Institute',
  verificationMethod: [
    { id: `${ORIGIN}/jwks.json#rsa-1`, type: 'JsonWebKey', controller: HTTPS_ISSUER, publicKeyJwk: issuerRsa.jwk },
    { id: `${ORIGIN}/keys/ed-1`, type: 'Multikey', controller: HTTPS_ISSUER, publicKeyMultibase: multikeyEd(issuerEd) },
  ],
  assertionMethod: [`${ORIGIN}/jwks.json#rsa-1`, `${ORIGIN}/keys/ed-1`],
});
// The W3C vc-di-eddsa vector's issuer, as a profile listing the vector's did:key (made here).
const W3C_KEY = 'z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2';
serve('https://vc.example/issuers/5678', 'w3c-vector-issuer.json', {
  '@context': ['https://www.w3.org/ns/credentials/v2'], id: 'https://vc.example/issuers/5678', type: ['Profile'],
  name: 'Example University (W3C test vector issuer)', assertionMethod: [`did:key:${W3C_KEY}#${W3C_KEY}`] });

// ---------- Open Badges 3.0 credentials ----------
const OB3_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];
function ob3(issuer, over = {}) {
  return {
    '@context': OB3_CONTEXT,
    id: over.id ?? 'urn:uuid:5f2e9b36-3c1b-4f69-9e5c-8a1f0d6b7c01',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer, type: ['Profile'], name: 'Example Institute' },
    validFrom: over.validFrom ?? '2024-01-01T00:00:00Z',
    ...(over.validUntil ? { validUntil: over.validUntil } : {}),
    name: 'Intro to Data Science badge',
    credentialSubject: {
      id: 'did:example:learner-42', type: ['AchievementSubject'],
      achievement: {
        id: 'https://issuer.example/achievements/data-science-101', type: ['Achievement'],
        name: 'Intro to Data Science', description: 'Completed the introductory data science course.',
        criteria: { narrative: 'Pass all four assignments.' },
        image: { id: 'https://issuer.example/achievements/data-science-101.png', type: 'Image' },
      },
    },
    ...(over.credentialStatus ? { credentialStatus: over.credentialStatus } : {}),
  };
}

// Status lists: 131072 bits (16 KiB, the W3C minimum), bit 7 set (revoked), everything else clear.
function bitstring() {
  const bits = Buffer.alloc(16384);
  bits[0] = 0x01; // index 7 is the last bit of the first byte
  return gzipSync(bits);
}
const BITSTRING_URL = `${ORIGIN}/status/1`;
const bitstringList = diSign({
  '@context': ['https://www.w3.org/ns/credentials/v2'],
  id: BITSTRING_URL, type: ['VerifiableCredential', 'BitstringStatusListCredential'],
  issuer: DID_KEY, validFrom: '2024-01-01T00:00:00Z',
  credentialSubject: { id: `${BITSTRING_URL}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation',
    encodedList: 'u' + b64u(bitstring()) },
}, issuerEd, DID_KEY_VM);
serve(BITSTRING_URL, 'status-list-bitstring.json', bitstringList);
const SL2021_URL = `${ORIGIN}/status/2021`;
serve(SL2021_URL, 'status-list-2021.jwt', jws({ alg: 'EdDSA', kid: DID_KEY_VM }, {
  iss: DID_KEY, jti: SL2021_URL, nbf: 1704067200,
  vc: { '@context': ['https://www.w3.org/2018/credentials/v1', 'https://w3id.org/vc/status-list/2021/v1'],
    id: SL2021_URL, type: ['VerifiableCredential', 'StatusList2021Credential'], issuer: DID_KEY,
    issuanceDate: '2024-01-01T00:00:00Z',
    credentialSubject: { id: `${SL2021_URL}#list`, type: 'StatusList2021', statusPurpose: 'revocation', encodedList: b64u(bitstring()) } },
}, issuerEd, 'EdDSA'));
// A status list signed by someone else (must not be trusted).
const FORGED_LIST_URL = `${ORIGIN}/status/forged`;
const { proof: _unusedProof, ...listWithoutProof } = bitstringList;
serve(FORGED_LIST_URL, 'status-list-forged.json', diSign({ ...listWithoutProof, id: FORGED_LIST_URL },
  attackerEd, DID_KEY_VM));
const REVOCATION_URL = `${ORIGIN}/revocations`;
serve(REVOCATION_URL, 'revocation-list-1edtech.json', { id: REVOCATION_URL, issuer: DID_KEY,
  revokedCredentials: [{ id: 'urn:uuid:revoked-1edtech', revocationReason: 'Issued by mistake' }] });

const bitstringEntry = (index) => ({ id: `${BITSTRING_URL}#${index}`, type: 'BitstringStatusListEntry',
  statusPurpose: 'revocation', statusListIndex: String(index), statusListCredential: BITSTRING_URL });

const fixtures = [];
function fixture(name, file, content, expect, check, extra = {}) {
  writeFileSync(join(out, 'badges', file), content);
  fixtures.push({ name, file: `badges/${file}`, expect, ...(check ? { check } : {}), ...extra });
}
const json = (v) => JSON.stringify(v, null, 2) + '\n';

// ---------- VC-JWT ----------
function vcJwt(cred, key, alg, header = {}, claimsOver = {}) {
  const claims = { iss: cred.issuer.id ?? cred.issuer, jti: cred.id, sub: cred.credentialSubject.id,
    nbf: Math.floor(Date.parse(cred.validFrom) / 1000),
    ...(cred.validUntil ? { exp: Math.floor(Date.parse(cred.validUntil) / 1000) } : {}), vc: cred, ...claimsOver };
  return jws({ alg, typ: 'JWT', ...header }, claims, key, alg);
}
const tamper = (token) => {
  const [h, p, s] = token.split('.');
  const payload = JSON.parse(Buffer.from(p, 'base64url'));
  (payload.vc ?? payload).credentialSubject.achievement.name = 'Advanced Data Science (forged)';
  return `${h}.${b64u(JSON.stringify(payload))}.${s}`;
};
const algs = [['EdDSA', issuerEd, 'ed'], ['ES256', issuerP256, 'p256'], ['RS256', issuerRsa, 'rsa'], ['PS256', issuerRsa, 'rsa']];
for (const [alg, key, frag] of algs) {
  const a = alg.toLowerCase();
  const cred = ob3(DID_WEB);
  const kid = `${DID_WEB}#${frag}`;
  const valid = vcJwt(cred, key, alg, { kid });
  fixture(`jwt-${a}-valid`, `jwt-${a}-valid.jwt`, valid, 'valid');
  fixture(`jwt-${a}-tampered`, `jwt-${a}-tampered.jwt`, tamper(valid), 'invalid', 'jws.signature');
  const wrongKey = alg === 'EdDSA' ? attackerEd : alg === 'ES256' ? loadKey('attacker-p256', 'ec', { namedCurve: 'P-256' }) : attackerRsa;
  fixture(`jwt-${a}-wrong-key`, `jwt-${a}-wrong-key.jwt`, vcJwt(cred, wrongKey, alg, { kid }), 'invalid', 'jws.signature');
  fixture(`jwt-${a}-expired`, `jwt-${a}-expired.jwt`, vcJwt(ob3(DID_WEB, { validUntil: '2025-01-01T00:00:00Z' }), key, alg, { kid }),
    'invalid', 'validity.period');
  fixture(`jwt-${a}-not-yet-valid`, `jwt-${a}-not-yet-valid.jwt`, vcJwt(ob3(DID_WEB, { validFrom: '2026-01-01T00:00:00Z' }), key, alg, { kid }),
    'invalid', 'validity.period');
  // Another token's signature (same key) on this header and payload.
  const other = vcJwt(ob3(DID_WEB, { id: 'urn:uuid:other-credential' }), key, alg, { kid });
  fixture(`jwt-${a}-spliced`, `jwt-${a}-spliced.jwt`, valid.split('.').slice(0, 2).join('.') + '.' + other.split('.')[2],
    'invalid', 'jws.signature');
}
{
  const cred = ob3(DID_WEB);
  const valid = vcJwt(cred, issuerEd, 'EdDSA', { kid: `${DID_WEB}#ed` });
  const [h, p] = valid.split('.');
  fixture('jwt-alg-none', 'jwt-alg-none.jwt', `${b64u('{"alg":"none","typ":"JWT"}')}.${p}.`, 'invalid', 'jws.signature');
  const hsInput = `${b64u(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: `${DID_WEB}#rsa` }))}.${p}`;
  fixture('jwt-hs256-public-key-secret', 'jwt-hs256-public-key-secret.jwt',
    `${hsInput}.${b64u(createHmac('sha256', issuerRsa.pem).update(hsInput).digest())}`, 'invalid', 'jws.signature');
  fixture('jwt-truncated', 'jwt-truncated.jwt', valid.slice(0, valid.length - 20), 'invalid', 'jws.signature');
  const sig = Buffer.from(valid.split('.')[2], 'base64url');
  sig[10] ^= 0xff;
  fixture('jwt-corrupt-signature', 'jwt-corrupt-signature.jwt', `${h}.${p}.${b64u(sig)}`, 'invalid', 'jws.signature');
  fixture('jwt-corrupt-payload', 'jwt-corrupt-payload.jwt', `${h}.${b64u('{"vc": {not json')}.${valid.split('.')[2]}`,
    'invalid', 'jws.payload');
  // Signed by a key the issuer does not list: the attacker's did:key names itself as kid.
  fixture('jwt-key-not-issuers', 'jwt-key-not-issuers.jwt', vcJwt(cred, attackerEd, 'EdDSA', { kid: ATTACKER_VM }), 'invalid', 'key.issuer');
  // A DID key that exists but is not an assertion method.
  fixture('jwt-key-not-assertion-method', 'jwt-key-not-assertion-method.jwt',
    vcJwt(cred, attackerEd, 'EdDSA', { kid: `${DID_WEB}#auth` }), 'invalid', 'key.resolve');
  // The jwk header: the attacker's own key (valid signature, but not the issuer's), and a private JWK.
  fixture('jwt-jwk-header-not-issuers', 'jwt-jwk-header-not-issuers.jwt', vcJwt(cred, attackerEd, 'EdDSA', { jwk: attackerEd.jwk }),
    'invalid', 'key.issuer');
  fixture('jwt-jwk-header-issuers', 'jwt-jwk-header-issuers.jwt', vcJwt(cred, issuerEd, 'EdDSA', { jwk: issuerEd.jwk }), 'valid');
  fixture('jwt-jwk-header-private', 'jwt-jwk-header-private.jwt', vcJwt(cred, issuerEd, 'EdDSA', { jwk: issuerEd.privateJwk }),
    'invalid', 'key.resolve');
  fixture('jwt-claims-disagree', 'jwt-claims-disagree.jwt', vcJwt(cred, issuerEd, 'EdDSA', { kid: `${DID_WEB}#ed` },
    { jti: 'urn:uuid:another-id' }), 'invalid', 'jwt.claims');
  fixture('jwt-exp-passed', 'jwt-exp-passed.jwt', vcJwt(cred, issuerEd, 'EdDSA', { kid: `${DID_WEB}#ed` }, { exp: 1717200000 }),
    'invalid', 'jwt.claims');
  fixture('jwt-unknown-crit', 'jwt-unknown-crit.jwt', jws({}, { iss: DID_WEB, vc: cred }, issuerEd, 'EdDSA',
    JSON.stringify({ alg: 'EdDSA', kid: `${DID_WEB}#ed`, crit: ['exp-ext'], 'exp-ext': 1 })), 'invalid', 'jws.signature');
  fixture('jwt-es256-with-ed25519-kid', 'jwt-es256-with-ed25519-kid.jwt',
    vcJwt(cred, issuerP256, 'ES256', { kid: `${DID_WEB}#ed` }), 'invalid', 'jws.signature');
  // Other key sources: did:key, did:jwk, HTTPS JWKS (with the issuer's profile listing the key).
  const didKeyCred = ob3(DID_KEY);
  fixture('jwt-did-key-valid', 'jwt-did-key-valid.jwt', vcJwt(didKeyCred, issuerEd, 'EdDSA', { kid: DID_KEY_VM }), 'valid');
  const didJwk = `did:jwk:${b64u(JSON.stringify(issuerP256.jwk))}`;
  fixture('jwt-did-jwk-valid', 'jwt-did-jwk-valid.jwt', vcJwt(ob3(didJwk), issuerP256, 'ES256', { kid: `${didJwk}#0` }), 'valid');
  const didKeyP256 = `did:key:${multikeyP256(issuerP256)}`;
  fixture('jwt-did-key-p256-valid', 'jwt-did-key-p256-valid.jwt',
    vcJwt(ob3(didKeyP256), issuerP256, 'ES256', { kid: `${didKeyP256}#${multikeyP256(issuerP256)}` }), 'valid');
  const didJwkPrivate = `did:jwk:${b64u(JSON.stringify(issuerP256.privateJwk))}`;
  fixture('jwt-did-jwk-private-key', 'jwt-did-jwk-private-key.jwt',
    vcJwt(ob3(didJwkPrivate), issuerP256, 'ES256', { kid: `${didJwkPrivate}#0` }), 'invalid', 'key.resolve');
  fixture('jwt-https-jwk-valid', 'jwt-https-jwk-valid.jwt', vcJwt(ob3(HTTPS_ISSUER), issuerRsa, 'PS256', { kid: `${ORIGIN}/keys/rsa.jwk` }), 'valid');
  const DID_WEB_PATH = 'did:web:issuer.example:people:registrar';
  fixture('jwt-did-web-path-valid', 'jwt-did-web-path-valid.jwt', vcJwt(ob3(DID_WEB_PATH), issuerEd, 'EdDSA', { kid: `${DID_WEB_PATH}#key-1` }), 'valid');
  fixture('jwt-jwks-valid', 'jwt-jwks-valid.jwt', vcJwt(ob3(HTTPS_ISSUER), issuerRsa, 'RS256', { kid: `${ORIGIN}/jwks.json#rsa-1` }), 'valid');
  fixture('jwt-jwks-key-not-issuers', 'jwt-jwks-key-not-issuers.jwt',
    vcJwt(ob3(HTTPS_ISSUER), attackerEd, 'EdDSA', { kid: `${ORIGIN}/jwks.json#other-1` }), 'invalid', 'key.issuer');
  // VC 2.0 payload (vc-jose-cose style: the credential is the payload).
  fixture('jwt-vc2-payload-valid', 'jwt-vc2-payload-valid.jwt', jws({ alg: 'EdDSA', typ: 'vc+jwt', kid: `${DID_WEB}#ed` }, cred, issuerEd, 'EdDSA'), 'valid');
  // Status.
  fixture('jwt-revoked-bitstring', 'jwt-revoked-bitstring.jwt',
    vcJwt(ob3(DID_KEY, { credentialStatus: bitstringEntry(7) }), issuerEd, 'EdDSA', { kid: DID_KEY_VM }), 'invalid', 'status');
  fixture('jwt-status-not-revoked', 'jwt-status-not-revoked.jwt',
    vcJwt(ob3(DID_KEY, { credentialStatus: bitstringEntry(3) }), issuerEd, 'EdDSA', { kid: DID_KEY_VM }), 'valid');
  const sl2021 = (i) => ({ id: `${SL2021_URL}#${i}`, type: 'StatusList2021Entry', statusPurpose: 'revocation',
    statusListIndex: String(i), statusListCredential: SL2021_URL });
  fixture('jwt-revoked-statuslist2021', 'jwt-revoked-statuslist2021.jwt',
    vcJwt(ob3(DID_KEY, { credentialStatus: sl2021(7) }), issuerEd, 'EdDSA', { kid: DID_KEY_VM }), 'invalid', 'status');
  fixture('jwt-statuslist2021-not-revoked', 'jwt-statuslist2021-not-revoked.jwt',
    vcJwt(ob3(DID_KEY, { credentialStatus: sl2021(8) }), issuerEd, 'EdDSA', { kid: DID_KEY_VM }), 'valid');
  fixture('jwt-no-key-available', 'jwt-no-key-available.jwt', vcJwt(ob3('did:web:elsewhere.example'), issuerEd, 'EdDSA',
    { kid: 'did:web:elsewhere.example#key-1' }), 'indeterminate', 'key.resolve');
}

// ---------- eddsa-jcs-2022 ----------
{
  const valid = diSign(ob3(DID_KEY), issuerEd, DID_KEY_VM);
  fixture('di-valid', 'di-valid.json', json(valid), 'valid');
  fixture('di-did-web-valid', 'di-did-web-valid.json', json(diSign(ob3(DID_WEB), issuerEd, `${DID_WEB}#ed`)), 'valid');
  fixture('di-https-multikey-valid', 'di-https-multikey-valid.json', json(diSign(ob3(HTTPS_ISSUER), issuerEd, `${ORIGIN}/keys/ed-1`)), 'valid');
  const tampered = JSON.parse(JSON.stringify(valid));
  tampered.credentialSubject.achievement.name = 'Advanced Data Science (forged)';
  fixture('di-tampered', 'di-tampered.json', json(tampered), 'invalid', 'proof.signature');
  const tamperedProof = JSON.parse(JSON.stringify(valid));
  tamperedProof.proof.created = '2024-02-01T00:00:00Z';
  fixture('di-tampered-proof-options', 'di-tampered-proof-options.json', json(tamperedProof), 'invalid', 'proof.signature');
  fixture('di-wrong-key', 'di-wrong-key.json', json(diSign(ob3(DID_KEY), attackerEd, DID_KEY_VM)), 'invalid', 'proof.signature');
  fixture('di-key-not-issuers', 'di-key-not-issuers.json', json(diSign(ob3(DID_KEY), attackerEd, ATTACKER_VM)), 'invalid', 'key.issuer');
  fixture('di-expired', 'di-expired.json', json(diSign(ob3(DID_KEY, { validUntil: '2025-01-01T00:00:00Z' }), issuerEd, DID_KEY_VM)),
    'invalid', 'validity.period');
  fixture('di-not-yet-valid', 'di-not-yet-valid.json', json(diSign(ob3(DID_KEY, { validFrom: '2026-01-01T00:00:00Z' }), issuerEd, DID_KEY_VM)),
    'invalid', 'validity.period');
  fixture('di-revoked-bitstring', 'di-revoked-bitstring.json',
    json(diSign(ob3(DID_KEY, { credentialStatus: bitstringEntry(7) }), issuerEd, DID_KEY_VM)), 'invalid', 'status');
  fixture('di-not-revoked-bitstring', 'di-not-revoked-bitstring.json',
    json(diSign(ob3(DID_KEY, { credentialStatus: bitstringEntry(3) }), issuerEd, DID_KEY_VM)), 'valid');
  fixture('di-status-index-out-of-range', 'di-status-index-out-of-range.json',
    json(diSign(ob3(DID_KEY, { credentialStatus: bitstringEntry(200000) }), issuerEd, DID_KEY_VM)), 'invalid', 'status');
  fixture('di-status-purpose-mismatch', 'di-status-purpose-mismatch.json',
    json(diSign(ob3(DID_KEY, { credentialStatus: { ...bitstringEntry(3), statusPurpose: 'suspension' } }), issuerEd, DID_KEY_VM)),
    'invalid', 'status');
  fixture('di-status-unknown-method', 'di-status-unknown-method.json',
    json(diSign(ob3(DID_KEY, { credentialStatus: { id: `${ORIGIN}/status/x#1`, type: 'CredentialStatusList2017' } }), issuerEd, DID_KEY_VM)),
    'indeterminate', 'status');
  // Proof sets: every proof must verify; one unsupported proof leaves the verdict open.
  {
    const doc = ob3(DID_KEY);
    const p1 = diSign(doc, issuerEd, DID_KEY_VM).proof;
    const p2 = diSign(doc, issuerEd, `${DID_WEB}#ed`, { created: '2024-02-01T00:00:00Z' }).proof;
    fixture('di-proof-set-valid', 'di-proof-set-valid.json', json({ ...doc, proof: [p1, p2] }), 'valid');
    const bad = diSign(doc, attackerEd, `${DID_WEB}#ed`).proof;
    fixture('di-proof-set-one-forged', 'di-proof-set-one-forged.json', json({ ...doc, proof: [p1, bad] }), 'invalid', 'proof.signature');
    fixture('di-proof-set-one-unsupported', 'di-proof-set-one-unsupported.json',
      json({ ...doc, proof: [p1, { ...p2, cryptosuite: 'bbs-2023' }] }), 'indeterminate', 'proof.suite');
  }
  const forged = { ...bitstringEntry(3), statusListCredential: FORGED_LIST_URL, id: `${FORGED_LIST_URL}#3` };
  fixture('di-status-list-forged', 'di-status-list-forged.json',
    json(diSign(ob3(DID_KEY, { credentialStatus: forged }), issuerEd, DID_KEY_VM)), 'invalid', 'status');
  fixture('di-revoked-1edtech', 'di-revoked-1edtech.json',
    json(diSign(ob3(DID_KEY, { id: 'urn:uuid:revoked-1edtech', credentialStatus: { id: REVOCATION_URL, type: '1EdTechRevocationList' } }),
      issuerEd, DID_KEY_VM)), 'invalid', 'status');
  fixture('di-not-revoked-1edtech', 'di-not-revoked-1edtech.json',
    json(diSign(ob3(DID_KEY, { credentialStatus: { id: REVOCATION_URL, type: '1EdTechRevocationList' } }), issuerEd, DID_KEY_VM)), 'valid');
  fixture('di-proof-purpose-authentication', 'di-proof-purpose-authentication.json',
    json(diSign(ob3(DID_KEY), issuerEd, DID_KEY_VM, { proofPurpose: 'authentication' })), 'invalid', 'proof.purpose');
  fixture('di-proof-expired', 'di-proof-expired.json',
    json(diSign(ob3(DID_KEY), issuerEd, DID_KEY_VM, { expires: '2025-01-01T00:00:00Z' })), 'invalid', 'proof.dates');
  const badValue = JSON.parse(JSON.stringify(valid));
  badValue.proof.proofValue = badValue.proof.proofValue.slice(0, 40) + '0OIl';
  fixture('di-corrupt-proof-value', 'di-corrupt-proof-value.json', json(badValue), 'invalid', 'proof.signature');
  const text = json(valid);
  fixture('di-truncated', 'di-truncated.json', text.slice(0, Math.floor(text.length / 2)), 'error');
  const rdfc = JSON.parse(JSON.stringify(valid));
  rdfc.proof.cryptosuite = 'eddsa-rdfc-2022';
  // An eddsa-rdfc-2022 proof whose signature covers the JCS form, not the canonical N-Quads.
  fixture('di-rdfc-signed-as-jcs', 'di-rdfc-signed-as-jcs.json', json(rdfc), 'invalid', 'proof.signature');
  // JSON Schema conformance (1EdTech OB 3.0 schema): signed correctly, but not a conforming badge.
  const noAchievement = ob3(DID_KEY);
  delete noAchievement.credentialSubject.achievement;
  fixture('di-schema-missing-achievement', 'di-schema-missing-achievement.json', json(diSign(noAchievement, issuerEd, DID_KEY_VM)),
    'invalid', 'schema');
  const unknownType = ob3(DID_KEY);
  unknownType.credentialSubject.achievement.achievementType = 'Trophy';
  fixture('di-schema-unknown-achievement-type', 'di-schema-unknown-achievement-type.json', json(diSign(unknownType, issuerEd, DID_KEY_VM)),
    'invalid', 'schema');
  const extType = ob3(DID_KEY);
  extType.credentialSubject.achievement.achievementType = 'ext:Trophy';
  fixture('di-schema-extension-achievement-type', 'di-schema-extension-achievement-type.json', json(diSign(extType, issuerEd, DID_KEY_VM)), 'valid');
  const unknownMember = ob3(DID_KEY);
  unknownMember.credentialSubject.favouriteColour = 'green';
  // The 2024 schema lets subjects carry extension properties (an unrecognised extension is no failure).
  fixture('di-schema-extra-subject-property', 'di-schema-extra-subject-property.json', json(diSign(unknownMember, issuerEd, DID_KEY_VM)), 'valid');
  fixture('jwt-schema-missing-achievement', 'jwt-schema-missing-achievement.jwt', vcJwt(noAchievement, issuerEd, 'EdDSA', { kid: DID_KEY_VM }),
    'invalid', 'schema');
  const unsigned = ob3(DID_KEY);
  fixture('vc-unsigned', 'vc-unsigned.json', json(unsigned), 'invalid', 'proof');
  // Endorsement and CLR.
  const endorsement = diSign({
    '@context': OB3_CONTEXT, id: 'urn:uuid:endorsement-1', type: ['VerifiableCredential', 'EndorsementCredential'],
    issuer: { id: DID_KEY, type: ['Profile'], name: 'Example Institute' }, validFrom: '2024-01-01T00:00:00Z', name: 'Endorsement',
    credentialSubject: { id: 'https://issuer.example/achievements/data-science-101', type: ['EndorsementSubject'],
      endorsementComment: 'A rigorous course.' },
  }, issuerEd, DID_KEY_VM);
  fixture('di-endorsement-valid', 'di-endorsement-valid.json', json(endorsement), 'valid');
  // drop: top-level properties left out before signing (schema fixtures).
  const clr = (inner, drop = []) => {
    const doc = {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id: 'urn:uuid:clr-1', type: ['VerifiableCredential', 'ClrCredential'],
      issuer: { id: DID_KEY, type: ['Profile'], name: 'Example Institute' }, validFrom: '2024-01-01T00:00:00Z',
      name: 'Transcript of Learner 42',
      credentialSubject: { id: 'did:example:learner-42', type: ['ClrSubject'], verifiableCredential: inner },
    };
    for (const key of drop) delete doc[key];
    return diSign(doc, issuerEd, DID_KEY_VM);
  };
  const second = diSign(ob3(DID_KEY, { id: 'urn:uuid:second-achievement' }), issuerEd, DID_KEY_VM);
  fixture('clr-valid', 'clr-valid.json', json(clr([valid, second])), 'valid');
  const innerJwt = vcJwt(ob3(DID_KEY, { id: 'urn:uuid:jwt-in-clr' }), issuerEd, 'EdDSA', { kid: DID_KEY_VM });
  fixture('clr-with-vc-jwt-valid', 'clr-with-vc-jwt-valid.json', json(clr([valid, innerJwt])), 'valid');
  fixture('clr-with-vc-jwt-tampered', 'clr-with-vc-jwt-tampered.json', json(clr([valid, tamper(innerJwt)])), 'invalid', 'credentials.embedded');
  fixture('clr-embedded-tampered', 'clr-embedded-tampered.json', json(clr([valid, tampered])), 'invalid', 'credentials.embedded');
  // The CLR 2.0 schema requires a name; correctly signed, so only the schema check fails.
  fixture('clr-schema-missing-name', 'clr-schema-missing-name.json', json(clr([valid, second], ['name'])), 'invalid', 'schema');
}

// ---------- Open Badges 2.0 ----------
const OB2 = 'https://w3id.org/openbadges/v2';
const OB2_ISSUER = `${ORIGIN}/ob2/issuer.json`;
const OB2_KEY = `${ORIGIN}/ob2/key-1.json`;
const OB2_BADGE = `${ORIGIN}/ob2/badge.json`;
const OB2_REVOCATIONS = `${ORIGIN}/ob2/revocations.json`;
serve(OB2_ISSUER, 'ob2-issuer.json', { '@context': OB2, type: 'Issuer', id: OB2_ISSUER, name: 'Example Institute',
  url: ORIGIN, email: 'badges@issuer.example', publicKey: OB2_KEY, revocationList: OB2_REVOCATIONS });
serve(OB2_KEY, 'ob2-key-1.json', { '@context': OB2, type: 'CryptographicKey', id: OB2_KEY, owner: OB2_ISSUER, publicKeyPem: issuerRsa.pem });
// An attacker's key document that claims the issuer as owner, though the issuer does not list it.
const OB2_ROGUE_KEY = `${ORIGIN}/ob2/rogue-key.json`;
serve(OB2_ROGUE_KEY, 'ob2-rogue-key.json', { '@context': OB2, type: 'CryptographicKey', id: OB2_ROGUE_KEY, owner: OB2_ISSUER,
  publicKeyPem: attackerRsa.pem });
const OB2_ATTACKER_KEY = 'https://attacker.example/key.json';
serve(OB2_ATTACKER_KEY, 'ob2-attacker-key.json', { '@context': OB2, type: 'CryptographicKey', id: OB2_ATTACKER_KEY,
  owner: 'https://attacker.example/issuer.json', publicKeyPem: attackerRsa.pem });
serve(OB2_BADGE, 'ob2-badge.json', { '@context': OB2, type: 'BadgeClass', id: OB2_BADGE, name: 'Intro to Data Science',
  description: 'Completed the introductory data science course.', image: `${ORIGIN}/ob2/badge.png`,
  criteria: { narrative: 'Pass all four assignments.' }, issuer: OB2_ISSUER });
serve(OB2_REVOCATIONS, 'ob2-revocations.json', { '@context': OB2, type: 'RevocationList', id: OB2_REVOCATIONS, issuer: OB2_ISSUER,
  revokedAssertions: [{ id: 'urn:uuid:ob2-revoked', revocationReason: 'Issued in error' }, 'urn:uuid:ob2-revoked-plain'] });
const salt = 'deadsea';
const recipient = { type: 'email', hashed: true, salt, identity: 'sha256$' + createHash('sha256').update('learner@example.org' + salt).digest('hex') };
function ob2Signed(over = {}) {
  return { '@context': OB2, type: 'Assertion', id: over.id ?? 'urn:uuid:ob2-signed-1', recipient, badge: OB2_BADGE,
    verification: { type: 'SignedBadge', ...(over.creator === null ? {} : { creator: over.creator ?? OB2_KEY }) },
    issuedOn: over.issuedOn ?? '2024-01-01T00:00:00Z', ...(over.expires ? { expires: over.expires } : {}) };
}
{
  const valid = jws({ alg: 'RS256' }, ob2Signed(), issuerRsa, 'RS256');
  fixture('ob2-signed-valid', 'ob2-signed-valid.jws', valid, 'valid');
  fixture('ob2-signed-valid-issuer-key', 'ob2-signed-valid-issuer-key.jws', jws({ alg: 'RS256' }, ob2Signed({ creator: null }), issuerRsa, 'RS256'), 'valid');
  fixture('ob2-signed-ps256-valid', 'ob2-signed-ps256-valid.jws', jws({ alg: 'PS256' }, ob2Signed(), issuerRsa, 'PS256'), 'valid');
  const [h, p, s] = valid.split('.');
  const payload = JSON.parse(Buffer.from(p, 'base64url'));
  payload.issuedOn = '2023-01-01T00:00:00Z';
  fixture('ob2-signed-tampered', 'ob2-signed-tampered.jws', `${h}.${b64u(JSON.stringify(payload))}.${s}`, 'invalid', 'jws.signature');
  fixture('ob2-signed-wrong-key', 'ob2-signed-wrong-key.jws', jws({ alg: 'RS256' }, ob2Signed(), attackerRsa, 'RS256'), 'invalid', 'jws.signature');
  fixture('ob2-signed-key-not-listed', 'ob2-signed-key-not-listed.jws', jws({ alg: 'RS256' }, ob2Signed({ creator: OB2_ROGUE_KEY }), attackerRsa, 'RS256'),
    'invalid', 'key.issuer');
  fixture('ob2-signed-key-other-owner', 'ob2-signed-key-other-owner.jws', jws({ alg: 'RS256' }, ob2Signed({ creator: OB2_ATTACKER_KEY }), attackerRsa, 'RS256'),
    'invalid', 'key.issuer');
  fixture('ob2-signed-expired', 'ob2-signed-expired.jws', jws({ alg: 'RS256' }, ob2Signed({ expires: '2025-01-01T00:00:00Z' }), issuerRsa, 'RS256'),
    'invalid', 'validity.period');
  fixture('ob2-signed-not-yet-valid', 'ob2-signed-not-yet-valid.jws', jws({ alg: 'RS256' }, ob2Signed({ issuedOn: '2026-01-01T00:00:00Z' }), issuerRsa, 'RS256'),
    'invalid', 'validity.period');
  fixture('ob2-signed-revoked', 'ob2-signed-revoked.jws', jws({ alg: 'RS256' }, ob2Signed({ id: 'urn:uuid:ob2-revoked' }), issuerRsa, 'RS256'),
    'invalid', 'status');
  fixture('ob2-signed-revoked-plain-id', 'ob2-signed-revoked-plain-id.jws', jws({ alg: 'RS256' }, ob2Signed({ id: 'urn:uuid:ob2-revoked-plain' }), issuerRsa, 'RS256'),
    'invalid', 'status');
  fixture('ob2-signed-alg-none', 'ob2-signed-alg-none.jws', `${b64u('{"alg":"none"}')}.${p}.`, 'invalid', 'jws.signature');
  const hsInput = `${b64u('{"alg":"HS256"}')}.${p}`;
  fixture('ob2-signed-hs256-public-key-secret', 'ob2-signed-hs256-public-key-secret.jws',
    `${hsInput}.${b64u(createHmac('sha256', issuerRsa.pem).update(hsInput).digest())}`, 'invalid', 'jws.signature');
  const other = jws({ alg: 'RS256' }, ob2Signed({ id: 'urn:uuid:ob2-other' }), issuerRsa, 'RS256');
  fixture('ob2-signed-spliced', 'ob2-signed-spliced.jws', `${h}.${p}.${other.split('.')[2]}`, 'invalid', 'jws.signature');
  fixture('ob2-signed-truncated', 'ob2-signed-truncated.jws', valid.slice(0, valid.length - 30), 'invalid', 'jws.signature');
  fixture('ob2-signed-es256-with-rsa-key', 'ob2-signed-es256-with-rsa-key.jws', jws({ alg: 'ES256' }, ob2Signed(), issuerP256, 'ES256'),
    'invalid', 'jws.signature');
}
function ob2Hosted(id, over = {}) {
  return { '@context': OB2, type: 'Assertion', id, recipient, badge: OB2_BADGE, verification: { type: 'HostedBadge' },
    issuedOn: over.issuedOn ?? '2024-01-01T00:00:00Z', ...(over.expires ? { expires: over.expires } : {}),
    ...(over.revoked ? { revoked: true, revocationReason: 'Issued in error' } : {}) };
}
function hosted(name, id, over = {}, hostedOver = null, expect = 'valid', check = undefined, extra = {}) {
  const baked = ob2Hosted(id, over);
  if (hostedOver !== false)
    serve(id, `ob2-hosted-${name}.json`, hostedOver ?? baked);
  fixture(`ob2-hosted-${name}`, `ob2-hosted-${name}.json`, json(baked), expect, check, extra);
}
hosted('valid', `${ORIGIN}/ob2/assertions/1.json`);
hosted('tampered', `${ORIGIN}/ob2/assertions/2.json`, {}, ob2Hosted(`${ORIGIN}/ob2/assertions/2.json`, { issuedOn: '2024-03-01T00:00:00Z' }),
  'invalid', 'ob2.hosted');
hosted('revoked', `${ORIGIN}/ob2/assertions/3.json`, {}, ob2Hosted(`${ORIGIN}/ob2/assertions/3.json`, { revoked: true }), 'invalid', 'status');
hosted('expired', `${ORIGIN}/ob2/assertions/4.json`, { expires: '2025-01-01T00:00:00Z' }, null, 'invalid', 'validity.period');
hosted('not-yet-valid', `${ORIGIN}/ob2/assertions/5.json`, { issuedOn: '2026-01-01T00:00:00Z' }, null, 'invalid', 'validity.period');
hosted('out-of-scope', 'https://attacker.example/assertions/6.json', {}, null, 'invalid', 'ob2.scope');
hosted('unavailable', `${ORIGIN}/ob2/assertions/7.json`, {}, false, 'indeterminate', 'ob2.hosted');
// Issuers with a verification policy: allowedOrigins (host names) and startsWith (URL prefixes).
for (const [tag, policy] of [['origins', { allowedOrigins: ['badges.example.net'] }],
  ['prefix', { startsWith: [`${ORIGIN}/ob2/allowed/`] }]]) {
  const issuerUrl = `${ORIGIN}/ob2/issuer-${tag}.json`;
  const badgeUrl = `${ORIGIN}/ob2/badge-${tag}.json`;
  serve(issuerUrl, `ob2-issuer-${tag}.json`, { '@context': OB2, type: 'Issuer', id: issuerUrl, name: 'Example Institute',
    url: ORIGIN, email: 'badges@issuer.example', verification: { type: 'VerificationObject', ...policy } });
  serve(badgeUrl, `ob2-badge-${tag}.json`, { '@context': OB2, type: 'BadgeClass', id: badgeUrl, name: 'Intro to Data Science',
    description: 'Completed the introductory data science course.', image: `${ORIGIN}/ob2/badge.png`,
    criteria: { narrative: 'Pass all four assignments.' }, issuer: issuerUrl });
  const assertion = (id) => ({ ...ob2Hosted(id), badge: badgeUrl });
  const inScope = tag === 'origins' ? 'https://badges.example.net/a/1.json' : `${ORIGIN}/ob2/allowed/1.json`;
  const outOfScope = tag === 'origins' ? `${ORIGIN}/ob2/assertions/p1.json` : `${ORIGIN}/ob2/other/1.json`;
  serve(inScope, `ob2-hosted-policy-${tag}-in.json`, assertion(inScope));
  serve(outOfScope, `ob2-hosted-policy-${tag}-out.json`, assertion(outOfScope));
  fixture(`ob2-hosted-policy-${tag}-in-scope`, `ob2-hosted-policy-${tag}-in-scope.json`, json(assertion(inScope)), 'valid');
  fixture(`ob2-hosted-policy-${tag}-out-of-scope`, `ob2-hosted-policy-${tag}-out-of-scope.json`, json(assertion(outOfScope)),
    'invalid', 'ob2.scope');
}

// ---------- baked badges (PNG iTXt after IDAT, SVG element) ----------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => { let c = 0xffffffff; for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function bakePng(keyword, text) {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]); // 1x1 RGBA
  const idat = deflateSync(Buffer.from([0, 0x2a, 0x7f, 0xd4, 0xff]));
  const itxt = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(text, 'utf8')]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat),
    chunk('iTXt', itxt), chunk('IEND', Buffer.alloc(0))]);
}
function bakeSvg(element, namespace, text, asAttribute) {
  const body = asAttribute ? `<openbadges:${element} verify="${text}"/>` : `<openbadges:${element}><![CDATA[${text}]]></openbadges:${element}>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="${namespace}" width="10" height="10">\n` +
    `  ${body}\n  <rect width="10" height="10" fill="#2a7fd4"/>\n</svg>\n`;
}
const read = (name) => readFileSync(join(out, 'badges', name), 'utf8');
const OB2_NS = 'http://openbadges.org';
const OB3_NS = 'https://purl.imsglobal.org/ob/v3p0';
const baked = [
  ['baked-png-jwt-eddsa-valid.png', bakePng('openbadgecredential', read('jwt-eddsa-valid.jwt')), 'valid', undefined, 'png'],
  ['baked-png-jwt-eddsa-tampered.png', bakePng('openbadgecredential', read('jwt-eddsa-tampered.jwt')), 'invalid', 'jws.signature', 'png'],
  ['baked-png-di-valid.png', bakePng('openbadgecredential', read('di-valid.json')), 'valid', undefined, 'png'],
  ['baked-png-di-revoked.png', bakePng('openbadgecredential', read('di-revoked-bitstring.json')), 'invalid', 'status', 'png'],
  ['baked-png-ob2-signed-valid.png', bakePng('openbadges', read('ob2-signed-valid.jws')), 'valid', undefined, 'png'],
  ['baked-png-ob2-hosted-url.png', bakePng('openbadges', `${ORIGIN}/ob2/assertions/1.json`), 'valid', undefined, 'png'],
  ['baked-png-ob2-hosted-revoked-url.png', bakePng('openbadges', `${ORIGIN}/ob2/assertions/3.json`), 'invalid', 'status', 'png'],
  ['baked-svg-ob2-signed-valid.svg', bakeSvg('assertion', OB2_NS, read('ob2-signed-valid.jws'), true), 'valid', undefined, 'svg'],
  ['baked-svg-ob2-signed-wrong-key.svg', bakeSvg('assertion', OB2_NS, read('ob2-signed-wrong-key.jws'), true), 'invalid', 'jws.signature', 'svg'],
  ['baked-svg-di-valid.svg', bakeSvg('credential', OB3_NS, read('di-valid.json'), false), 'valid', undefined, 'svg'],
  ['baked-svg-jwt-expired.svg', bakeSvg('credential', OB3_NS, read('jwt-es256-expired.jwt'), false), 'invalid', 'validity.period', 'svg'],
];
for (const [file, bytes, expect, check, container] of baked) {
  writeFileSync(join(out, 'badges', file), bytes);
  fixtures.push({ name: file.replace(/\.(png|svg)$/, ''), file: `badges/${file}`, expect, ...(check ? { check } : {}), container });
}
{
  const png = bakePng('openbadgecredential', read('jwt-eddsa-valid.jwt'));
  png[png.length - 20] ^= 0x01; // inside the iTXt chunk's data: its CRC no longer matches
  writeFileSync(join(out, 'badges', 'baked-png-bad-crc.png'), png);
  fixtures.push({ name: 'baked-png-bad-crc', file: 'badges/baked-png-bad-crc.png', expect: 'error', container: 'png' });
}

// gzip vectors for the status-list inflater (core/crypto/Gzip).
{
  const hello = gzipSync(Buffer.from('hello, status list'));
  const badCrc = Buffer.from(hello); badCrc[badCrc.length - 8] ^= 0xff;
  writeFileSync(join(out, 'gzip-vectors.json'), JSON.stringify({
    comment: 'Made by make-fixtures.mjs with node:zlib. bomb inflates to 5 MiB of zeros (over the 4 MiB limit).',
    hello: { hex: hello.toString('hex'), text: 'hello, status list' },
    bomb: gzipSync(Buffer.alloc(5 * 1024 * 1024)).toString('hex'),
    truncated: hello.subarray(0, hello.length - 6).toString('hex'),
    badCrc: badCrc.toString('hex'),
    zlibNotGzip: deflateSync(Buffer.from('hello')).toString('hex'),
  }, null, 2) + '\n');
}

writeFileSync(join(out, 'fixtures.json'), JSON.stringify({
  comment: 'Made by tests/data/gen/verify/make-fixtures.mjs. Verify each badge at "at" with every "resolve" entry served (--resolve URL=FILE, paths relative to this folder).',
  at: AT, resolve: resolveMap, fixtures }, null, 2) + '\n');
console.log(`${fixtures.length} fixtures, ${Object.keys(resolveMap).length} resolvable documents`);
