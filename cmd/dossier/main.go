// Command dossier turns news articles into an entity-and-timeline knowledge
// graph: it ingests documents into a Cayley store, answers Gizmo queries,
// prints timelines and exports the graph. The commands are thin: every piece
// of logic lives in the library packages.
package main

import (
	"context"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
