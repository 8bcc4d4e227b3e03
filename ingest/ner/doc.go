// Package ner provides Dossier's named-entity recogniser: a greedy,
// left-to-right averaged-perceptron tagger over BILOU-encoded CoNLL types
// (PER, ORG, LOC, MISC) in the manner of Ratinov & Roth (2009).
//
// Its features come from the words only (no part-of-speech input): word
// identity in a ±2 window, shape, affixes, word clusters learnt from
// unlabelled news text (three nested granularities), gazetteer matches
// (countries, demonyms, cities, regions, international organisations and
// their acronyms, titles), the previous two predictions, and document-level
// features: how the same word was labelled earlier in the document (the
// prediction history), whether it also appears in lower case or capitalised
// mid-sentence, and its mixed-case form for all-caps headlines. An optional
// second pass reads the first pass's labels of every occurrence of a word in
// the document. Features are hashed to 64-bit keys; weights are int16 in an
// open-addressing table, so tagging allocates little and needs no strings
// per feature.
//
// The cluster table and the gazetteers are built at training time from the
// shared corpora and ship inside the model, so the recogniser reads nothing
// but its embedded model at run time. The embedded model was trained on
// CoNLL-2003 (Reuters, research use only): see MODELS.md.
//
// The package also reads and writes the CoNLL-2003 format (ReadCoNLL,
// WriteCoNLL), reads GUM's entity layer as extra training data (ReadGUM),
// scores predictions at entity level (Scores), trains a model (Train) and
// adapts the recogniser to the ingest pipeline (Stage). It does not resolve
// aliases or link mentions to entities; later stages do.
package ner
