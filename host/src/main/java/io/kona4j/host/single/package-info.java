/**
 * The single-chain host (kona-host's {@code single}): its hint handler over the L1, beacon and L2 fetchers, the
 * precompiles it runs for the client, the blob evaluation points, and the native and server modes.
 */
package io.kona4j.host.single;
