package io.kona4j.executor;

import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hex;

/**
 * The header extraData from Holocene (PROTOCOL.md §2.4): {@code 0x00 ‖ denominator u32 ‖ elasticity u32} (9 bytes);
 * from Jovian {@code 0x01 ‖ denominator u32 ‖ elasticity u32 ‖ minBaseFee u64} (17 bytes); all big-endian.
 *
 * @param minBaseFee 0 for the Holocene form
 */
public record ExtraData(Eip1559Params params, long minBaseFee) {
    public static final int HOLOCENE_LENGTH = 9;
    public static final int JOVIAN_LENGTH = 17;

    /** Reads the parent's Holocene extraData. */
    public static ExtraData decodeHolocene(byte[] extra) {
        if (extra.length != HOLOCENE_LENGTH || extra[0] != 0) {
            throw new InvalidBlockException("parent extraData " + Hex.encode(extra)
                    + " is not Holocene's 9-byte form 0x00 ‖ denominator ‖ elasticity");
        }
        return new ExtraData(params(extra), 0);
    }

    /** Reads the parent's Jovian extraData. */
    public static ExtraData decodeJovian(byte[] extra) {
        if (extra.length != JOVIAN_LENGTH || extra[0] != 1) {
            throw new InvalidBlockException("parent extraData " + Hex.encode(extra)
                    + " is not Jovian's 17-byte form 0x01 ‖ denominator ‖ elasticity ‖ minBaseFee");
        }
        return new ExtraData(params(extra), Bytes.readLongBE(extra, 9));
    }

    private static Eip1559Params params(byte[] extra) {
        long d = Integer.toUnsignedLong(Bytes.readIntBE(extra, 1));
        long e = Integer.toUnsignedLong(Bytes.readIntBE(extra, 5));
        if (d == 0 || e == 0) {
            throw new InvalidBlockException("parent extraData " + Hex.encode(extra) + " has a zero EIP-1559 parameter");
        }
        return new Eip1559Params(d, e);
    }

    /** The 9-byte Holocene form. */
    public byte[] encodeHolocene() {
        byte[] out = new byte[HOLOCENE_LENGTH];
        writeParams(out);
        return out;
    }

    /** The 17-byte Jovian form. */
    public byte[] encodeJovian() {
        byte[] out = new byte[JOVIAN_LENGTH];
        out[0] = 1;
        writeParams(out);
        Bytes.writeLongBE(minBaseFee, out, 9);
        return out;
    }

    private void writeParams(byte[] out) {
        Bytes.writeIntBE((int) params.denominator(), out, 1);
        Bytes.writeIntBE((int) params.elasticity(), out, 5);
    }

    /**
     * The parameters the payload attributes ask for ({@code eip1559Params}: denominator u32 ‖ elasticity u32);
     * all zero means the chain's post-Canyon constants {@code canyon}. One zero without the other is invalid.
     */
    public static Eip1559Params fromAttributes(byte[] eip1559Params, Eip1559Params canyon) {
        if (eip1559Params == null || eip1559Params.length != 8) {
            throw new InvalidBlockException("payload attributes need 8 bytes of eip1559Params from Holocene, got "
                    + (eip1559Params == null ? "none" : eip1559Params.length + " bytes"));
        }
        long d = Integer.toUnsignedLong(Bytes.readIntBE(eip1559Params, 0));
        long e = Integer.toUnsignedLong(Bytes.readIntBE(eip1559Params, 4));
        if (d == 0 && e == 0) return canyon;
        if (d == 0 || e == 0) {
            throw new InvalidBlockException("payload attributes' eip1559Params " + Hex.encode(eip1559Params)
                    + " set only one of denominator and elasticity");
        }
        return new Eip1559Params(d, e);
    }
}
