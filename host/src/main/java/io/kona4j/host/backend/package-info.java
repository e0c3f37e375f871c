/**
 * Host backends: what answers the preimage server's requests and hints. {@link io.kona4j.host.backend.OfflineHostBackend}
 * serves a store and ignores hints.
 */
package io.kona4j.host.backend;
