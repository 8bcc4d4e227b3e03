package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

// Config is the typed configuration of the command line. It is read by
// viper from a YAML file (--config, else $XDG_CONFIG_HOME/dossier/dossier.yaml
// if present), DOSSIER_* environment variables (DOSSIER_STORE_PATH for
// store.path) and flags, in increasing priority. Unknown keys are errors.
type Config struct {
	Store  StoreConfig  `mapstructure:"store"`
	Ingest IngestConfig `mapstructure:"ingest"`
	Query  QueryConfig  `mapstructure:"query"`
}

// StoreConfig selects the graph store.
type StoreConfig struct {
	// Backend is "bolt" (embedded, on disk, the default) or "memory".
	Backend string `mapstructure:"backend"`
	// Path is the store's directory; "" means $XDG_DATA_HOME/dossier.
	Path string `mapstructure:"path"`
}

// IngestConfig tunes ingestion.
type IngestConfig struct {
	// Workers is the number of documents analysed at once.
	Workers int `mapstructure:"workers"`
	// MaxBytes is the size limit of one input file.
	MaxBytes int64 `mapstructure:"max_bytes"`
}

// QueryConfig bounds queries.
type QueryConfig struct {
	// Timeout stops a query that runs longer.
	Timeout time.Duration `mapstructure:"timeout"`
	// Limit is the maximum number of results a query returns.
	Limit int `mapstructure:"limit"`
}

// defaults are the values used when nothing else sets a key. Every key
// must have one, so that environment variables are seen for it.
var configDefaults = map[string]any{
	"store.backend":    "bolt",
	"store.path":       "",
	"ingest.workers":   2,
	"ingest.max_bytes": int64(16 << 20),
	"query.timeout":    "30s",
	"query.limit":      1000,
}

// flagKeys maps persistent flags to configuration keys.
var flagKeys = map[string]string{
	"store":   "store.path",
	"backend": "store.backend",
	"workers": "ingest.workers",
}

// addConfigFlags declares the flags every command shares.
func addConfigFlags(cmd *cobra.Command) {
	f := cmd.PersistentFlags()
	f.String("config", "", "configuration file (YAML); default $XDG_CONFIG_HOME/dossier/dossier.yaml if it exists")
	f.String("store", "", "store directory (default $XDG_DATA_HOME/dossier, i.e. ~/.local/share/dossier)")
	f.String("backend", "", `store backend: "bolt" (embedded, on disk) or "memory"`)
	f.Int("workers", 0, "documents analysed at once (default 2)")
}

// loadConfig reads the configuration for a command: defaults, file,
// environment, then the flags the user set.
func loadConfig(cmd *cobra.Command) (*Config, error) {
	// "DOSSIER_STORE=/data" would replace the whole store section with a
	// string: say which variables the section's keys take.
	for _, section := range []string{"store", "ingest", "query"} {
		env := "DOSSIER_" + strings.ToUpper(section)
		if _, set := os.LookupEnv(env); set {
			var keys []string
			for k := range configDefaults {
				if strings.HasPrefix(k, section+".") {
					keys = append(keys, "DOSSIER_"+strings.ToUpper(strings.ReplaceAll(k, ".", "_")))
				}
			}
			slices.Sort(keys)
			return nil, fmt.Errorf("environment variable %s names the %q section, not a setting; set one of %s", env, section, strings.Join(keys, ", "))
		}
	}
	v := viper.New()
	for k, val := range configDefaults {
		v.SetDefault(k, val)
	}
	v.SetEnvPrefix("DOSSIER")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()
	path, _ := cmd.Flags().GetString("config")
	if path == "" {
		path = os.Getenv("DOSSIER_CONFIG")
	}
	explicit := path != ""
	if path == "" {
		if dir, err := os.UserConfigDir(); err == nil {
			path = filepath.Join(dir, "dossier", "dossier.yaml")
		}
	}
	if path != "" {
		v.SetConfigFile(path)
		v.SetConfigType("yaml")
		if err := v.ReadInConfig(); err != nil {
			var notFound *os.PathError
			if explicit || !errors.As(err, &notFound) {
				return nil, fmt.Errorf("config %s: %w", path, err)
			}
		}
	}
	for name, key := range flagKeys {
		if fl := cmd.Flags().Lookup(name); fl != nil && fl.Changed {
			v.Set(key, fl.Value.String())
		}
	}
	return decodeConfig(v, path)
}

// decodeConfig decodes strictly: unknown keys and bad values are errors.
func decodeConfig(v *viper.Viper, source string) (*Config, error) {
	var c Config
	if err := v.UnmarshalExact(&c); err != nil {
		return nil, fmt.Errorf("config %s: %w", source, err)
	}
	switch c.Store.Backend {
	case "bolt", "memory":
	default:
		return nil, fmt.Errorf("config %s: store.backend %q: want \"bolt\" or \"memory\"", source, c.Store.Backend)
	}
	if c.Ingest.Workers < 1 {
		return nil, fmt.Errorf("config %s: ingest.workers must be at least 1, not %d", source, c.Ingest.Workers)
	}
	if c.Ingest.MaxBytes < 1 {
		return nil, fmt.Errorf("config %s: ingest.max_bytes must be positive", source)
	}
	if c.Query.Timeout <= 0 || c.Query.Limit < 1 {
		return nil, fmt.Errorf("config %s: query.timeout and query.limit must be positive", source)
	}
	return &c, nil
}

// readConfigFile loads one YAML file on top of the defaults; tests use it
// to check every sample in configs/.
func readConfigFile(path string) (*Config, error) {
	v := viper.New()
	for k, val := range configDefaults {
		v.SetDefault(k, val)
	}
	v.SetConfigFile(path)
	v.SetConfigType("yaml")
	if err := v.ReadInConfig(); err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	return decodeConfig(v, path)
}

func parseDuration(flag, s string) (time.Duration, error) {
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("%s %q: want a positive duration such as 10s", flag, s)
	}
	return d, nil
}
