/**
 * HTTP clients for the host's data sources: JSON-RPC 2.0 (L1 and L2 execution nodes) and the beacon REST API, over
 * {@code java.net.http} with bounded concurrency, a rate limit, per-request timeouts, bounded retries with exponential
 * backoff and a retry budget, and a typed error for every way an endpoint can fail.
 */
package io.kona4j.host.rpc;
