package main

import "github.com/spf13/cobra"

// extraCmds returns the store and document commands.
func (a *app) extraCmds() []*cobra.Command {
	return nil
}
