package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSampleConfigs loads every sample configuration shipped in configs/.
func TestSampleConfigs(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "configs", "*.yaml"))
	require.NoError(t, err)
	require.NotEmpty(t, files, "configs/ has no samples")
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			c, err := readConfigFile(f)
			require.NoError(t, err)
			assert.Contains(t, []string{"bolt", "memory"}, c.Store.Backend)
			assert.Positive(t, c.Ingest.Workers)
			assert.Positive(t, c.Query.Limit)
		})
	}
}

func TestConfigRejectsUnknownKeysAndBadValues(t *testing.T) {
	for name, body := range map[string]string{
		"unknown key":     "store:\n  backend: bolt\n  colour: blue\n",
		"unknown section": "storage:\n  path: /tmp/x\n",
		"bad backend":     "store:\n  backend: postgres-ish\n",
		"bad workers":     "ingest:\n  workers: 0\n",
		"bad duration":    "query:\n  timeout: soon\n",
	} {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "c.yaml")
			require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
			_, err := readConfigFile(p)
			require.Error(t, err)
			assert.Contains(t, err.Error(), p, "the error names the file")
		})
	}
}

func TestConfigPrecedence(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "c.yaml")
	require.NoError(t, os.WriteFile(p, []byte("query:\n  timeout: 7s\n  limit: 5\nstore:\n  path: /from/file\n"), 0o644))
	t.Setenv("DOSSIER_QUERY_LIMIT", "9")
	cmd := (&app{}).rootCmd()
	sub, _, err := cmd.Find([]string{"entities"})
	require.NoError(t, err)
	require.NoError(t, sub.ParseFlags([]string{"--config", p, "--store", "/from/flag"}))
	c, err := loadConfig(sub)
	require.NoError(t, err)
	assert.Equal(t, 7*time.Second, c.Query.Timeout, "file beats default")
	assert.Equal(t, 9, c.Query.Limit, "environment beats file")
	assert.Equal(t, "/from/flag", c.Store.Path, "flag beats file")
}

func TestConfigSectionInEnvironment(t *testing.T) {
	t.Setenv("DOSSIER_STORE", "/tmp/somewhere")
	cmd := (&app{}).rootCmd()
	sub, _, err := cmd.Find([]string{"entities"})
	require.NoError(t, err)
	_, err = loadConfig(sub)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "DOSSIER_STORE_PATH", "the error says which variable to set")
}
