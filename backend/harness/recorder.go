package harness

import (
	"context"
	"crypto/tls"
	"fmt"
	"html"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"sync"
)

// AssumeRole is the sts:AssumeRole request the backend sent: where, signed for which region, by
// which access key, for which role and external ID.
type AssumeRole struct {
	RoleArn       string `json:"roleArn"`
	ExternalID    string `json:"externalId,omitempty"`
	Host          string `json:"host"`
	SigningRegion string `json:"signingRegion"`
	CallerKeyID   string `json:"callerKeyId"`
}

// AssumedKeyID is the access key ID the recorder hands out for an assumed role.
const AssumedKeyID = "ASIAASSUMEDROLE"

// Recorder answers every HTTP(S) request the backend makes, on loopback, whatever host it names:
// sts:AssumeRole gets temporary credentials and is recorded, sts:GetCallerIdentity names the caller;
// anything else is refused.
type Recorder struct {
	plain, secure *httptest.Server
	mu            sync.Mutex
	last          *AssumeRole
}

// The scope after the key ID is date/region/service/aws4_request; the key ID itself may hold '/'.
var credentialScope = regexp.MustCompile(`Credential=(.*)/[^/]*/([^/]*)/[^/]*/aws4_request`)

func NewRecorder() *Recorder {
	rec := &Recorder{}
	handler := http.HandlerFunc(rec.serve)
	rec.plain = httptest.NewServer(handler)
	rec.secure = httptest.NewTLSServer(handler)
	return rec
}

func (rec *Recorder) Close() {
	rec.plain.Close()
	rec.secure.Close()
}

func (rec *Recorder) serve(w http.ResponseWriter, req *http.Request) {
	_ = req.ParseForm()
	var caller, region string
	if m := credentialScope.FindStringSubmatch(req.Header.Get("Authorization")); m != nil {
		caller, region = m[1], m[2]
	}
	w.Header().Set("Content-Type", "text/xml")
	switch req.Form.Get("Action") {
	case "AssumeRole":
	case "GetCallerIdentity":
		// The caller's key ID stands in for its identity: an IAM user per key, the assumed role for ours.
		arn := "arn:aws:iam::000000000000:user/" + caller
		if caller == AssumedKeyID {
			arn = "arn:aws:sts::000000000000:assumed-role/recorded/session"
		}
		fmt.Fprintf(w, `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>`+
			`<Arn>%s</Arn><UserId>%s</UserId><Account>000000000000</Account></GetCallerIdentityResult>`+
			`<ResponseMetadata><RequestId>2</RequestId></ResponseMetadata></GetCallerIdentityResponse>`, html.EscapeString(arn), html.EscapeString(caller))
		return
	default:
		w.WriteHeader(http.StatusBadRequest)
		fmt.Fprint(w, `<ErrorResponse><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>not recorded</Message></Error></ErrorResponse>`)
		return
	}
	call := &AssumeRole{RoleArn: req.Form.Get("RoleArn"), ExternalID: req.Form.Get("ExternalId"), Host: req.Host, CallerKeyID: caller, SigningRegion: region}
	rec.mu.Lock()
	rec.last = call
	rec.mu.Unlock()
	fmt.Fprintf(w, `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>`+
		`<Credentials><AccessKeyId>%s</AccessKeyId><SecretAccessKey>recorded</SecretAccessKey>`+
		`<SessionToken>recorded</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>`+
		`<AssumedRoleUser><Arn>arn:aws:sts::000000000000:assumed-role/recorded/session</Arn><AssumedRoleId>AROA:session</AssumedRoleId></AssumedRoleUser>`+
		`</AssumeRoleResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></AssumeRoleResponse>`, AssumedKeyID)
}

// Take returns the sts:AssumeRole request recorded since the last call, if any.
func (rec *Recorder) Take() *AssumeRole {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	call := rec.last
	rec.last = nil
	return call
}

// Transport dials the recorder for every host: plain HTTP to one server, HTTPS to the other (its
// certificate is not checked, since it stands in for any host).
func (rec *Recorder) Transport() *http.Transport {
	var dialer net.Dialer
	return &http.Transport{
		DialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
			return dialer.DialContext(ctx, network, rec.plain.Listener.Addr().String())
		},
		DialTLSContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			conn, err := dialer.DialContext(ctx, network, rec.secure.Listener.Addr().String())
			if err != nil {
				return nil, err
			}
			host, _, _ := net.SplitHostPort(addr)
			secure := tls.Client(conn, &tls.Config{InsecureSkipVerify: true, ServerName: host}) // #nosec G402 -- loopback recorder
			if err := secure.HandshakeContext(ctx); err != nil {
				conn.Close()
				return nil, err
			}
			return secure, nil
		},
	}
}
