package io.kona4j.preimage;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A 32-byte preimage key: the type byte, then 31 bytes of key data (PROTOCOL.md §4). Global keys keep the low 31 bytes
 * of a 32-byte digest and overwrite byte 0 with the type; a local key carries its index as a u64 BE in bytes 24..32.
 */
public final class PreimageKey implements Comparable<PreimageKey> {
    public static final int SIZE = 32;
    /** Length of a KZG commitment in a blob key's hashed input. */
    public static final int COMMITMENT_SIZE = 48;

    private final byte[] bytes;
    private final PreimageKeyType type;
    private int hash;

    private PreimageKey(byte[] bytes, PreimageKeyType type) {
        this.bytes = bytes;
        this.type = type;
    }

    /** The key of the given type over a 32-byte digest: byte 0 of the digest is replaced by the type byte. */
    public static PreimageKey of(Hash digest, PreimageKeyType type) {
        return of(digest.unsafeBytes(), type);
    }

    /** As {@link #of(Hash, PreimageKeyType)} over a raw 32-byte digest. */
    public static PreimageKey of(byte[] digest32, PreimageKeyType type) {
        if (digest32.length != SIZE) {
            throw new InvalidPreimageKeyException("a preimage key is built from 32 bytes, got " + digest32.length);
        }
        byte[] b = digest32.clone();
        b[0] = type.code();
        return new PreimageKey(b, type);
    }

    /** Parses a key as it travels on the wire; the type byte must be 1..6. */
    public static PreimageKey fromBytes(byte[] raw32) {
        if (raw32.length != SIZE) throw new InvalidPreimageKeyException("a preimage key is 32 bytes, got " + raw32.length);
        return new PreimageKey(raw32.clone(), PreimageKeyType.fromCode(raw32[0]));
    }

    /** Parses a 0x-prefixed 32-byte hex key. */
    public static PreimageKey fromHex(String hex) {
        try {
            return fromBytes(Hex.decode(hex));
        } catch (io.kona4j.primitives.PrimitivesException e) {
            throw new InvalidPreimageKeyException("not a hex preimage key: " + e.getMessage());
        }
    }

    /** A local key: type 1, 23 zero bytes, the index as u64 BE. */
    public static PreimageKey local(long index) {
        byte[] b = new byte[SIZE];
        b[0] = PreimageKeyType.LOCAL.code();
        Bytes.writeLongBE(index, b, 24);
        return new PreimageKey(b, PreimageKeyType.LOCAL);
    }

    /** The keccak256-type key of a digest (a block hash, a trie node hash, a code hash). */
    public static PreimageKey keccak256(Hash digest) {
        return of(digest, PreimageKeyType.KECCAK256);
    }

    /** The keccak256-type key under which {@code preimage} is served. */
    public static PreimageKey keccak256Of(byte[] preimage) {
        byte[] d = Keccak256.digest(preimage);
        d[0] = PreimageKeyType.KECCAK256.code();
        return new PreimageKey(d, PreimageKeyType.KECCAK256);
    }

    /** The sha256-type key of a digest; a blob's commitment is served under its versioned hash this way. */
    public static PreimageKey sha256(Hash digest) {
        return of(digest, PreimageKeyType.SHA256);
    }

    /** The sha256-type key under which {@code preimage} is served. */
    public static PreimageKey sha256Of(byte[] preimage) {
        byte[] d = sha256Digest(preimage);
        d[0] = PreimageKeyType.SHA256.code();
        return new PreimageKey(d, PreimageKeyType.SHA256);
    }

    /** The blob-type key of field element {@code z} of the blob with KZG commitment {@code commitment}. */
    public static PreimageKey blob(byte[] commitment48, byte[] z32) {
        if (commitment48.length != COMMITMENT_SIZE || z32.length != SIZE) {
            throw new InvalidPreimageKeyException("a blob key hashes a 48-byte commitment and a 32-byte z, got "
                    + commitment48.length + " and " + z32.length + " bytes");
        }
        byte[] d = new Keccak256().update(commitment48).update(z32).digest();
        d[0] = PreimageKeyType.BLOB.code();
        return new PreimageKey(d, PreimageKeyType.BLOB);
    }

    /**
     * The precompile-type key of a call: keccak256 over the {@code l1-precompile} hint's data, address20 ‖ requiredGas
     * u64 BE ‖ input (what Kona's client requests; not the "address ‖ input" its helper's comment describes).
     */
    public static PreimageKey precompile(Address address, long requiredGas, byte[] input) {
        byte[] gas = new byte[8];
        Bytes.writeLongBE(requiredGas, gas, 0);
        byte[] d = new Keccak256().update(address.unsafeBytes()).update(gas).update(input).digest();
        d[0] = PreimageKeyType.PRECOMPILE.code();
        return new PreimageKey(d, PreimageKeyType.PRECOMPILE);
    }

    public PreimageKeyType type() {
        return type;
    }

    /** The 32 bytes as sent on the wire. */
    public byte[] toArray() {
        return bytes.clone();
    }

    /** The backing array, for callers that promise not to modify it. */
    public byte[] unsafeBytes() {
        return bytes;
    }

    /** The index of a local key; throws if this is not a local key or its value does not fit in a u64. */
    public long localIndex() {
        if (type != PreimageKeyType.LOCAL) throw new InvalidPreimageKeyException("not a local key: " + this);
        for (int i = 1; i < 24; i++) {
            if (bytes[i] != 0) throw new InvalidPreimageKeyException("local key value does not fit in 64 bits: " + this);
        }
        return Bytes.readLongBE(bytes, 24);
    }

    /**
     * Checks that {@code preimage} hashes to this key for the types whose keys are digests of the preimage (keccak256,
     * sha256); other types cannot be checked locally and pass.
     */
    public void checkPreimage(byte[] preimage, int offset, int length) {
        byte[] d;
        switch (type) {
            case KECCAK256 -> d = Keccak256.digest(preimage, offset, length);
            case SHA256 -> d = sha256Digest(preimage, offset, length);
            default -> {
                return;
            }
        }
        if (!Arrays.equals(d, 1, SIZE, bytes, 1, SIZE)) {
            throw new PreimageHashMismatchException(this, "the " + length + "-byte preimage served for key " + this
                    + " hashes to " + Hex.encode(d) + " under " + type.name().toLowerCase());
        }
    }

    /** {@link #checkPreimage(byte[], int, int)} over the whole array. */
    public void checkPreimage(byte[] preimage) {
        checkPreimage(preimage, 0, preimage.length);
    }

    public String toHex() {
        return Hex.encode(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PreimageKey k && Arrays.equals(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(bytes);
            hash = h;
        }
        return h;
    }

    @Override
    public int compareTo(PreimageKey o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public String toString() {
        return toHex();
    }

    private static byte[] sha256Digest(byte[] data) {
        return sha256Digest(data, 0, data.length);
    }

    private static byte[] sha256Digest(byte[] data, int offset, int length) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(data, offset, length);
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
