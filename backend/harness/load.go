// Package harness loads a data source the way Grafana's AWS plugins do and records what the
// grafana-aws-sdk backend resolves from it: provider, region, endpoint, credentials, the
// sts:AssumeRole request and the proxy. It is test tooling for the TypeScript editor only.
package harness

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/grafana/grafana-aws-sdk/pkg/awsauth"
	"github.com/grafana/grafana-aws-sdk/pkg/awsds"
	"github.com/grafana/grafana-plugin-sdk-go/backend"
)

// Case is what Grafana would hand a plugin for one saved data source, plus the server's [aws] policy.
type Case struct {
	ID string `json:"id"`
	// JSONData is the saved jsonData object. Grafana keeps it as a map and marshals it with Go's
	// encoding/json before it reaches the plugin, so keys arrive sorted: Load sees them that way here too.
	JSONData map[string]any `json:"jsonData"`
	// SecureJSONData holds the decrypted secrets Grafana stores after the save.
	SecureJSONData map[string]string `json:"secureJsonData"`
	Database       string            `json:"database"`
	Server         Server            `json:"server"`
}

// Server is grafana.ini's [aws] section as Grafana passes it to plugins (pkg/awsds/authSettings.go keys).
type Server struct {
	AllowedAuthProviders []string `json:"allowedAuthProviders"`
	AssumeRoleEnabled    bool     `json:"assumeRoleEnabled"`
	ExternalID           string   `json:"externalId"`
	HTTPProxyEnabled     bool     `json:"httpProxyEnabled"`
}

// Context carries the server policy the way Grafana does: in the Grafana config of the request context.
func (s Server) Context(ctx context.Context) context.Context {
	cfg := map[string]string{
		awsds.AllowedAuthProvidersEnvVarKeyName:          strings.Join(s.AllowedAuthProviders, ","),
		awsds.AssumeRoleEnabledEnvVarKeyName:             boolString(s.AssumeRoleEnabled),
		awsds.PerDatasourceHTTPProxyEnabledEnvVarKeyName: boolString(s.HTTPProxyEnabled),
	}
	if s.ExternalID != "" {
		cfg[awsds.GrafanaAssumeRoleExternalIdKeyName] = s.ExternalID
	}
	return backend.WithGrafanaConfig(ctx, backend.NewGrafanaCfg(cfg))
}

func boolString(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// InstanceSettings is the backend.DataSourceInstanceSettings Grafana builds for the case.
func (c Case) InstanceSettings() (backend.DataSourceInstanceSettings, error) {
	raw, err := json.Marshal(c.JSONData)
	if err != nil {
		return backend.DataSourceInstanceSettings{}, err
	}
	return backend.DataSourceInstanceSettings{
		UID:                     "case-" + c.ID,
		JSONData:                raw,
		DecryptedSecureJSONData: c.SecureJSONData,
		Database:                c.Database,
	}, nil
}

// Load reads the case with awsds.AWSDatasourceSettings.Load and converts it to awsauth.Settings as
// the plugins do (see convert.go), with the given HTTP client.
func Load(c Case, client *http.Client) (awsauth.Settings, error) {
	instance, err := c.InstanceSettings()
	if err != nil {
		return awsauth.Settings{}, err
	}
	var s awsds.AWSDatasourceSettings
	if err := s.Load(instance); err != nil {
		return awsauth.Settings{}, err
	}
	return toAuthSettings(s, client), nil
}
