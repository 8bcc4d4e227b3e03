// Package parse gives each sentence a labelled dependency tree in the style of
// Universal Dependencies: for every word its head and its relation to it
// (nsubj, obj, obl, nmod, conj, acl:relcl...). It also offers a small view,
// Sentence, that answers the questions event extraction asks of a parsed
// sentence: who is the subject of this verb, what is its object, is it
// passive, negated, under a modal, what phrase does this word head.
//
// The parser is a transition-based parser (arc-eager, with the artificial
// root at the bottom of the stack) whose transitions are scored by an
// averaged perceptron over hashed Zhang & Nivre (2011) features, including
// valency, label-set and third-order features. The embedded model keeps a
// beam of configurations and was trained as a global structured perceptron
// with max-violation updates (Huang et al. 2012); a model trained with a
// beam of 1 parses greedily and is trained with the dynamic oracle of
// Goldberg & Nivre (2012). The relation of each arc is chosen, when the arc
// is built, by a second averaged perceptron over head and dependent
// features. Output is always a single-rooted projective tree.
//
// Default returns the model embedded in the package, trained on UD English
// EWT and the openly licensed genres of GUM, on POS tags predicted by
// jackknifed taggers; Train and (*Parser).Save reproduce it ("dossier train
// parse"). Stage runs the parser as a step of the ingest pipeline, after the
// part-of-speech tagger; Sentence (from SentenceOf) is the view extractors
// read the trees through. The package does not tag or segment text: the
// tags come from package pos, the tokens from package text.
package parse
