package io.kona4j.proof.precompile;

import io.kona4j.preimage.CommsClient;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.proof.TestOracle;

/** A {@link TestOracle} whose hints are also acted on, like an online host's. */
abstract class TestOracleHints implements CommsClient {
    final TestOracle oracle;

    TestOracleHints(TestOracle oracle) {
        this.oracle = oracle;
    }

    abstract void route(String hint);

    @Override
    public byte[] get(PreimageKey key) {
        return oracle.get(key);
    }

    @Override
    public void getExact(PreimageKey key, byte[] buffer) {
        oracle.getExact(key, buffer);
    }

    @Override
    public void write(String hint) {
        oracle.write(hint);
        route(hint);
    }
}
