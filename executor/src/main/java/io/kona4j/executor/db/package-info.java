/**
 * The state a block executes over: {@link io.kona4j.executor.db.TrieDB} opens accounts, storage and code lazily
 * through a {@link io.kona4j.executor.db.TrieDBProvider} (hinting first), buffers writes and computes the post-state
 * root through the {@code mpt} module.
 */
package io.kona4j.executor.db;
