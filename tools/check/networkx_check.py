#!/usr/bin/env python3
"""Read a Dossier GEXF or GraphML export back with networkx and compare it
with what the exporter meant to write.

usage: networkx_check.py gexf|graphml FILE EXPECT.json

EXPECT.json (written by query/export/consumers_test.go) holds every node
{id: {label, type, start, end}} and edge {id: {source, target, label, kind,
start, end}}; start and end are the GEXF days ("" when open) and are only
checked for GEXF, the dynamic format. Exits 1 with a message per problem.
"""
import json
import sys

import networkx as nx


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("gexf", "graphml"):
        sys.exit(__doc__)
    kind, path, expect_path = sys.argv[1:]
    major = int(nx.__version__.split(".")[0])
    if major < 3:
        sys.exit(f"networkx {nx.__version__} is too old: GEXF 1.3 needs networkx >= 3")
    with open(expect_path, encoding="utf-8") as f:
        want = json.load(f)
    g = nx.read_gexf(path) if kind == "gexf" else nx.read_graphml(path)
    problems = []
    if g.number_of_nodes() != len(want["nodes"]):
        problems.append(f"{g.number_of_nodes()} nodes read, {len(want['nodes'])} written")
    if g.number_of_edges() != len(want["edges"]):
        problems.append(f"{g.number_of_edges()} edges read, {len(want['edges'])} written")
    for nid, w in want["nodes"].items():
        if nid not in g.nodes:
            problems.append(f"node {nid} missing")
            continue
        d = g.nodes[nid]
        for key in ("label", "type"):
            if d.get(key) != w[key]:
                problems.append(f"node {nid}: {key} {d.get(key)!r}, want {w[key]!r}")
        for key in ("mention_count", "document_count"):
            if not isinstance(d.get(key), int):
                problems.append(f"node {nid}: {key} {d.get(key)!r} is not read as an integer")
        if kind == "gexf":
            for key in ("start", "end"):
                if d.get(key, "") != w[key]:
                    problems.append(f"node {nid}: {key} {d.get(key)!r}, want {w[key]!r}")
    seen = {}
    for u, v, k, d in g.edges(keys=True, data=True):
        eid = d.get("id", k)
        seen[eid] = (u, v, d)
    for eid, w in want["edges"].items():
        if eid not in seen:
            problems.append(f"edge {eid} missing")
            continue
        u, v, d = seen[eid]
        if (u, v) != (w["source"], w["target"]):
            problems.append(f"edge {eid}: {u}->{v}, want {w['source']}->{w['target']}")
        for key in ("label", "kind"):
            if d.get(key) != w[key]:
                problems.append(f"edge {eid}: {key} {d.get(key)!r}, want {w[key]!r}")
        if not isinstance(d.get("confidence"), float):
            problems.append(f"edge {eid}: confidence {d.get('confidence')!r} is not read as a number")
        if not d.get("document") or not isinstance(d.get("sentence_index"), int):
            problems.append(f"edge {eid}: provenance (document, sentence_index) missing")
        if kind == "gexf":
            for key in ("start", "end"):
                if d.get(key, "") != w[key]:
                    problems.append(f"edge {eid}: {key} {d.get(key)!r}, want {w[key]!r}")
    if problems:
        print(f"networkx {nx.__version__} read_{kind} {path}:", *problems, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    print(f"networkx {nx.__version__} read_{kind}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, all attributes as written")


if __name__ == "__main__":
    main()
