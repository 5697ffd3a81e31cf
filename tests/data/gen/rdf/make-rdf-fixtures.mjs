// Makes tests/data/rdf-suites/signed/: credentials signed OUTSIDE Credfolio with the
// RDF-canonicalized Data Integrity suites, by an independent implementation: the `jsonld`
// npm package (JSON-LD toRdf and RDFC-1.0 through rdf-canonize) with an offline document
// loader serving resources/contexts/, and Node's built-in crypto for the signatures.
//
// Run: (cd tests/data/gen/rdf && npm install && node make-rdf-fixtures.mjs)   then commit
// tests/data/rdf-suites/signed/. Keys are kept in keys/ (test keys only) so reruns keep them;
// ECDSA signatures are randomized, so a rerun changes the proof values but not the verdicts.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsonld from 'jsonld';
import jsigs from 'jsonld-signatures';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import * as ecdsaSd2023 from '@digitalbazaar/ecdsa-sd-2023-cryptosuite';

const here = dirname(fileURLToPath(import.meta.url));
const contexts = join(here, '../../../../resources/contexts');
const out = join(here, '../../rdf-suites/signed');
const keyDir = join(here, 'keys');
mkdirSync(keyDir, { recursive: true });
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// ---------- offline document loader ----------
const UNKNOWN_CONTEXT = 'https://contexts.example/unknown/v1';
const contextFiles = {
  'https://www.w3.org/ns/credentials/v2': 'credentials-v2.jsonld',
  'https://www.w3.org/2018/credentials/v1': 'credentials-v1.jsonld',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json': 'ob-v3p0-context-3.0.3.json',
  'https://w3id.org/security/suites/ed25519-2020/v1': 'ed25519-signature-2020-v1.jsonld',
  'https://w3id.org/security/data-integrity/v2': 'data-integrity-v2.jsonld',
};
// A context Credfolio does not bundle: the signer knows it, the verifier must not guess.
const unknownContext = { '@context': { '@protected': true, motto: 'https://contexts.example/unknown#motto' } };
const documentLoader = async (url) => {
  if (url === UNKNOWN_CONTEXT)
    return { contextUrl: null, documentUrl: url, document: unknownContext };
  const file = contextFiles[url];
  if (!file)
    throw new Error(`context not available offline: ${url}`);
  return { contextUrl: null, documentUrl: url, document: JSON.parse(readFileSync(join(contexts, file), 'utf8')) };
};

// ---------- keys ----------
function loadKey(name, type, options) {
  const file = join(keyDir, `${name}.pem`);
  if (!existsSync(file)) {
    const { privateKey } = generateKeyPairSync(type, options);
    writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }));
  }
  const privateKey = createPrivateKey(readFileSync(file));
  const publicKey = createPublicKey(privateKey);
  return { name, type, privateKey, jwk: publicKey.export({ format: 'jwk' }), privateJwk: privateKey.export({ format: 'jwk' }) };
}

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58(bytes) {
  let n = BigInt('0x' + (Buffer.from(bytes).toString('hex') || '0'));
  let s = '';
  while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; }
  for (const b of bytes) { if (b === 0) s = '1' + s; else break; }
  return s;
}
// Multikey: 'z' + base58btc(varint multicodec || key); EC keys as compressed points.
function multikey(key) {
  const x = Buffer.from(key.jwk.x, 'base64url');
  if (key.jwk.kty === 'OKP')
    return 'z' + base58(Buffer.concat([Buffer.from([0xed, 0x01]), x]));
  const y = Buffer.from(key.jwk.y, 'base64url');
  const codec = key.jwk.crv === 'P-256' ? [0x80, 0x24] : [0x81, 0x24]; // 0x1200, 0x1201
  return 'z' + base58(Buffer.concat([Buffer.from([...codec, 0x02 + (y[y.length - 1] & 1)]), x]));
}
const didKey = (key) => `did:key:${multikey(key)}`;
const vmOf = (key) => `${didKey(key)}#${multikey(key)}`;

const ed = loadKey('issuer-ed25519', 'ed25519');
const p256 = loadKey('issuer-p256', 'ec', { namedCurve: 'P-256' });
const p384 = loadKey('issuer-p384', 'ec', { namedCurve: 'P-384' });
const attackerP256 = loadKey('attacker-p256', 'ec', { namedCurve: 'P-256' });

