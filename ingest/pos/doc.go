// Package pos tags English words with their universal (UPOS) and Penn
// Treebank (XPOS) parts of speech, and reads and writes CoNLL-U, the format
// of the Universal Dependencies treebanks it is trained on.
//
// The tagger is an averaged perceptron over hashed word, affix, shape,
// lexicon and context features, decoded greedily from left to right in two
// stages: the second stage sees the first stage's tags of the words to the
// right, and rescores only the words the first stage was unsure of. Default
// returns the model embedded in the package, trained on UD English EWT and
// the openly licensed genres of GUM; Train and Save reproduce it (see the "dossier train pos" command).
// Stage runs the tagger as a step of the ingest pipeline.
//
// The package does not segment text: it tags the words it is given, and
// keeps the tokenisation of CoNLL-U input as read.
package pos
