package io.kona4j.primitives;

import java.util.Arrays;

/** An immutable 32-byte value: a Keccak-256 or SHA-256 digest, a storage key or word. */
public final class Hash implements Comparable<Hash> {
    public static final int SIZE = 32;
    public static final Hash ZERO = new Hash(new byte[SIZE]);
    /** keccak256 of the empty string. */
    public static final Hash EMPTY_CODE_HASH = fromHex("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    /** Root of the empty trie: keccak256(rlp("")). */
    public static final Hash EMPTY_TRIE_ROOT = fromHex("0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421");
    /** keccak256(rlp([])): the ommers hash of every post-merge block. */
    public static final Hash EMPTY_OMMERS_HASH = fromHex("0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347");

    private final byte[] bytes;
    private int hash;

    private Hash(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Copies exactly 32 bytes. */
    public static Hash of(byte[] bytes) {
        if (bytes.length != SIZE) throw new PrimitivesException("a hash is 32 bytes, got " + bytes.length);
        return new Hash(bytes.clone());
    }

    public static Hash of(byte[] bytes, int offset) {
        if (offset < 0 || bytes.length - offset < SIZE) {
            throw new PrimitivesException("a hash is 32 bytes, only " + Math.max(0, bytes.length - offset) + " available");
        }
        return new Hash(Arrays.copyOfRange(bytes, offset, offset + SIZE));
    }

    /** Takes ownership of a 32-byte array the caller will not modify again. */
    public static Hash wrap(byte[] bytes) {
        if (bytes.length != SIZE) throw new PrimitivesException("a hash is 32 bytes, got " + bytes.length);
        return new Hash(bytes);
    }

    public static Hash fromHex(String hex) {
        byte[] b = Hex.decode(hex);
        if (b.length != SIZE) throw new PrimitivesException("a hash is 32 bytes, got " + b.length + ": " + hex);
        return new Hash(b);
    }

    /** Left-pads a shorter value (a storage word) to 32 bytes. */
    public static Hash leftPad(byte[] b) {
        return new Hash(Bytes.leftPad(b, SIZE));
    }

    public byte[] toArray() {
        return bytes.clone();
    }

    /** The backing array, for hot paths that promise not to modify it. */
    public byte[] unsafeBytes() {
        return bytes;
    }

    public byte get(int i) {
        return bytes[i];
    }

    public boolean isZero() {
        return Bytes.isZero(bytes);
    }

    public String toHex() {
        return Hex.encode(bytes);
    }

    /** First and last bytes, for log and error messages. */
    public String toShortHex() {
        return "0x" + Hex.encodeNoPrefix(bytes, 0, 4) + "…" + Hex.encodeNoPrefix(bytes, 28, 4);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hash h && Arrays.equals(bytes, h.bytes);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Bytes.readIntBE(bytes, 0) ^ Bytes.readIntBE(bytes, 28);
            hash = h;
        }
        return h;
    }

    @Override
    public int compareTo(Hash o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
