//go:build !awssdk_oldest

package harness

import (
	"net/http"

	"github.com/grafana/grafana-aws-sdk/pkg/awsauth"
	"github.com/grafana/grafana-aws-sdk/pkg/awsds"
)

// toAuthSettings follows grafana/athena-datasource pkg/athena/api/api.go (New): region falls back to
// defaultRegion when empty or "default", then every credential field, the per-data-source external ID
// included. The per-data-source proxy follows Grafana's CloudWatch (pkg/tsdb/cloudwatch/cloudwatch.go,
// newAWSConfig): `PerDatasourceProxySettings{ProxyType: awsauth.ProxyType(ds.Settings.ProxyType), ...}`,
// since Athena passes none.
func toAuthSettings(s awsds.AWSDatasourceSettings, client *http.Client) awsauth.Settings {
	settings := baseAuthSettings(s, client)
	settings.GrafanaExternalID = s.GrafanaExternalID
	settings.UsePerDatasourceExternalID = s.UsePerDatasourceExternalID
	return settings
}
