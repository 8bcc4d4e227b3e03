// given.mjs writes the given-name gender list of ingest/coref from the
// locale data of @faker-js/faker (MIT licence). Reproduce with:
//
//   cd /tmp && npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz
//   node tools/names/given.mjs /tmp/package | gzip -9n > ingest/coref/data/given.tsv.gz
//
// Each line is "Name<TAB>F" or "Name<TAB>M": Latin-script given names that
// the locales list as female or male, a name counting for one sex only when
// at least eight times as many locales give it that sex as the other, and
// at most half as many list it as a family name (not Lee or Grant).
import * as fs from 'fs';
import * as path from 'path';

const dir = path.join(process.argv[2], 'dist', 'locale');
const latin = /^[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'\-]+$/;
const votes = new Map(); // name -> [female, male]
const family = new Map(); // name -> locales listing it as a family name
for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.js')).sort()) {
  const m = await import(path.join(dir, f));
  let fn, ln;
  try { ln = m.faker.definitions.person.last_name; } catch { ln = null; }
  for (const n of new Set(Array.isArray(ln) ? ln : Object.values(ln || {}).flat())) family.set(n, (family.get(n) || 0) + 1);
  try { fn = m.faker.definitions.person.first_name; } catch { continue; }
  if (!fn || Array.isArray(fn)) continue;
  for (const [i, sex] of ['female', 'male'].entries()) {
    for (const n of new Set(fn[sex] || [])) {
      if (!latin.test(n) || n.length < 2) continue;
      const v = votes.get(n) || [0, 0];
      v[i]++;
      votes.set(n, v);
    }
  }
}
const out = [];
for (const [n, [f, m]] of [...votes].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) {
  // "Lee Jae-myung": a name as often a family name comes first.
  if (2 * (family.get(n) || 0) >= f + m) continue;
  if (f >= 8 * m) out.push(`${n}\tF`);
  else if (m >= 8 * f) out.push(`${n}\tM`);
}
process.stdout.write(out.join('\n') + '\n');
