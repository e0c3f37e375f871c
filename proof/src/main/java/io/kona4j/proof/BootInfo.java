package io.kona4j.proof;

import io.kona4j.preimage.PreimageException;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.preimage.PreimageOracleClient;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The program's boot inputs, read through local preimage keys with Kona's numbering ({@code proof/src/boot.rs},
 * PROTOCOL.md §4): 1 L1 head, 2 agreed L2 output root, 3 claimed L2 output root (32 bytes each), 4 claimed L2 block
 * number, 5 L2 chain id (u64 BE each). Kona reads 6 (rollup config JSON) only when the chain id is not in its
 * registry and 7 (L1 chain config JSON) only when the rollup config's L1 chain is not; op-program numbers keys of 6
 * and above differently, so those two are read separately, by the client flow that resolves configs.
 */
public record BootInfo(Hash l1Head, Hash agreedL2OutputRoot, Hash claimedL2OutputRoot, long claimedL2BlockNumber,
                       long l2ChainId) {
    public static final long L1_HEAD_KEY = 1;
    public static final long L2_OUTPUT_ROOT_KEY = 2;
    public static final long L2_CLAIM_KEY = 3;
    public static final long L2_CLAIM_BLOCK_NUMBER_KEY = 4;
    public static final long L2_CHAIN_ID_KEY = 5;
    public static final long L2_ROLLUP_CONFIG_KEY = 6;
    public static final long L1_CONFIG_KEY = 7;

    public BootInfo {
        if (l1Head == null || agreedL2OutputRoot == null || claimedL2OutputRoot == null) {
            throw new ProofException("boot info needs the L1 head and both output roots");
        }
    }

    /** Reads local keys 1–5. */
    public static BootInfo load(PreimageOracleClient oracle) {
        return new BootInfo(
                hash(oracle, L1_HEAD_KEY, "L1 head"),
                hash(oracle, L2_OUTPUT_ROOT_KEY, "agreed L2 output root"),
                hash(oracle, L2_CLAIM_KEY, "claimed L2 output root"),
                u64(oracle, L2_CLAIM_BLOCK_NUMBER_KEY, "claimed L2 block number"),
                u64(oracle, L2_CHAIN_ID_KEY, "L2 chain id"));
    }

    /** Local key 6: the rollup config as JSON, for a chain the registry does not know. */
    public static byte[] loadRollupConfigJson(PreimageOracleClient oracle) {
        return get(oracle, L2_ROLLUP_CONFIG_KEY, "rollup config");
    }

    /** Local key 7: the L1 chain config as JSON, for an L1 the registry does not know. */
    public static byte[] loadL1ConfigJson(PreimageOracleClient oracle) {
        return get(oracle, L1_CONFIG_KEY, "L1 chain config");
    }

    /** The preimages a host serves for keys 1–5, in their wire encodings. */
    public Map<PreimageKey, byte[]> localPreimages() {
        Map<PreimageKey, byte[]> m = new LinkedHashMap<>();
        m.put(PreimageKey.local(L1_HEAD_KEY), l1Head.toArray());
        m.put(PreimageKey.local(L2_OUTPUT_ROOT_KEY), agreedL2OutputRoot.toArray());
        m.put(PreimageKey.local(L2_CLAIM_KEY), claimedL2OutputRoot.toArray());
        m.put(PreimageKey.local(L2_CLAIM_BLOCK_NUMBER_KEY), u64Bytes(claimedL2BlockNumber));
        m.put(PreimageKey.local(L2_CHAIN_ID_KEY), u64Bytes(l2ChainId));
        return m;
    }

    private static byte[] u64Bytes(long v) {
        byte[] b = new byte[8];
        Bytes.writeLongBE(v, b, 0);
        return b;
    }

    private static Hash hash(PreimageOracleClient oracle, long index, String what) {
        byte[] b = new byte[Hash.SIZE];
        try {
            oracle.getExact(PreimageKey.local(index), b);
        } catch (PreimageException e) {
            throw new OracleProviderException("cannot read the " + what + " (local key " + index + "): " + e.getMessage(), e);
        }
        return Hash.wrap(b);
    }

    private static long u64(PreimageOracleClient oracle, long index, String what) {
        byte[] b = get(oracle, index, what);
        if (b.length != 8) {
            throw new OracleProviderException("the " + what + " (local key " + index + ") must be a u64 BE of 8 bytes, got "
                    + b.length);
        }
        return Bytes.readLongBE(b, 0);
    }

    private static byte[] get(PreimageOracleClient oracle, long index, String what) {
        try {
            return oracle.get(PreimageKey.local(index));
        } catch (PreimageException e) {
            throw new OracleProviderException("cannot read the " + what + " (local key " + index + "): " + e.getMessage(), e);
        }
    }
}
