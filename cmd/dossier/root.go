package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"
)

// app carries what every command needs: the standard streams. Commands are
// built by methods on it, so there are no package-level flags.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// exitError carries a specific exit code out of a command.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// Main runs the dossier command line with the given arguments and streams
// and returns the process exit code. Tests call it directly.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	if err := root.ExecuteContext(ctx); err != nil {
		var ee *exitError
		if errors.As(err, &ee) {
			if ee.err != nil && ee.err.Error() != "" {
				fmt.Fprintln(stderr, "dossier:", ee.err)
			}
			return ee.code
		}
		fmt.Fprintln(stderr, "dossier:", err)
		return 1
	}
	return 0
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "dossier",
		Short: "Turn news articles into an entity-and-timeline knowledge graph",
		Long: `Dossier reads news articles (text, Markdown, HTML, JSON lines), extracts the
organisations, people, places and dated events in them, resolves their aliases,
stores everything in an embedded Cayley graph and answers Gizmo queries,
timelines and exports.

Start with "dossier demo", then "dossier ingest FILES...", "dossier timeline NAME".`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	tag := &cobra.Command{
		Use:   "tag",
		Short: "Run one NLP stage over a file in a benchmark format",
	}
	tag.AddCommand(a.tagPOSCmd(), a.tagNERCmd(), a.tagParseCmd(), a.tagTimexCmd())
	train := &cobra.Command{
		Use:   "train",
		Short: "Train a model from the shared corpora (reproducible, fixed seed)",
	}
	train.AddCommand(a.trainPOSCmd(), a.trainNERCmd(), a.trainParseCmd())
	eval := &cobra.Command{
		Use:   "eval",
		Short: "Score a stage on a corpus and print the figures",
	}
	eval.AddCommand(a.evalPOSCmd(), a.evalNERCmd(), a.evalParseCmd(), a.evalTimexCmd(), a.evalMeantimeCmd(), a.evalPronounsCmd())
	root.AddCommand(tag, train, eval)
	root.AddCommand(a.extraCmds()...)
	addConfigFlags(root)
	return root
}
