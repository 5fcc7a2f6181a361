// Command resolve reads data source cases (JSON array) and prints what grafana-aws-sdk resolves for
// each (JSON array of harness.Resolution).
//
//	resolve -mode record   < cases.json   every request is answered on loopback by a recorder
//	resolve -mode emulator < cases.json   requests go where AWS_ENDPOINT_URL points (an AWS emulator),
//	                                      and the caller identity is asked from STS
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"

	"grafana-aws-auth/backend/harness"
)

func main() {
	mode := flag.String("mode", "record", "record | emulator")
	flag.Parse()
	var cases []harness.Case
	if err := json.NewDecoder(os.Stdin).Decode(&cases); err != nil {
		fmt.Fprintln(os.Stderr, "resolve: reading cases:", err)
		os.Exit(2)
	}
	ctx := context.Background()
	results := make([]harness.Resolution, 0, len(cases))
	switch *mode {
	case "record":
		rec := harness.NewRecorder()
		defer rec.Close()
		for _, c := range cases {
			r := harness.Resolve(ctx, c, rec.Transport())
			r.AssumeRole = rec.Take()
			results = append(results, r)
		}
	case "emulator":
		for _, c := range cases {
			r := harness.Resolve(ctx, c, &http.Transport{})
			harness.CallerIdentity(ctx, c, &r)
			results = append(results, r)
		}
	default:
		fmt.Fprintln(os.Stderr, "resolve: unknown mode", *mode)
		os.Exit(2)
	}
	out := json.NewEncoder(os.Stdout)
	out.SetIndent("", " ")
	if err := out.Encode(results); err != nil {
		os.Exit(1)
	}
}
