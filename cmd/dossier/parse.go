package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// tagParseCmd is a placeholder until the parse stage lands; it says so instead of pretending.
func (a *app) tagParseCmd() *cobra.Command {
	return &cobra.Command{Use: "parse", Short: "(tag parse: not built yet)", RunE: func(*cobra.Command, []string) error { return errors.New("tag parse is not built yet") }}
}

// trainParseCmd is a placeholder until the parse stage lands; it says so instead of pretending.
func (a *app) trainParseCmd() *cobra.Command {
	return &cobra.Command{Use: "parse", Short: "(train parse: not built yet)", RunE: func(*cobra.Command, []string) error { return errors.New("train parse is not built yet") }}
}

// evalParseCmd is a placeholder until the parse stage lands; it says so instead of pretending.
func (a *app) evalParseCmd() *cobra.Command {
	return &cobra.Command{Use: "parse", Short: "(eval parse: not built yet)", RunE: func(*cobra.Command, []string) error { return errors.New("eval parse is not built yet") }}
}
