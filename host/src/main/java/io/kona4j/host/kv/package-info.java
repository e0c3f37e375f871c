/**
 * Preimage stores keyed by full 32-byte typed {@link io.kona4j.preimage.PreimageKey}s, as kona-host's {@code kv}:
 * in memory, on disk (RocksDB with Snappy, the {@code --data-dir} format), the boot inputs, and the split of the two.
 */
package io.kona4j.host.kv;
