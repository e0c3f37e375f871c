package io.kona4j.consensus;

import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;
import java.util.Arrays;

/**
 * The 2048-bit (256-byte) log bloom of receipts and headers. For each log address and topic, three bits are set:
 * the low 11 bits of the first three 16-bit pairs of keccak256(value). Immutable.
 */
public final class Bloom {
    public static final int SIZE = 256;
    public static final Bloom EMPTY = new Bloom(new byte[SIZE]);

    private final byte[] bytes;

    private Bloom(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Copies exactly 256 bytes. */
    public static Bloom of(byte[] bytes) {
        if (bytes.length != SIZE) throw new ConsensusException("a log bloom is 256 bytes, got " + bytes.length);
        return new Bloom(bytes.clone());
    }

    public static Bloom fromHex(String hex) {
        return of(Hex.decode(hex));
    }

    /** The bloom of a list of logs (a receipt's bloom). */
    public static Bloom fromLogs(Iterable<Log> logs) {
        byte[] b = new byte[SIZE];
        for (Log log : logs) {
            addTo(b, log.address().unsafeBytes());
            for (Hash t : log.topics()) addTo(b, t.unsafeBytes());
        }
        return new Bloom(b);
    }

    /** The union of several blooms (a header's bloom from its receipts' blooms). */
    public static Bloom union(Iterable<Bloom> blooms) {
        byte[] b = new byte[SIZE];
        for (Bloom x : blooms) for (int i = 0; i < SIZE; i++) b[i] |= x.bytes[i];
        return new Bloom(b);
    }

    /** Whether the three bits of {@code value} are set (a false positive is possible, a false negative not). */
    public boolean mightContain(byte[] value) {
        byte[] h = Keccak256.digest(value);
        for (int i = 0; i < 6; i += 2) {
            int bit = ((h[i] & 0x07) << 8) | (h[i + 1] & 0xff);
            if ((bytes[SIZE - 1 - bit / 8] & (1 << (bit % 8))) == 0) return false;
        }
        return true;
    }

    private static void addTo(byte[] b, byte[] value) {
        byte[] h = Keccak256.digest(value);
        for (int i = 0; i < 6; i += 2) {
            int bit = ((h[i] & 0x07) << 8) | (h[i + 1] & 0xff);
            b[SIZE - 1 - bit / 8] |= (byte) (1 << (bit % 8));
        }
    }

    public byte[] toArray() {
        return bytes.clone();
    }

    /** The backing array, for encoders that promise not to modify it. */
    public byte[] unsafeBytes() {
        return bytes;
    }

    public String toHex() {
        return Hex.encode(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bloom b && Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
