// Package pos tags English words with their universal (UPOS) and Penn
// Treebank (XPOS) parts of speech, and reads and writes CoNLL-U, the format
// of the Universal Dependencies treebanks it is trained on.
//
// The tagger is an averaged perceptron over hashed word, affix, shape and
// context features with greedy left-to-right decoding. Default returns the
// model embedded in the package, trained on UD English EWT; Train and Save
// reproduce it. Stage runs the tagger as a step of the ingest pipeline. The
// package does not segment text: it tags the words it is given.
package pos
