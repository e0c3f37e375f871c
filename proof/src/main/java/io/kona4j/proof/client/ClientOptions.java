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
 * @param acceleratePrecompiles whether the host runs Kona's accelerated precompiles through the oracle (default, so
 *     the client reads exactly the keys Kona's does); false computes them in the client, for preimage sets made
 *     without precompile results
 */
public record ClientOptions(int cacheCapacity, Supplier<BlobKzg> kzg, Driver.Listener listener,
                            boolean acceleratePrecompiles) {
    public static final ClientOptions DEFAULT =
            new ClientOptions(CachingOracle.DEFAULT_CAPACITY, EthKzgBlobKzg::instance, Driver.Listener.NONE, true);

    public ClientOptions {
        if (cacheCapacity < 1) throw new IllegalArgumentException("cache capacity must be positive");
        Objects.requireNonNull(kzg, "kzg");
        Objects.requireNonNull(listener, "listener");
    }

    public ClientOptions withListener(Driver.Listener l) {
        return new ClientOptions(cacheCapacity, kzg, l, acceleratePrecompiles);
    }

    public ClientOptions withKzg(Supplier<BlobKzg> k) {
        return new ClientOptions(cacheCapacity, k, listener, acceleratePrecompiles);
    }

    public ClientOptions withAcceleratedPrecompiles(boolean on) {
        return new ClientOptions(cacheCapacity, kzg, listener, on);
    }
}
