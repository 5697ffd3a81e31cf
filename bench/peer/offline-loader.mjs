// The offline document loader of the JSON-LD peers (make-rdfc-badges.mjs, verify-vc-rdfc.mjs):
// serves ONLY the contexts bundled in resources/contexts/, by the exact URLs Credfolio's own
// loader answers (the URL table of core/jsonld/BundledContexts.cpp, read here so the two
// cannot drift), and resolves Ed25519 did:key URLs locally (a did:key's document is derived
// from the key itself, as Credfolio does). Any other URL fails.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const contextDir = join(root, 'resources', 'contexts');

const table = readFileSync(join(root, 'core', 'jsonld', 'BundledContexts.cpp'), 'utf8');
const contexts = new Map();
for (const [, url, file] of table.matchAll(/\{"(https?:\/\/[^"]+)", "([^"]+)"\}/g))
    contexts.set(url, JSON.parse(readFileSync(join(contextDir, file), 'utf8')));
if (contexts.size < 10)
    throw new Error('could not read the bundled context table from core/jsonld/BundledContexts.cpp');

// did:key:z6Mk… (Ed25519 Multikey): the DID document, or its one verification method.
function didKeyDocument(url) {
    const [did, fragment] = url.split('#');
    const key = did.slice('did:key:'.length);
    if (!key.startsWith('z6Mk'))
        throw new Error(`only Ed25519 did:key URLs resolve offline: ${url}`);
    const vmId = `${did}#${key}`;
    const method = { id: vmId, type: 'Multikey', controller: did, publicKeyMultibase: key };
    if (fragment !== undefined) {
        if (fragment !== key)
            throw new Error(`no verification method ${url}`);
        return { '@context': 'https://w3id.org/security/multikey/v1', ...method };
    }
    return {
        '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
        id: did,
        verificationMethod: [method],
        authentication: [vmId],
        assertionMethod: [vmId],
    };
}

export async function documentLoader(url) {
    const context = contexts.get(url);
    if (context)
        return { contextUrl: null, documentUrl: url, document: context };
    if (url.startsWith('did:key:'))
        return { contextUrl: null, documentUrl: url, document: didKeyDocument(url) };
    throw new Error(`not available offline: ${url}`);
}
