package harness

import (
	"net/http"

	"github.com/grafana/grafana-aws-sdk/pkg/awsauth"
	"github.com/grafana/grafana-aws-sdk/pkg/awsds"
)

// baseAuthSettings is the part of the plugins' conversion every supported release shares.
func baseAuthSettings(s awsds.AWSDatasourceSettings, client *http.Client) awsauth.Settings {
	region := s.Region
	if region == "" || region == "default" {
		region = s.DefaultRegion
	}
	return awsauth.Settings{
		LegacyAuthType:     s.AuthType,
		AccessKey:          s.AccessKey,
		SecretKey:          s.SecretKey,
		SessionToken:       s.SessionToken,
		Region:             region,
		CredentialsProfile: s.Profile,
		AssumeRoleARN:      s.AssumeRoleARN,
		Endpoint:           s.Endpoint,
		ExternalID:         s.ExternalID,
		HTTPClient:         client,
		UserAgent:          "grafana-aws-auth-contract",
		PerDatasourceProxySettings: &awsauth.PerDatasourceProxySettings{
			ProxyType:     awsauth.ProxyType(s.ProxyType),
			ProxyUrl:      s.ProxyUrl,
			ProxyUsername: s.ProxyUsername,
			ProxyPassword: s.ProxyPassword,
		},
	}
}
