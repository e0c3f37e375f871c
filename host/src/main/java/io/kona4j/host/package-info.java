/**
 * The host that feeds the fault-proof program: key-value stores in kona-host's data-dir format, the offline and online
 * backends, the JSON-RPC / beacon-API fetch layer (each fetched preimage checked against its key before it is stored),
 * the single-chain host with its native and server modes ({@code single}), witness bundles ({@code witness}) and
 * progress counters.
 */
package io.kona4j.host;
