// Command resolve reads data source cases (JSON array) and prints what grafana-aws-sdk resolves for
// each (JSON array of harness.Resolution).
//
//	resolve -mode record   < cases.json   every request is answered on loopback by a recorder
//	resolve -mode emulator < cases.json   requests go where AWS_ENDPOINT_URL points (an AWS emulator)
//
// In both, the config's credentials are retrieved and sts:GetCallerIdentity is called with it.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
	"sync"

	"grafana-aws-auth/backend/harness"
)

func main() {
	mode := flag.String("mode", "record", "record | emulator")
	workers := flag.Int("workers", 64, "cases resolved at once")
	flag.Parse()
	var cases []harness.Case
	if err := json.NewDecoder(os.Stdin).Decode(&cases); err != nil {
		fmt.Fprintln(os.Stderr, "resolve: reading cases:", err)
		os.Exit(2)
	}
	if *mode != "record" && *mode != "emulator" {
		fmt.Fprintln(os.Stderr, "resolve: unknown mode", *mode)
		os.Exit(2)
	}
	ctx := context.Background()
	results := make([]harness.Resolution, len(cases))
	// Cases are independent; the SDK's retries wait between attempts, so several run at once. Each
	// worker has a recorder of its own, so a recorded request belongs to that worker's case.
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < *workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var rec *harness.Recorder
			if *mode == "record" {
				rec = harness.NewRecorder()
				defer rec.Close()
			}
			for i := range next {
				if rec == nil {
					results[i] = harness.Resolve(ctx, cases[i], &http.Transport{})
					continue
				}
				results[i] = harness.Resolve(ctx, cases[i], rec.Transport())
				results[i].AssumeRole = rec.Take()
			}
		}()
	}
	for i := range cases {
		next <- i
	}
	close(next)
	wg.Wait()
	out := json.NewEncoder(os.Stdout)
	out.SetIndent("", " ")
	if err := out.Encode(results); err != nil {
		os.Exit(1)
	}
}
