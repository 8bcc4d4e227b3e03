// Check a Dossier JSON-LD export with the npm jsonld package: it must
// expand in safe mode (which fails on any term it would drop), and its
// toRDF triples must be exactly the triples of the N-Quads export of the
// same graph (graph names aside: JSON-LD keeps provenance as properties).
//
// usage: node jsonld_check.js FILE.jsonld FILE.nq
'use strict';
const fs = require('fs');
const jsonld = require('jsonld');
const { NQuads } = require(require.resolve('rdf-canonize', { paths: [require.resolve('jsonld')] }));

const [jsonldFile, nqFile] = process.argv.slice(2);
if (!jsonldFile || !nqFile) {
  console.error('usage: node jsonld_check.js FILE.jsonld FILE.nq');
  process.exit(2);
}
// Serialize a quad as an N-Triples line in the default graph.
function triple(q) {
  return NQuads.serializeQuad({ ...q, graph: { termType: 'DefaultGraph', value: '' } });
}

(async () => {
  const doc = JSON.parse(fs.readFileSync(jsonldFile, 'utf8'));
  const problems = [];
  // No document loader: the context is inline and nothing may be fetched.
  const documentLoader = async (url) => { throw new Error(`refusing to load ${url}`); };
  let expanded;
  try {
    expanded = await jsonld.expand(doc, { safe: true, documentLoader });
  } catch (e) {
    problems.push('expand (safe mode): ' + (e.details ? JSON.stringify(e.details).slice(0, 400) : e.message));
  }
  if (expanded && expanded.length === 0) problems.push('expanded to nothing');
  let got = new Set();
  try {
    const dataset = await jsonld.toRDF(doc, { safe: true, documentLoader });
    got = new Set(dataset.map(triple));
  } catch (e) {
    problems.push('toRDF (safe mode): ' + e.message);
  }
  const want = new Set(NQuads.parse(fs.readFileSync(nqFile, 'utf8')).map(triple));
  const missing = [...want].filter((t) => !got.has(t));
  const extra = [...got].filter((t) => !want.has(t));
  if (missing.length) problems.push(`${missing.length} N-Quads triples missing from toRDF, e.g.\n    ` + missing.slice(0, 5).join('\n    '));
  if (extra.length) problems.push(`${extra.length} toRDF triples not in the N-Quads, e.g.\n    ` + extra.slice(0, 5).join('\n    '));
  if (problems.length) {
    console.error(`jsonld ${jsonldFile}:\n  ` + problems.join('\n  '));
    process.exit(1);
  }
  console.log(`jsonld: expands in safe mode; toRDF gives the same ${got.size} triples as ${nqFile}`);
})().catch((e) => { console.error(e); process.exit(1); });
