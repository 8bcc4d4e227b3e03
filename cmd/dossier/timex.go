package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// tagTimexCmd is a placeholder until the timex stage lands; it says so instead of pretending.
func (a *app) tagTimexCmd() *cobra.Command {
	return &cobra.Command{Use: "timex", Short: "(tag timex: not built yet)", RunE: func(*cobra.Command, []string) error { return errors.New("tag timex is not built yet") }}
}

// evalTimexCmd is a placeholder until the timex stage lands; it says so instead of pretending.
func (a *app) evalTimexCmd() *cobra.Command {
	return &cobra.Command{Use: "timex", Short: "(eval timex: not built yet)", RunE: func(*cobra.Command, []string) error { return errors.New("eval timex is not built yet") }}
}
