package io.kona4j.mpt;

/**
 * Nibble paths. A trie key of n bytes is a path of 2n nibbles, high nibble first; node paths are stored one nibble
 * per byte. Keys are read in place (nibble {@code i} of a byte array) so the hot paths allocate only for new nodes.
 */
final class Nibbles {
    static final byte[] EMPTY = new byte[0];
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Nibbles() {}

    /** Nibble {@code i} of a byte key. */
    static int at(byte[] key, int i) {
        int b = key[i >> 1];
        return (i & 1) == 0 ? (b >> 4) & 0xf : b & 0xf;
    }

    /** The key's nibbles from {@code from} to its end, one per byte. */
    static byte[] fromKey(byte[] key, int from) {
        int n = key.length * 2 - from;
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) out[i] = (byte) at(key, from + i);
        return out;
    }

    /** Length of the common prefix of {@code path} and the key's nibbles from {@code pos}. */
    static int commonPrefix(byte[] path, byte[] key, int pos) {
        int max = Math.min(path.length, key.length * 2 - pos);
        int i = 0;
        while (i < max && path[i] == at(key, pos + i)) i++;
        return i;
    }

    static byte[] slice(byte[] path, int from, int to) {
        return java.util.Arrays.copyOfRange(path, from, to);
    }

    /** {@code nibble} followed by {@code path}. */
    static byte[] prepend(int nibble, byte[] path) {
        byte[] out = new byte[path.length + 1];
        out[0] = (byte) nibble;
        System.arraycopy(path, 0, out, 1, path.length);
        return out;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Packs an even-length nibble path back into bytes. */
    static byte[] pack(byte[] nibbles, int length) {
        byte[] out = new byte[length / 2];
        for (int i = 0; i < out.length; i++) out[i] = (byte) ((nibbles[2 * i] << 4) | nibbles[2 * i + 1]);
        return out;
    }

    /** Hex-prefix encoding (Yellow Paper appendix C): flag nibble 2 for a leaf, +1 for an odd length. */
    static byte[] hexPrefix(byte[] path, boolean leaf) {
        int n = path.length;
        byte[] out = new byte[n / 2 + 1];
        int flag = (leaf ? 2 : 0) + (n & 1);
        int p = 0;
        if ((n & 1) == 1) {
            out[0] = (byte) ((flag << 4) | path[0]);
            p = 1;
        } else {
            out[0] = (byte) (flag << 4);
        }
        for (int i = 1; i < out.length; i++, p += 2) out[i] = (byte) ((path[p] << 4) | path[p + 1]);
        return out;
    }

    /** The first {@code n} nibbles of a key, as hex digits (for error messages). */
    static String describe(byte[] key, int n) {
        char[] out = new char[n];
        for (int i = 0; i < n; i++) out[i] = DIGITS[at(key, i)];
        return new String(out);
    }

    /** The first {@code n} nibbles of a key, then one more nibble. */
    static String describe(byte[] key, int n, int next) {
        return describe(key, n) + DIGITS[next];
    }

    static String describeNibbles(byte[] nibbles, int n) {
        char[] out = new char[n];
        for (int i = 0; i < n; i++) out[i] = DIGITS[nibbles[i]];
        return new String(out);
    }
}
