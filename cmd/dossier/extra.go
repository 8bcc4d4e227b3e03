package main

import "github.com/spf13/cobra"

// extraCmds returns the store and document commands.
func (a *app) extraCmds() []*cobra.Command {
	return []*cobra.Command{a.demoCmd(), a.ingestCmd(), a.extractCmd(), a.entitiesCmd(), a.timelineCmd(), a.queryCmd(), a.exportCmd(), a.importCmd()}
}
