// An independent check of Credfolio's signed presentations (credfolio-cli export
// presentation): the Digital Bazaar JSON-LD stack verifies the presentation's
// eddsa-rdfc-2022 proof (jsonld-signatures with an authentication proof purpose, the
// challenge and domain given) with the offline loader (offline-loader.mjs), then every
// embedded credential whose proof is eddsa-rdfc-2022 with @digitalbazaar/vc. Other
// credentials (eddsa-jcs-2022, enveloped VC-JWTs) are listed as not checked by this peer.
// Prints a JSON summary; exits 1 when anything checked fails.
//
// Usage: node verify-vp-rdfc.mjs PRESENTATION.json [CHALLENGE] [DOMAIN]
import * as vc from '@digitalbazaar/vc';
import jsigs from 'jsonld-signatures';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { readFileSync } from 'node:fs';
import { documentLoader } from './offline-loader.mjs';

const [file, challenge, domain] = process.argv.slice(2);
if (!file) {
    console.error('usage: node verify-vp-rdfc.mjs PRESENTATION.json [CHALLENGE] [DOMAIN]');
    process.exit(2);
}
const presentation = JSON.parse(readFileSync(file, 'utf8'));
const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
const purpose = new jsigs.purposes.AuthenticationProofPurpose({ challenge, domain });
const result = await jsigs.verify(presentation, { suite, purpose, documentLoader });
const summary = {
    presentation: result.verified,
    error: result.verified ? undefined : String(result.error?.errors?.[0]?.message ?? result.error?.message ?? ''),
    credentials: [],
};
const now = new Date('2025-06-01T00:00:00Z');
for (const credential of [].concat(presentation.verifiableCredential ?? [])) {
    const cryptosuite = credential.proof?.cryptosuite;
    if (cryptosuite !== 'eddsa-rdfc-2022') {
        summary.credentials.push({ id: credential.id?.slice(0, 60), checked: false, kind: cryptosuite ?? credential.type });
        continue;
    }
    const r = await vc.verifyCredential({ credential, suite, documentLoader, now });
    summary.credentials.push({ id: credential.id, checked: true, verified: r.verified });
}
console.log(JSON.stringify(summary, null, 2));
process.exit(summary.presentation && summary.credentials.every((c) => !c.checked || c.verified) ? 0 : 1);
