package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// tagNERCmd is a placeholder until the ner stage lands; it says so instead of pretending.
func (a *app) tagNERCmd() *cobra.Command {
	return &cobra.Command{Use: "ner", Short: "(tag ner: not built yet)", RunE: func(*cobra.Command, []string) error { return errors.New("tag ner is not built yet") }}
}

// trainNERCmd is a placeholder until the ner stage lands; it says so instead of pretending.
func (a *app) trainNERCmd() *cobra.Command {
	return &cobra.Command{Use: "ner", Short: "(train ner: not built yet)", RunE: func(*cobra.Command, []string) error { return errors.New("train ner is not built yet") }}
}

// evalNERCmd is a placeholder until the ner stage lands; it says so instead of pretending.
func (a *app) evalNERCmd() *cobra.Command {
	return &cobra.Command{Use: "ner", Short: "(eval ner: not built yet)", RunE: func(*cobra.Command, []string) error { return errors.New("eval ner is not built yet") }}
}