// ---------- credentials ----------
function ob3(issuer, extra = {}) {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ...(extra.contexts || [])],
    id: 'urn:uuid:3c7f4a4e-8d0e-4b43-9a59-2f3c6a1e9b10',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer, type: ['Profile'], name: 'Example Institute' },
    validFrom: '2024-01-01T00:00:00Z',
    name: 'Linked Data badge',
    credentialSubject: {
      id: 'did:example:learner-7',
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://issuer.example/achievements/linked-data-101',
        type: ['Achievement'],
        name: 'Linked Data 101',
        description: 'Understands RDF, JSON-LD and canonicalization.',
        criteria: { narrative: 'Canonicalize three graphs by hand.' },
      },
      ...(extra.subject || {}),
    },
    ...(extra.status ? { credentialStatus: extra.status } : {}),
  };
}

const canon = async (doc) => jsonld.canonize(doc, {
  algorithm: 'RDFC-1.0', format: 'application/n-quads', documentLoader, safe: true, rdfDirection: undefined,
});

// vc-di-eddsa / vc-di-ecdsa: sign hash(canonical proof configuration) || hash(canonical document).
async function signRdfc(document, key, proofOptions) {
  const unsecured = { ...document };
  delete unsecured.proof;
  const proofConfig = { ...proofOptions, '@context': unsecured['@context'] };
  const canonicalProof = await canon(proofConfig);
  const canonicalDocument = await canon(unsecured);
  const hash = key.jwk.crv === 'P-384' ? 'sha384' : 'sha256';
  const proofHash = createHash(hash).update(canonicalProof).digest();
  const documentHash = createHash(hash).update(canonicalDocument).digest();
  const data = Buffer.concat([proofHash, documentHash]);
  const signature = key.type === 'ed25519'
    ? sign(null, data, key.privateKey)
    : sign(hash, data, { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
  const proof = { ...proofOptions, proofValue: 'z' + base58(signature) };
  return {
    signed: { ...document, proof },
    vector: {
      canonicalProofOptions: canonicalProof, canonicalDocument, proofHashHex: proofHash.toString('hex'),
      documentHashHex: documentHash.toString('hex'), proofValue: proof.proofValue, publicKeyMultibase: multikey(key),
    },
  };
}

const proofOptions = (key, extra = {}) => ({
  type: 'DataIntegrityProof', cryptosuite: 'ecdsa-rdfc-2019', created: '2024-01-01T00:00:00Z',
  verificationMethod: vmOf(key), proofPurpose: 'assertionMethod', ...extra,
});

const table = [];
async function fixture(name, document, key, options, expect, check) {
  const { signed, vector } = await signRdfc(document, key, options);
  writeFileSync(join(out, `${name}.json`), JSON.stringify(signed, null, 2) + '\n');
  writeFileSync(join(out, `${name}.vector.json`), JSON.stringify(vector, null, 2) + '\n');
  table.push({ name, file: `${name}.json`, vector: `${name}.vector.json`, expect, check: check || '' });
}

await fixture('ecdsa-rdfc-2019-p256', ob3(didKey(p256)), p256, proofOptions(p256), 'valid');
await fixture('ecdsa-rdfc-2019-p384', ob3(didKey(p384)), p384, proofOptions(p384), 'valid');
await fixture('eddsa-rdfc-2022-didkey', ob3(didKey(ed)), ed, proofOptions(ed, { cryptosuite: 'eddsa-rdfc-2022' }), 'valid');
await fixture('eddsa-2022-earlier-name', ob3(didKey(ed)), ed, proofOptions(ed, { cryptosuite: 'eddsa-2022' }), 'valid');
await fixture('ed25519signature2020-didkey',
  ob3(didKey(ed), { contexts: ['https://w3id.org/security/suites/ed25519-2020/v1'] }), ed,
  { type: 'Ed25519Signature2020', created: '2024-01-01T00:00:00Z', verificationMethod: vmOf(ed), proofPurpose: 'assertionMethod' },
  'valid');
// A VC 1.1 Open Badge: the VC 1.1 context has no @vocab, so a term no context defines would be
// dropped from the RDF (the test adds one and expects the credential to be refused).
{
  const { validFrom, ...rest } = ob3(didKey(ed));
  const vc1 = { ...rest, '@context': ['https://www.w3.org/2018/credentials/v1',
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', 'https://w3id.org/security/suites/ed25519-2020/v1'],
  issuanceDate: validFrom };
  await fixture('ed25519signature2020-vc1', vc1, ed,
    { type: 'Ed25519Signature2020', created: '2024-01-01T00:00:00Z', verificationMethod: vmOf(ed), proofPurpose: 'assertionMethod' },
    'valid');
}
// Signed correctly, but by a key that is not the issuer's.
await fixture('ecdsa-rdfc-2019-not-issuer-key', ob3(didKey(p256)), attackerP256, proofOptions(attackerP256), 'invalid', 'key.issuer');
// Signed correctly over a context Credfolio does not bundle: it cannot know what the terms mean.
await fixture('ecdsa-rdfc-2019-unknown-context',
  ob3(didKey(p256), { contexts: [UNKNOWN_CONTEXT], subject: { motto: 'Graphs all the way down' } }), p256, proofOptions(p256),
  'indeterminate', 'proof.signature');
// A P-384 signature made over SHA-256 hashes: the suite requires SHA-384 with P-384.
{
  const doc = ob3(didKey(p384));
  const { signed } = await signRdfc(doc, { ...p384, jwk: { ...p384.jwk, crv: 'P-384-sha256' } }, proofOptions(p384));
  writeFileSync(join(out, 'ecdsa-rdfc-2019-p384-sha256.json'), JSON.stringify(signed, null, 2) + '\n');
  table.push({ name: 'ecdsa-rdfc-2019-p384-sha256', file: 'ecdsa-rdfc-2019-p384-sha256.json', vector: '', expect: 'invalid',
    check: 'proof.signature' });
}

// Proof sets: every proof is checked and reported.
{
  const doc = ob3(didKey(p256));
  const a = (await signRdfc(doc, p256, proofOptions(p256))).signed.proof;
  const b = (await signRdfc(doc, p384, proofOptions(p384))).signed.proof;
  const other = (await signRdfc({ ...doc, name: 'Another badge' }, p384, proofOptions(p384))).signed.proof;
  const set = (name, proofs, expect, check) => {
    writeFileSync(join(out, `${name}.json`), JSON.stringify({ ...doc, proof: proofs }, null, 2) + '\n');
    table.push({ name, file: `${name}.json`, vector: '', expect, check });
  };
  // The P-384 key is not the issuer's (the issuer is the P-256 did:key), so the set is valid only
  // for the signatures; the first set pairs two proofs by the issuer's own key instead.
  const a2 = (await signRdfc(doc, p256, proofOptions(p256, { created: '2024-02-01T00:00:00Z' }))).signed.proof;
  set('ecdsa-rdfc-2019-proof-set', [a, a2], 'valid', '');
  set('ecdsa-rdfc-2019-proof-set-one-forged', [a, { ...a2, proofValue: other.proofValue.slice(0, 1) + a.proofValue.slice(1) }],
    'invalid', 'proof.signature');
  set('ecdsa-rdfc-2019-proof-set-other-key', [a, b], 'invalid', 'key.issuer');
}

// A Bitstring status list credential signed with ecdsa-rdfc-2019: 131072 bits, bit 7 set.
const STATUS_URL = 'https://status.example/rdfc/1';
const resolve = {};
{
  const bits = Buffer.alloc(16384);
  bits[0] = 0x01;
  const list = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: STATUS_URL, type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: didKey(p256), validFrom: '2024-01-01T00:00:00Z',
    credentialSubject: { id: `${STATUS_URL}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation',
      encodedList: 'u' + gzipSync(bits).toString('base64url') },
  };
  const { signed } = await signRdfc(list, p256, proofOptions(p256));
  writeFileSync(join(out, 'status-list-rdfc.json'), JSON.stringify(signed, null, 2) + '\n');
  resolve[STATUS_URL] = 'status-list-rdfc.json';
}
// Keys published by did:web (a Multikey and a JsonWebKey) and by an HTTPS controller document
// (an Ed25519VerificationKey2020, the key type of the older suite).
{
  const did = 'did:web:rdf.example';
  writeFileSync(join(out, 'did-web-rdf-example.json'), JSON.stringify({
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: [
      { id: `${did}#ed`, type: 'Multikey', controller: did, publicKeyMultibase: multikey(ed) },
      { id: `${did}#p256`, type: 'JsonWebKey', controller: did, publicKeyJwk: p256.jwk },
    ],
    assertionMethod: [`${did}#ed`, `${did}#p256`],
  }, null, 2) + '\n');
  resolve['https://rdf.example/.well-known/did.json'] = 'did-web-rdf-example.json';
  await fixture('eddsa-rdfc-2022-didweb', ob3(did), ed, proofOptions(ed, { cryptosuite: 'eddsa-rdfc-2022', verificationMethod: `${did}#ed` }),
    'valid');
  await fixture('ecdsa-rdfc-2019-didweb-jwk', ob3(did), p256, proofOptions(p256, { verificationMethod: `${did}#p256` }), 'valid');
  const profile = 'https://rdf.example/issuers/1';
  writeFileSync(join(out, 'issuer-ed25519-2020.json'), JSON.stringify({
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/security/suites/ed25519-2020/v1'],
    id: profile, type: ['Profile'], name: 'Example Institute',
    verificationMethod: [{ id: `${profile}#key-1`, type: 'Ed25519VerificationKey2020', controller: profile,
      publicKeyMultibase: multikey(ed) }],
    assertionMethod: [`${profile}#key-1`],
  }, null, 2) + '\n');
  resolve[profile] = 'issuer-ed25519-2020.json';
  await fixture('ed25519signature2020-verification-key-2020',
    ob3(profile, { contexts: ['https://w3id.org/security/suites/ed25519-2020/v1'] }), ed,
    { type: 'Ed25519Signature2020', created: '2024-01-01T00:00:00Z', verificationMethod: `${profile}#key-1`, proofPurpose: 'assertionMethod' },
    'valid');
}
const entry = (index) => ({ id: `${STATUS_URL}#${index}`, type: 'BitstringStatusListEntry', statusPurpose: 'revocation',
  statusListIndex: String(index), statusListCredential: STATUS_URL });
