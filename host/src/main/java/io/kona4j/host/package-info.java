/**
 * The host that feeds the fault-proof program: key-value stores in kona-host's data-dir format, the offline backend
 * and the JSON-RPC / beacon-API fetch layer, each fetched preimage checked against its key before it is stored.
 */
package io.kona4j.host;
