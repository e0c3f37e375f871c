package io.kona4j.primitives;

/** Lower-case hex with an optional {@code 0x} prefix; decoding is strict (even length, hex digits only). */
public final class Hex {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();
    private static final byte[] VALUES = new byte[128];

    static {
        java.util.Arrays.fill(VALUES, (byte) -1);
        for (int i = 0; i < 10; i++) VALUES['0' + i] = (byte) i;
        for (int i = 0; i < 6; i++) {
            VALUES['a' + i] = (byte) (10 + i);
            VALUES['A' + i] = (byte) (10 + i);
        }
    }

    private Hex() {}

    /** {@code 0x}-prefixed lower-case hex. */
    public static String encode(byte[] bytes) {
        return "0x" + encodeNoPrefix(bytes, 0, bytes.length);
    }

    public static String encodeNoPrefix(byte[] bytes) {
        return encodeNoPrefix(bytes, 0, bytes.length);
    }

    public static String encodeNoPrefix(byte[] bytes, int offset, int length) {
        char[] out = new char[length * 2];
        for (int i = 0; i < length; i++) {
            int b = bytes[offset + i] & 0xff;
            out[2 * i] = DIGITS[b >>> 4];
            out[2 * i + 1] = DIGITS[b & 0xf];
        }
        return new String(out);
    }

    /** Decodes hex with or without {@code 0x}; rejects odd lengths and non-hex characters. */
    public static byte[] decode(CharSequence hex) {
        int start = hasPrefix(hex) ? 2 : 0;
        int len = hex.length() - start;
        if ((len & 1) != 0) {
            throw new PrimitivesException("hex string has an odd number of digits (" + len + "): " + abbreviate(hex));
        }
        byte[] out = new byte[len / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = digit(hex, start + 2 * i);
            int lo = digit(hex, start + 2 * i + 1);
            out[i] = (byte) ((hi << 4) | lo);
        }
        return out;
    }

    /** Like {@link #decode} but an odd number of digits is read as if a leading zero were present (quantities). */
    public static byte[] decodeLenient(CharSequence hex) {
        int start = hasPrefix(hex) ? 2 : 0;
        if (((hex.length() - start) & 1) != 0) {
            return decode("0" + hex.subSequence(start, hex.length()));
        }
        return decode(hex);
    }

    public static boolean hasPrefix(CharSequence hex) {
        return hex.length() >= 2 && hex.charAt(0) == '0' && (hex.charAt(1) == 'x' || hex.charAt(1) == 'X');
    }

    private static int digit(CharSequence hex, int i) {
        char c = hex.charAt(i);
        int v = c < 128 ? VALUES[c] : -1;
        if (v < 0) {
            throw new PrimitivesException("not a hex digit '" + c + "' at position " + i + ": " + abbreviate(hex));
        }
        return v;
    }

    private static String abbreviate(CharSequence s) {
        return s.length() <= 24 ? s.toString() : s.subSequence(0, 20) + "…(" + s.length() + " chars)";
    }
}
