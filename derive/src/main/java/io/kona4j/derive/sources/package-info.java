/**
 * Data-availability sources (PROTOCOL.md §1.3): batcher transactions filtered by inbox and recovered sender, calldata
 * before Ecotone, calldata and blobs from Ecotone, and the provider interfaces they read through.
 */
package io.kona4j.derive.sources;
