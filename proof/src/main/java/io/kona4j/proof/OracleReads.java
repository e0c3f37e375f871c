package io.kona4j.proof;

import io.kona4j.preimage.KeyNotFoundException;
import io.kona4j.preimage.PreimageException;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.preimage.PreimageOracleClient;
import io.kona4j.primitives.Hash;

/**
 * Reads shared by the oracle-backed providers. Every keccak256 preimage is checked against its key here, whatever
 * oracle sits below (a pipe reader checks too; an in-process store or a cache may not), so data is authenticated
 * before anything decodes it.
 */
public final class OracleReads {
    private OracleReads() {}

    /** The preimage of {@code hash} under a keccak256 key, checked; {@code what} names it in errors. */
    public static byte[] keccak(PreimageOracleClient oracle, Hash hash, String what) {
        PreimageKey key = PreimageKey.keccak256(hash);
        byte[] data;
        try {
            data = oracle.get(key);
        } catch (PreimageException e) {
            throw new OracleProviderException("cannot read " + what + " " + hash + ": " + e.getMessage(), e);
        }
        key.checkPreimage(data);
        return data;
    }

    /**
     * Like {@link #keccak} but a key the oracle does not have gives null, the way trie and state providers report a
     * missing witness (the trie or executor then raises its own missing-node error, naming what it was opening).
     */
    public static byte[] keccakOrNull(PreimageOracleClient oracle, Hash hash, String what) {
        PreimageKey key = PreimageKey.keccak256(hash);
        byte[] data;
        try {
            data = oracle.get(key);
        } catch (KeyNotFoundException e) {
            return null;
        } catch (PreimageException e) {
            throw new OracleProviderException("cannot read " + what + " " + hash + ": " + e.getMessage(), e);
        }
        key.checkPreimage(data);
        return data;
    }

    /** The preimage of {@code key} into {@code buffer} (its length must match), checked against the key. */
    public static void exact(PreimageOracleClient oracle, PreimageKey key, byte[] buffer, String what) {
        try {
            oracle.getExact(key, buffer);
        } catch (PreimageException e) {
            throw new OracleProviderException("cannot read " + what + " (key " + key + "): " + e.getMessage(), e);
        }
        key.checkPreimage(buffer);
    }
}