await fixture('ecdsa-rdfc-2019-revoked', ob3(didKey(p256), { status: entry(7) }), p256, proofOptions(p256), 'invalid', 'status');
await fixture('ecdsa-rdfc-2019-not-revoked', ob3(didKey(p256), { status: entry(3) }), p256, proofOptions(p256), 'valid');

// ecdsa-sd-2023 (vc-di-ecdsa selective disclosure) with Digital Bazaar's cryptosuite: the issuer
// signs a base proof, the holder derives a proof that discloses only some statements.
{
  const keyPair = await EcdsaMultikey.fromJwk({ jwk: p256.privateJwk, secretKey: true, id: vmOf(p256), controller: didKey(p256) });
  const purpose = new jsigs.purposes.AssertionProofPurpose();
  const doc = { ...ob3(didKey(p256)), description: 'Awarded for the selective disclosure exercise.' };
  const signed = await jsigs.sign(doc, {
    suite: new DataIntegrityProof({ signer: keyPair.signer(), date: '2024-01-01T00:00:00Z',
      cryptosuite: ecdsaSd2023.createSignCryptosuite({ mandatoryPointers: ['/issuer', '/validFrom', '/type', '/name',
        '/credentialSubject/type', '/credentialSubject/achievement/id', '/credentialSubject/achievement/type',
        '/credentialSubject/achievement/name', '/credentialSubject/achievement/criteria'] }) }),
    purpose, documentLoader,
  });
  const derive = (selectivePointers) => jsigs.derive(signed, {
    suite: new DataIntegrityProof({ cryptosuite: ecdsaSd2023.createDiscloseCryptosuite({ selectivePointers }) }),
    purpose, documentLoader,
  });
  const write = (name, value, expect, check) => {
    writeFileSync(join(out, `${name}.json`), JSON.stringify(value, null, 2) + '\n');
    table.push({ name, file: `${name}.json`, vector: '', expect, check });
  };
  write('ecdsa-sd-2023-derived', await derive(['/credentialSubject/id', '/credentialSubject/achievement/description']), 'valid', '');
  write('ecdsa-sd-2023-derived-other-selection',
    await derive(['/description', '/credentialSubject/achievement/description']), 'valid', '');
  // A disclosed value with a base direction: canonicalized with rdfDirection 'i18n-datatype'.
  const withDirection = { ...ob3(didKey(p256), { subject: { 'https://contexts.example/terms#motto':
    { '@value': 'شارة البيانات المترابطة', '@language': 'ar', '@direction': 'rtl' } } }) };
  const signedDirection = await jsigs.sign(withDirection, {
    suite: new DataIntegrityProof({ signer: keyPair.signer(), date: '2024-01-01T00:00:00Z',
      cryptosuite: ecdsaSd2023.createSignCryptosuite({ mandatoryPointers: ['/issuer', '/validFrom', '/type', '/name',
        '/credentialSubject/type', '/credentialSubject/achievement'] }) }),
    purpose, documentLoader,
  });
  write('ecdsa-sd-2023-derived-direction', await jsigs.derive(signedDirection, {
    suite: new DataIntegrityProof({ cryptosuite: ecdsaSd2023.createDiscloseCryptosuite({
      selectivePointers: ['/credentialSubject/https:~1~1contexts.example~1terms#motto'] }) }),
    purpose, documentLoader,
  }), 'valid', '');
  // The base proof is for the holder only; a verifier must be given a derived proof.
  write('ecdsa-sd-2023-base-proof', signed, 'invalid', 'proof.signature');
}

writeFileSync(join(out, 'fixtures.json'), JSON.stringify({ resolve, fixtures: table }, null, 2) + '\n');
console.log(`wrote ${table.length} fixtures to ${out}`);
