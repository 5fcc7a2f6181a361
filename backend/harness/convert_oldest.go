//go:build awssdk_oldest

package harness

import (
	"net/http"

	"github.com/grafana/grafana-aws-sdk/pkg/awsauth"
	"github.com/grafana/grafana-aws-sdk/pkg/awsds"
)

// toAuthSettings for grafana-aws-sdk releases before the per-data-source external ID (v1.4.x), whose
// settings have no GrafanaExternalID: the same conversion without it.
func toAuthSettings(s awsds.AWSDatasourceSettings, client *http.Client) awsauth.Settings {
	return baseAuthSettings(s, client)
}
