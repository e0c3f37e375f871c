package io.kona4j.protocol;

import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.UInt256;

/**
 * The post-Ecotone reading of the system config's 32-byte {@code scalar} (PROTOCOL.md §1.10 "Scalar mapping"):
 * version byte 0 carries the base fee scalar in bytes [28:32]; version 1 the blob base fee scalar in [24:28] and the
 * base fee scalar in [28:32]. As op-node's {@code EcotoneScalars}, a version-0 word with non-zero padding reads as
 * base fee scalar {@code 0xFFFFFFFF} (kona reads [28:32] regardless); a version-1 word with non-zero padding or any
 * other version is an error.
 */
public record EcotoneScalars(long baseFeeScalar, long blobBaseFeeScalar) {
    public static final int VERSION_0 = 0;
    public static final int VERSION_1 = 1;

    /** Decodes {@code scalar}; throws {@link ProtocolException} for a word no Ecotone reader accepts. */
    public static EcotoneScalars decode(UInt256 scalar) {
        byte[] s = scalar.toBytes32();
        long base = u32(s, 28);
        return switch (s[0]) {
            case VERSION_0 -> zero(s, 1, 28) ? new EcotoneScalars(base, 0) : new EcotoneScalars(0xFFFFFFFFL, 0);
            case VERSION_1 -> {
                if (!zero(s, 1, 24)) throw new ProtocolException("invalid version 1 scalar padding: " + scalar);
                yield new EcotoneScalars(base, u32(s, 24));
            }
            default -> throw new ProtocolException("unrecognized scalar version " + (s[0] & 0xFF) + ": " + scalar);
        };
    }

    /**
     * Whether a {@code ConfigUpdate} carrying {@code scalar} after Ecotone is applied: version 0 with zero padding
     * [1:28] or version 1 with zero padding [1:24] (op-node {@code CheckEcotoneL1SystemConfigScalar}).
     */
    public static boolean isValidUpdate(byte[] scalarWord) {
        return switch (scalarWord[0]) {
            case VERSION_0 -> zero(scalarWord, 1, 28);
            case VERSION_1 -> zero(scalarWord, 1, 24);
            default -> false;
        };
    }

    /** The version-1 word for these scalars (how op-node rebuilds {@code scalar} from an Ecotone L1-info tx). */
    public UInt256 toVersion1Word() {
        byte[] s = new byte[32];
        s[0] = VERSION_1;
        Bytes.writeIntBE((int) blobBaseFeeScalar, s, 24);
        Bytes.writeIntBE((int) baseFeeScalar, s, 28);
        return UInt256.fromBytes(s);
    }

    private static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] != 0) return false;
        return true;
    }

    private static long u32(byte[] b, int off) {
        return Bytes.readIntBE(b, off) & 0xFFFFFFFFL;
    }
}
