package main

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/ingest"
)

// openStore opens the store the configuration names.
func (a *app) openStore(cmd *cobra.Command) (*graph.Store, error) {
	cfg, err := loadConfig(cmd)
	if err != nil {
		return nil, err
	}
	return openStoreConfig(cmd.Context(), cfg, false)
}

func openStoreConfig(ctx context.Context, cfg *Config, readOnly bool) (*graph.Store, error) {
	opts := graph.DefaultOptions()
	opts.Backend = cfg.Store.Backend
	opts.Path = cfg.Store.Path
	opts.ReadOnly = readOnly
	s, err := graph.Open(ctx, opts)
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	return s, nil
}

// pipeline builds the default analysis pipeline (models load once per
// process).
func (a *app) pipeline() (*ingest.Pipeline, error) {
	p, err := ingest.Default()
	if err != nil {
		return nil, fmt.Errorf("load pipeline: %w", err)
	}
	return p, nil
}

// isTerminal reports whether f is an interactive terminal.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
