// Makes tests/data/jcs/es6-numbers.txt: "hex-ieee,expected" lines in the format of the
// cyberphone/json-canonicalization es6testfile, with Node's own Number.prototype.toString
// (the ECMAScript algorithm RFC 8785 relies on) as the oracle. Edge values first, then
// random bit patterns and random decimal-looking values; a fixed seed keeps the file stable.
// Run: node tests/data/gen/crypto/make-es6-numbers.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const edges = [
  '0000000000000000', '8000000000000000', '0000000000000001', '8000000000000001',
  '7fefffffffffffff', 'ffefffffffffffff', '4340000000000000', 'c340000000000000',
  '4430000000000000', '44b52d02c7e14af5', '44b52d02c7e14af6', '44b52d02c7e14af7',
  '444b1ae4d6e2ef4e', '444b1ae4d6e2ef4f', '444b1ae4d6e2ef50', '3eb0c6f7a0b5ed8c',
  '3eb0c6f7a0b5ed8d', '41b3de4355555553', '41b3de4355555554', '41b3de4355555555',
  '41b3de4355555556', '41b3de4355555557', 'becbf647612f3696', '43143ff3c1cb0959',
  '0010000000000000', '000ffffffffffffd', '000fffffffffffff', '3ff0000000000000',
  'bff0000000000000', '3fefffffffffffff', '3fd3333333333333', '4024000000000000',
  '3f50624dd2f1a9fc', '3eb0c6f7a0b5ed8e', '4341c37937e08000', '44b52d02c7e14af8',
];

let state = 0x2545f4914f6cdd1dn; // xorshift64*
function next() {
  state ^= state >> 12n; state ^= (state << 25n) & 0xffffffffffffffffn; state ^= state >> 27n;
  return (state * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn;
}

const view = new DataView(new ArrayBuffer(8));
const hexOf = (x) => { view.setFloat64(0, x); return view.getBigUint64(0).toString(16).padStart(16, '0'); };
const lines = [];
const add = (hex) => {
  view.setBigUint64(0, BigInt('0x' + hex));
  const v = view.getFloat64(0);
  if (Number.isFinite(v)) lines.push(`${hex},${v.toString()}`);
};
edges.forEach(add);
for (let i = 0; i < 3000; i++) add(next().toString(16).padStart(16, '0'));
for (let i = 0; i < 2000; i++) {
  const digits = Number(next() % 100000000n);
  const exp = Number(next() % 60n) - 30;
  add(hexOf(Number(`${digits}e${exp}`)));
}

const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, '..', '..', 'jcs', 'es6-numbers.txt'), lines.join('\n') + '\n');
