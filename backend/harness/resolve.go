package harness

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/grafana/grafana-aws-sdk/pkg/awsauth"
)

// Resolution is what the backend made of a case. Secrets are never part of it: a proxy password or
// secret key shows only as present or not.
type Resolution struct {
	ID          string `json:"id"`
	LoadError   string `json:"loadError,omitempty"`
	ConfigError string `json:"configError,omitempty"`
	// Provider is awsauth.Settings.GetAuthType(): the legacy awsds value mapped.
	Provider string `json:"provider,omitempty"`
	Region   string `json:"region,omitempty"`
	// BaseEndpoint is the endpoint every client of the config calls, when the data source sets one.
	BaseEndpoint string `json:"baseEndpoint,omitempty"`
	FIPS         bool   `json:"fips,omitempty"`
	// STSEndpoint is where the SDK sends STS calls with this config (its endpoint rules, FIPS included).
	STSEndpoint string `json:"stsEndpoint,omitempty"`
	// SharedProfile is the credentials-file profile the SDK was asked for, when any.
	SharedProfile *string      `json:"sharedProfile,omitempty"`
	Credentials   *Credentials `json:"credentials,omitempty"`
	AssumeRole    *AssumeRole  `json:"assumeRole,omitempty"`
	Proxy         *Proxy       `json:"proxy,omitempty"`
	Identity      string       `json:"identity,omitempty"`
	CallError     string       `json:"callError,omitempty"`
}

// Credentials are the ones the config signs requests with (only the key ID is recorded).
type Credentials struct {
	AccessKeyID     string `json:"accessKeyId,omitempty"`
	HasSessionToken bool   `json:"hasSessionToken,omitempty"`
	Error           string `json:"error,omitempty"`
}

// Proxy is the per-data-source proxy the backend set on the HTTP client: "env" when it left the
// client's own (the environment's), "none" or "url".
type Proxy struct {
	Type        string `json:"type"`
	URL         string `json:"url,omitempty"`
	Username    string `json:"username,omitempty"`
	HasPassword bool   `json:"hasPassword,omitempty"`
}

// Resolve loads the case and asks the backend for its config, with transport as the HTTP client's
// transport (a recorder in contract runs, a plain one against the emulator).
func Resolve(ctx context.Context, c Case, transport *http.Transport) Resolution {
	r := Resolution{ID: c.ID}
	client := &http.Client{Transport: transport, Timeout: 20 * time.Second}
	settings, err := Load(c, client)
	if err != nil {
		r.LoadError = err.Error()
		return r
	}
	r.Provider = string(settings.GetAuthType())
	cfg, err := awsauth.NewConfigProvider().GetConfig(c.Server.Context(ctx), settings)
	if err != nil {
		r.ConfigError = err.Error()
		var missing config.SharedConfigProfileNotExistError
		if errors.As(err, &missing) {
			r.SharedProfile = &missing.Profile
		}
		return r
	}
	r.Region = cfg.Region
	if cfg.BaseEndpoint != nil {
		r.BaseEndpoint = *cfg.BaseEndpoint
	}
	for _, source := range cfg.ConfigSources {
		if options, ok := source.(config.LoadOptions); ok {
			r.FIPS = options.UseFIPSEndpoint == aws.FIPSEndpointStateEnabled
			if options.SharedConfigProfile != "" {
				profile := options.SharedConfigProfile
				r.SharedProfile = &profile
			}
		}
	}
	if endpoint, err := sts.NewDefaultEndpointResolverV2().ResolveEndpoint(ctx, sts.EndpointParameters{
		Region: aws.String(cfg.Region), UseFIPS: aws.Bool(r.FIPS), Endpoint: cfg.BaseEndpoint,
	}); err == nil {
		r.STSEndpoint = endpoint.URI.String()
	}
	r.Proxy = proxyOf(transport)
	// The recorder and the emulator are reached directly; the proxy was only recorded.
	transport.Proxy = nil
	retrieveCtx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	creds, err := cfg.Credentials.Retrieve(retrieveCtx)
	if err != nil {
		r.Credentials = &Credentials{Error: err.Error()}
		return r
	}
	r.Credentials = &Credentials{AccessKeyID: creds.AccessKeyID, HasSessionToken: creds.SessionToken != ""}
	// A service call with the config, as a query would make: sts:GetCallerIdentity, which the
	// recorder and the emulator both answer with the caller's ARN.
	out, err := sts.NewFromConfig(cfg).GetCallerIdentity(retrieveCtx, &sts.GetCallerIdentityInput{})
	if err != nil {
		r.CallError = err.Error()
	} else {
		r.Identity = aws.ToString(out.Arn)
	}
	return r
}

func proxyOf(transport *http.Transport) *Proxy {
	if transport.Proxy == nil {
		return &Proxy{Type: "env"}
	}
	probe, _ := http.NewRequest(http.MethodGet, "https://sts.amazonaws.com/", nil)
	u, err := transport.Proxy(probe)
	if err != nil || u == nil {
		return &Proxy{Type: "none"}
	}
	p := &Proxy{Type: "url"}
	if u.User != nil {
		p.Username = u.User.Username()
		_, p.HasPassword = u.User.Password()
	}
	redacted := *u
	redacted.User = nil
	p.URL = (&url.URL{Scheme: redacted.Scheme, Host: redacted.Host, Path: redacted.Path, RawQuery: redacted.RawQuery}).String()
	return p
}
