// Signs the Open Badges 3.0 credentials of scripts/bench rdfc with the JavaScript stack wallets
// use: @digitalbazaar/vc issuing with a DataIntegrityProof of the eddsa-rdfc-2022 cryptosuite,
// Ed25519 Multikey keys of did:key issuers, and the offline loader (offline-loader.mjs: only
// the contexts bundled in resources/contexts/). Keys come from fixed seeds and Ed25519 is
// deterministic, so a rerun writes the same files. Run by scripts/bench, never by the tests.
//
// Usage: node make-rdfc-badges.mjs OUTDIR [COUNT=1000]   (writes OUTDIR/badge-NNNN.json)
import * as vc from '@digitalbazaar/vc';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentLoader } from './offline-loader.mjs';

const [outDir, countArg] = process.argv.slice(2);
if (!outDir) {
    console.error('usage: node make-rdfc-badges.mjs OUTDIR [COUNT]');
    process.exit(2);
}
const count = Number(countArg ?? 1000);
mkdirSync(outDir, { recursive: true });

const issuerNames = ['Example Institute', 'Northfield College', 'Open Skills Academy', 'Harbour City Library',
    'Riverside Polytechnic', 'Makers Guild', 'Summit University', 'Coastal Training Centre'];
const skills = ['Linked Data', 'Data Analysis', 'Public Speaking', 'Welding', 'First Aid', 'Python Programming',
    'Project Management', 'Carpentry', 'Statistics', 'Digital Literacy', 'Teamwork', 'Cyber Security'];
const levels = ['Foundations', 'Practitioner', 'Advanced', 'Expert'];
const achievementTypes = ['Badge', 'Certificate', 'Competency', 'Course', 'MicroCredential'];

const issuers = [];
for (let i = 0; i < issuerNames.length; ++i) {
    const seed = createHash('sha256').update(`credfolio bench issuer ${i}`).digest();
    const key = await Ed25519Multikey.generate({ seed });
    const did = `did:key:${key.publicKeyMultibase}`;
    key.controller = did;
    key.id = `${did}#${key.publicKeyMultibase}`;
    const suite = new DataIntegrityProof({ signer: key.signer(), date: '2024-12-31T00:00:00Z', cryptosuite: eddsaRdfc2022 });
    issuers.push({ did, name: issuerNames[i], suite });
}

const pad = (n, width) => String(n).padStart(width, '0');
for (let n = 0; n < count; ++n) {
    const issuer = issuers[n % issuers.length];
    const skill = skills[n % skills.length];
    const level = levels[Math.floor(n / skills.length) % levels.length];
    const slug = `${skill}-${level}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const day = 1 + (n % 28);
    const month = 1 + (Math.floor(n / 28) % 12);
    const achievement = {
        id: `https://issuer${n % issuers.length}.example/achievements/${slug}`,
        type: ['Achievement'],
        achievementType: achievementTypes[n % achievementTypes.length],
        name: `${skill}: ${level}`,
        description: `Awarded to learners who demonstrate ${skill.toLowerCase()} at the ${level.toLowerCase()} level.`,
        criteria: { narrative: `Complete the ${level.toLowerCase()} ${skill.toLowerCase()} assessment (${n % 7 + 3} tasks).` },
        image: { id: `https://issuer${n % issuers.length}.example/images/${slug}.png`, type: 'Image' },
    };
    if (n % 3 === 0) {
        achievement.tag = [skill.toLowerCase(), level.toLowerCase()];
        achievement.alignment = [{
            type: ['Alignment'],
            targetName: `${skill} framework, ${level}`,
            targetUrl: `https://frameworks.example/${slug}`,
            targetType: 'ext:Skill',
        }];
    }
    const credential = {
        '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
        id: `urn:uuid:6d0b6a1c-bench-4c1f-8e2a-${pad(n, 12)}`,
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        issuer: { id: issuer.did, type: ['Profile'], name: issuer.name },
        validFrom: `2024-${pad(month, 2)}-${pad(day, 2)}T09:00:00Z`,
        name: `${skill}: ${level}`,
        credentialSubject: {
            id: `did:example:learner-${pad(n, 4)}`,
            type: ['AchievementSubject'],
            achievement,
        },
    };
    const signed = await vc.issue({ credential, suite: issuer.suite, documentLoader });
    writeFileSync(join(outDir, `badge-${pad(n, 4)}.json`), JSON.stringify(signed, null, 2) + '\n');
}
console.error(`make-rdfc-badges: ${count} eddsa-rdfc-2022 OB 3.0 credentials in ${outDir}`);
