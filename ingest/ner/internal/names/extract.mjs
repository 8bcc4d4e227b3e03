// extract.mjs writes the person-name list of the named-entity recogniser,
// ingest/ner/data/names.tsv.gz: one name<TAB>given|family line per name and
// kind, sorted, from the first- and last-name lists of @faker-js/faker
// (MIT licence) in every locale. Only Latin-script names are kept, each also
// without its diacritics ("Dolejší" gives "Dolejsi", as Reuters writes it).
// A one-word name that is common as an ordinary lower-case English word (seen
// in lower case in UD EWT train or GUM train at least a fifth as often as
// capitalised mid-sentence: "Will", "Rose", "Hunter") is dropped, as
// ingest/gazetteer does for places.
//
// Reproduce (from the repository root):
//
//	cd /tmp && npm pack @faker-js/faker@10.6.0 && mkdir faker && tar xzf faker-js-faker-10.6.0.tgz -C faker
//	node ingest/ner/internal/names/extract.mjs /tmp/faker/package ../shared/data ingest/ner/data/names.tsv.gz
//
// The output is deterministic: the same faker release and corpora give the
// same bytes.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { pathToFileURL } from "node:url";

const [fakerDir, shared, out] = process.argv.slice(2);
if (!fakerDir || !shared || !out) {
  console.error("usage: node extract.mjs FAKER_PACKAGE_DIR SHARED_DATA_DIR OUT.tsv.gz");
  process.exit(2);
}
const pkg = JSON.parse(fs.readFileSync(path.join(fakerDir, "package.json"), "utf8"));
const { allLocales } = await import(pathToFileURL(path.join(fakerDir, "dist/index.js")).href);

// flat returns every string of a faker definition: an array, or an object of
// arrays (generic, female, male).
function flat(def) {
  if (!def) return [];
  if (Array.isArray(def)) return def.filter((s) => typeof s === "string");
  return Object.keys(def).sort().flatMap((k) => flat(def[k]));
}

const latin = /^[\p{Script=Latin}][\p{Script=Latin}' .-]*[\p{Script=Latin}.]$/u;
const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");

// Word counts of the UD EWT and GUM training sets: lower-case uses and
// capitalised uses after the first word of a sentence, by lower-case form.
const lower = new Map();
const capital = new Map();
for (const f of ["ud_english_ewt/en_ewt-ud-train.conllu", "gum/gum_train.conllu.gz"]) {
  let buf = fs.readFileSync(path.join(shared, f));
  if (f.endsWith(".gz")) buf = zlib.gunzipSync(buf);
  let initial = true;
  for (const line of buf.toString("utf8").split("\n")) {
    if (line === "") {
      initial = true;
      continue;
    }
    if (line[0] === "#") continue;
    const cols = line.split("\t");
    if (cols.length < 3 || /[-.]/.test(cols[0]) || cols[1] === "") continue;
    const form = cols[1];
    const l = form.toLowerCase();
    const first = form[0];
    if (form === l && /\p{L}/u.test(first)) lower.set(l, (lower.get(l) || 0) + 1);
    else if (/\p{Lu}/u.test(first) && !initial) capital.set(l, (capital.get(l) || 0) + 1);
    if (/[\p{L}\p{N}]/u.test(first)) initial = false;
  }
}
const common = (name) => {
  if (/[ -]/.test(name)) return false;
  const l = name.toLowerCase();
  const lo = lower.get(l) || 0;
  return lo >= 1 && lo * 5 >= (capital.get(l) || 0);
};

const kinds = new Map(); // name -> Set of kinds
let dropped = 0;
for (const loc of Object.keys(allLocales).sort()) {
  const p = allLocales[loc].person;
  if (!p) continue;
  for (const [kind, def] of [["given", p.first_name], ["family", p.last_name]]) {
    for (let n of flat(def)) {
      n = n.trim().replace(/\s+/g, " ");
      if (n.length < 2 || !latin.test(n) || n !== n.normalize("NFC")) continue;
      if (n[0] !== n[0].toUpperCase() || n.toUpperCase() === n) continue;
      for (const v of new Set([n, fold(n)])) {
        if (common(v)) {
          dropped++;
          continue;
        }
        if (!kinds.has(v)) kinds.set(v, new Set());
        kinds.get(v).add(kind);
      }
    }
  }
}
const lines = [];
for (const n of [...kinds.keys()].sort()) {
  for (const k of ["given", "family"]) if (kinds.get(n).has(k)) lines.push(`${n}\t${k}`);
}
const text = `# Person names from @faker-js/faker ${pkg.version} (MIT licence), Latin script; see ingest/ner/data/LICENSE.names.md\n` + lines.join("\n") + "\n";
const gz = zlib.gzipSync(Buffer.from(text, "utf8"), { level: 9 });
fs.writeFileSync(out, gz);
const given = lines.filter((l) => l.endsWith("\tgiven")).length;
console.log(`wrote ${out}: ${gz.length} bytes; ${given} given names, ${lines.length - given} family names; ${dropped} common-word names dropped`);
