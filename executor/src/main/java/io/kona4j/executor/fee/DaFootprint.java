package io.kona4j.executor.fee;

/**
 * Jovian's DA footprint of a non-deposit transaction (PROTOCOL.md §2.3; Jovian exec-engine.md): its Fjord size
 * estimate in bytes, at least 100, times {@code daFootprintGasScalar} from L1Block slot 8. The block's sum is its
 * header {@code blobGasUsed} and must not exceed the block gas limit.
 */
public final class DaFootprint {
    private DaFootprint() {}

    /** {@code max(100, (−42,585,600 + 836,500·flzLen) / 1e6) · scalar} for a transaction encoding. */
    public static long of(byte[] tx, long daFootprintGasScalar) {
        return ofCompressedLength(FastLz.compressedLength(tx), daFootprintGasScalar);
    }

    /** The footprint for a FastLZ length already computed. */
    public static long ofCompressedLength(int flzLen, long daFootprintGasScalar) {
        return L1Cost.estimatedSizeScaled(flzLen) / 1_000_000 * daFootprintGasScalar;
    }
}
