package io.kona4j.proof.client;

import io.kona4j.crypto.kzg.BlobKzg;
import io.kona4j.crypto.kzg.EthKzgBlobKzg;
import io.kona4j.driver.Driver;
import io.kona4j.proof.CachingOracle;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Knobs of a client run.
 *
 * @param cacheCapacity entries of the LRU caching oracle (Kona: 1024)
 * @param kzg the KZG back end that checks blobs against their commitments, made on first use
 * @param listener progress callbacks of the driver
 */
public record ClientOptions(int cacheCapacity, Supplier<BlobKzg> kzg, Driver.Listener listener) {
    public static final ClientOptions DEFAULT =
            new ClientOptions(CachingOracle.DEFAULT_CAPACITY, EthKzgBlobKzg::instance, Driver.Listener.NONE);

    public ClientOptions {
        if (cacheCapacity < 1) throw new IllegalArgumentException("cache capacity must be positive");
        Objects.requireNonNull(kzg, "kzg");
        Objects.requireNonNull(listener, "listener");
    }

    public ClientOptions withListener(Driver.Listener l) {
        return new ClientOptions(cacheCapacity, kzg, l);
    }

    public ClientOptions withKzg(Supplier<BlobKzg> k) {
        return new ClientOptions(cacheCapacity, k, listener);
    }
}
