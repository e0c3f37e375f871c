/**
 * The host: hint handlers, fetchers for L1/L2 JSON-RPC and the beacon API, key-value stores.
 */
package io.kona4j.host;
