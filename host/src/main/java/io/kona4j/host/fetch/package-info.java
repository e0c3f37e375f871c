/**
 * Typed fetches from the host's data sources: L1 and L2 execution nodes (headers, block transactions, receipts,
 * proofs, database reads, execution witnesses) and the beacon API (spec, genesis, blobs). Every answer that can be
 * checked is checked before it is returned (hash against the requested key, trie root against the header, versioned
 * hash and KZG proof for blobs): a lying endpoint gets an {@link io.kona4j.host.fetch.InvalidFetchedDataException}.
 */
package io.kona4j.host.fetch;
