/**
 * Host backends: what answers the preimage server's requests and hints. {@link io.kona4j.host.backend.OfflineHostBackend}
 * serves a store and ignores hints; {@link io.kona4j.host.backend.OnlineHostBackend} fetches the last hint again, within
 * a bounded {@link io.kona4j.host.backend.RefetchPolicy}, for a key it does not have yet.
 */
package io.kona4j.host.backend;
