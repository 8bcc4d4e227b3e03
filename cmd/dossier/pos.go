package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// tagPOSCmd is a placeholder until the pos stage lands; it says so instead of pretending.
func (a *app) tagPOSCmd() *cobra.Command {
	return &cobra.Command{Use: "pos", Short: "(tag pos: not built yet)", RunE: func(*cobra.Command, []string) error { return errors.New("tag pos is not built yet") }}
}

// trainPOSCmd is a placeholder until the pos stage lands; it says so instead of pretending.
func (a *app) trainPOSCmd() *cobra.Command {
	return &cobra.Command{Use: "pos", Short: "(train pos: not built yet)", RunE: func(*cobra.Command, []string) error { return errors.New("train pos is not built yet") }}
}

// evalPOSCmd is a placeholder until the pos stage lands; it says so instead of pretending.
func (a *app) evalPOSCmd() *cobra.Command {
	return &cobra.Command{Use: "pos", Short: "(eval pos: not built yet)", RunE: func(*cobra.Command, []string) error { return errors.New("eval pos is not built yet") }}
}
