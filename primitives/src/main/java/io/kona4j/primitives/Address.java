package io.kona4j.primitives;

import java.util.Arrays;

/** An immutable 20-byte account address. */
public final class Address implements Comparable<Address> {
    public static final int SIZE = 20;
    public static final Address ZERO = new Address(new byte[SIZE]);

    private final byte[] bytes;
    private final int hash;

    private Address(byte[] bytes) {
        this.bytes = bytes;
        this.hash = Arrays.hashCode(bytes);
    }

    public static Address of(byte[] bytes) {
        if (bytes.length != SIZE) throw new PrimitivesException("an address is 20 bytes, got " + bytes.length);
        return new Address(bytes.clone());
    }

    public static Address of(byte[] bytes, int offset) {
        if (offset < 0 || bytes.length - offset < SIZE) {
            throw new PrimitivesException("an address is 20 bytes, only " + Math.max(0, bytes.length - offset) + " available");
        }
        return new Address(Arrays.copyOfRange(bytes, offset, offset + SIZE));
    }

    public static Address fromHex(String hex) {
        byte[] b = Hex.decode(hex);
        if (b.length != SIZE) throw new PrimitivesException("an address is 20 bytes, got " + b.length + ": " + hex);
        return new Address(b);
    }

    /** The low 20 bytes of a 32-byte word (as the EVM reads addresses). */
    public static Address fromWord(byte[] word32) {
        return of(word32, word32.length - SIZE);
    }

    /** The address of a public key: the last 20 bytes of keccak256(x ‖ y). */
    public static Address fromPublicKey(byte[] uncompressed64) {
        if (uncompressed64.length != 64) throw new PrimitivesException("public key must be 64 bytes, got " + uncompressed64.length);
        return of(Keccak256.digest(uncompressed64), 12);
    }

    public byte[] toArray() {
        return bytes.clone();
    }

    public byte[] unsafeBytes() {
        return bytes;
    }

    /** Left-padded to a 32-byte word. */
    public byte[] toWord() {
        return Bytes.leftPad(bytes, 32);
    }

    public String toHex() {
        return Hex.encode(bytes);
    }

    /** EIP-55 mixed-case checksum form. */
    public String toChecksumHex() {
        String lower = Hex.encodeNoPrefix(bytes);
        byte[] h = Keccak256.digest(lower.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        StringBuilder sb = new StringBuilder("0x");
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            int nibble = (h[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
            sb.append(c >= 'a' && nibble >= 8 ? Character.toUpperCase(c) : c);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address a && Arrays.equals(bytes, a.bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public int compareTo(Address o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
