// Package ner provides Dossier's named-entity recogniser: a greedy,
// left-to-right averaged-perceptron tagger over BILOU-encoded CoNLL types
// (PER, ORG, LOC, MISC) in the manner of Ratinov & Roth (2009).
//
// Its features come from the words only (no part-of-speech input): word
// identity in a window, shape, affixes, word clusters learnt from unlabelled
// news text, gazetteer matches, the previous predictions, and
// document-level features (how the same word was labelled earlier in the
// document, whether it also appears in lower case, its mixed-case form for
// all-caps headlines). The cluster table and the gazetteers are built at
// training time from the shared corpora and ship inside the model, so the
// recogniser never reads anything but its embedded model at run time.
//
// The package also reads and writes the CoNLL-2003 format (ReadCoNLL,
// WriteCoNLL), scores predictions at entity level (Score), trains a model
// (Train) and adapts the recogniser to the ingest pipeline (Stage). It does
// not resolve aliases or link mentions to entities; later stages do.
package ner
