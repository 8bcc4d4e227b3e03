// Load a Dossier cytoscape.js export headless with the npm cytoscape
// package and check that it loads without errors or warnings, with the
// node and edge counts written, unique ids, and every edge's ends present.
//
// usage: node cytoscape_check.js FILE.cyjs NODES EDGES
'use strict';
const fs = require('fs');
const cytoscape = require('cytoscape');

const [file, nodes, edges] = process.argv.slice(2);
if (!file || nodes === undefined || edges === undefined) {
  console.error('usage: node cytoscape_check.js FILE.cyjs NODES EDGES');
  process.exit(2);
}
const complaints = [];
for (const level of ['warn', 'error']) {
  const orig = console[level];
  console[level] = (...args) => { complaints.push(args.join(' ')); orig(...args); };
}
const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
const cy = cytoscape({ headless: true, styleEnabled: false, elements: doc.elements });
const problems = [...complaints];
if (cy.nodes().length !== Number(nodes)) problems.push(`${cy.nodes().length} nodes loaded, ${nodes} written`);
if (cy.edges().length !== Number(edges)) problems.push(`${cy.edges().length} edges loaded, ${edges} written`);
const ids = new Set();
for (const el of [...doc.elements.nodes, ...doc.elements.edges]) {
  if (ids.has(el.data.id)) problems.push(`duplicate id ${el.data.id}`);
  ids.add(el.data.id);
}
cy.edges().forEach((e) => {
  if (e.source().empty() || e.target().empty()) problems.push(`edge ${e.id()} has a missing end`);
  if (typeof e.data('confidence') !== 'number') problems.push(`edge ${e.id()} has no numeric confidence`);
});
cy.nodes().forEach((n) => {
  if (!n.data('label') || !n.data('type')) problems.push(`node ${n.id()} lacks label or type`);
});
if (problems.length) {
  console.error(`cytoscape ${cytoscape.version || ''} ${file}:\n  ` + problems.join('\n  '));
  process.exit(1);
}
console.log(`cytoscape: ${cy.nodes().length} nodes, ${cy.edges().length} edges, ids unique, every edge's ends present`);
