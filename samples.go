package dossier

import "embed"

// Samples holds the team-written sample articles under testdata/articles,
// bundled into the binary for "dossier demo" (their facts are real, their
// sentences our own).
//
//go:embed testdata/articles/*.txt
var Samples embed.FS
