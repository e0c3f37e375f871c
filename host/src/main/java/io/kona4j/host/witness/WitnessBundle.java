package io.kona4j.host.witness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kona4j.host.single.AcceleratedPrecompiles;
import io.kona4j.host.witness.WitnessBundleException.Reason;
import io.kona4j.preimage.InvalidPreimageKeyException;
import io.kona4j.preimage.PreimageHashMismatchException;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.preimage.PreimageKeyType;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.proof.BootInfo;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A self-describing, hash-checked file of every preimage one run used: a claim replays from it with no host at all
 * (the zkVM/TEE pattern; hints are dropped). Layout, all integers big-endian:
 * <pre>
 *   magic "KONA4JWB" (8) ‖ version u16 = 1 ‖ flags u16 = 0
 *   metadata length u32 ‖ metadata (UTF-8 JSON: format, boot inputs, entry count; at most 64 KiB)
 *   entry count u32
 *   entries, keys strictly ascending: key (32, a typed preimage key) ‖ value length u32 ‖ value
 *   sha256 of every byte above (32)
 * </pre>
 * On load every keccak256 and sha256 entry must hash to its key, every precompile result whose call (the keccak
 * entry of the same digest) is in the bundle must re-run to the same answer, and the digest must match; counts and
 * lengths are bounded before anything is allocated.
 */
public final class WitnessBundle {
    public static final int VERSION = 1;
    /** Largest value: the oracle's own limit. */
    public static final int MAX_VALUE_LENGTH = 16 * 1024 * 1024;
    public static final int MAX_ENTRIES = 1 << 24;
    public static final int MAX_METADATA_LENGTH = 64 * 1024;
    private static final byte[] MAGIC = "KONA4JWB".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SortedMap<PreimageKey, byte[]> entries;
    private final JsonNode metadata;

    private WitnessBundle(SortedMap<PreimageKey, byte[]> entries, JsonNode metadata) {
        this.entries = entries;
        this.metadata = metadata;
    }

    /** The value of {@code key}, or null; a copy. */
    public byte[] get(PreimageKey key) {
        byte[] v = entries.get(key);
        return v == null ? null : v.clone();
    }

    public int size() {
        return entries.size();
    }

    /** The header's metadata (format, boot inputs, entry count). */
    public JsonNode metadata() {
        return metadata.deepCopy();
    }

    public SortedMap<PreimageKey, byte[]> entries() {
        return Collections.unmodifiableSortedMap(entries);
    }

    /** Writes {@code entries} (with the run's boot inputs in the metadata) to {@code file}, atomically. */
    public static void write(Path file, Map<PreimageKey, byte[]> entries, BootInfo boot) {
        if (entries.size() > MAX_ENTRIES) {
            throw new WitnessBundleException(Reason.LIMIT_EXCEEDED, entries.size() + " entries exceed the bundle limit of "
                    + MAX_ENTRIES);
        }
        TreeMap<PreimageKey, byte[]> sorted = new TreeMap<>(entries);
        ObjectNode meta = JSON.createObjectNode();
        meta.put("format", "kona4j-witness-bundle").put("version", VERSION).put("entries", sorted.size());
        if (boot != null) {
            meta.put("l1Head", boot.l1Head().toHex()).put("agreedL2OutputRoot", boot.agreedL2OutputRoot().toHex())
                    .put("claimedL2OutputRoot", boot.claimedL2OutputRoot().toHex())
                    .put("claimedL2BlockNumber", boot.claimedL2BlockNumber()).put("l2ChainId", boot.l2ChainId());
        }
        byte[] metaBytes = meta.toString().getBytes(StandardCharsets.UTF_8);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            MessageDigest sha = sha256();
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                 DigestOutputStream out = new DigestOutputStream(raw, sha)) {
                out.write(MAGIC);
                out.write(new byte[] {0, (byte) VERSION, 0, 0});
                writeInt(out, metaBytes.length);
                out.write(metaBytes);
                writeInt(out, sorted.size());
                for (Map.Entry<PreimageKey, byte[]> e : sorted.entrySet()) {
                    byte[] v = e.getValue();
                    if (v.length > MAX_VALUE_LENGTH) {
                        throw new WitnessBundleException(Reason.LIMIT_EXCEEDED, "the value of " + e.getKey() + " has "
                                + v.length + " bytes, over the limit of " + MAX_VALUE_LENGTH);
                    }
                    out.write(e.getKey().unsafeBytes());
                    writeInt(out, v.length);
                    out.write(v);
                }
                out.on(false);
                out.write(sha.digest());
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new WitnessBundleException(Reason.IO, "cannot write the witness bundle " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads and checks a bundle; any failed check is a {@link WitnessBundleException} naming it. */
    public static WitnessBundle read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, Files.size(file));
        } catch (IOException e) {
            throw new WitnessBundleException(Reason.IO, "cannot read the witness bundle " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads and checks a bundle of {@code size} bytes from {@code stream}. */
    public static WitnessBundle read(InputStream stream, long size) throws IOException {
        MessageDigest sha = sha256();
        DigestInputStream in = new DigestInputStream(new BufferedInputStream(stream, 1 << 16), sha);
        Reader r = new Reader(in, size);
        byte[] magic = r.bytes(MAGIC.length, "magic");
        if (!Arrays.equals(magic, MAGIC)) {
            throw new WitnessBundleException(Reason.NOT_A_BUNDLE, "not a kona4j witness bundle (magic "
                    + io.kona4j.primitives.Hex.encode(magic) + ")");
        }
        int version = r.u16("version");
        int flags = r.u16("flags");
        if (version != VERSION || flags != 0) {
            throw new WitnessBundleException(Reason.UNSUPPORTED_VERSION, "witness bundle version " + version + " flags "
                    + flags + "; this build reads version " + VERSION + " without flags");
        }
        int metaLength = r.length("metadata length", MAX_METADATA_LENGTH);
        JsonNode meta;
        try {
            meta = JSON.readTree(r.bytes(metaLength, "metadata"));
        } catch (IOException e) {
            throw new WitnessBundleException(Reason.MALFORMED_ENTRY, "the bundle's metadata is not JSON: " + e.getMessage(), e);
        }
        int count = r.length("entry count", MAX_ENTRIES);
        TreeMap<PreimageKey, byte[]> entries = new TreeMap<>();
        PreimageKey previous = null;
        for (int i = 0; i < count; i++) {
            byte[] rawKey = r.bytes(PreimageKey.SIZE, "key of entry " + i);
            PreimageKey key;
            try {
                key = PreimageKey.fromBytes(rawKey);
            } catch (InvalidPreimageKeyException e) {
                throw new WitnessBundleException(Reason.MALFORMED_ENTRY, "entry " + i + ": " + e.getMessage(), e);
            }
            if (previous != null && previous.compareTo(key) >= 0) {
                throw new WitnessBundleException(Reason.MALFORMED_ENTRY, "entry " + i + " key " + key
                        + " is not after the previous key " + previous);
            }
            byte[] value = r.bytes(r.length("value length of entry " + i, MAX_VALUE_LENGTH), "value of entry " + i);
            try {
                key.checkPreimage(value);
            } catch (PreimageHashMismatchException e) {
                throw new WitnessBundleException(Reason.ENTRY_MISMATCH, "entry " + i + ": " + e.getMessage(), e);
            }
            entries.put(key, value);
            previous = key;
        }
        in.on(false);
        byte[] expected = sha.digest();
        byte[] digest = r.bytes(32, "digest");
        if (!MessageDigest.isEqual(expected, digest)) {
            throw new WitnessBundleException(Reason.DIGEST_MISMATCH, "the bundle's digest " + io.kona4j.primitives.Hex.encode(digest)
                    + " does not match its contents (" + io.kona4j.primitives.Hex.encode(expected) + ")");
        }
        if (in.read() >= 0) throw new WitnessBundleException(Reason.TRAILING_DATA, "bytes after the bundle's digest");
        checkPrecompiles(entries);
        return new WitnessBundle(entries, meta);
    }

    /** Re-runs every precompile whose call is in the bundle; a different answer is a mismatch. */
    private static void checkPrecompiles(SortedMap<PreimageKey, byte[]> entries) {
        for (Map.Entry<PreimageKey, byte[]> e : entries.entrySet()) {
            if (e.getKey().type() != PreimageKeyType.PRECOMPILE) continue;
            byte[] call = entries.get(PreimageKey.of(e.getKey().unsafeBytes(), PreimageKeyType.KECCAK256));
            if (call == null || call.length < 28) continue;
            Address address = Address.of(call, 0);
            byte[] expected = AcceleratedPrecompiles.execute(address, Arrays.copyOfRange(call, 28, call.length),
                    Bytes.readLongBE(call, 20));
            if (!Arrays.equals(expected, e.getValue())) {
                throw new WitnessBundleException(Reason.ENTRY_MISMATCH, "precompile result " + e.getKey() + " for "
                        + address + " differs from re-running the call");
            }
        }
    }

    private static void writeInt(OutputStream out, int v) throws IOException {
        out.write(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** Bounded reads: nothing is allocated beyond what the file can still hold. */
    private static final class Reader {
        private final InputStream in;
        private long remaining;

        Reader(InputStream in, long size) {
            this.in = in;
            this.remaining = size;
        }

        byte[] bytes(int n, String what) throws IOException {
            if (n > remaining) {
                throw new WitnessBundleException(Reason.TRUNCATED, "the bundle ends inside the " + what + " (" + n
                        + " bytes wanted, " + remaining + " left)");
            }
            byte[] b = new byte[n];
            if (in.readNBytes(b, 0, n) != n) {
                throw new WitnessBundleException(Reason.TRUNCATED, "the bundle ends inside the " + what);
            }
            remaining -= n;
            return b;
        }

        int u16(String what) throws IOException {
            byte[] b = bytes(2, what);
            return ((b[0] & 0xff) << 8) | (b[1] & 0xff);
        }

        int length(String what, int max) throws IOException {
            byte[] b = bytes(4, what);
            long v = Bytes.readIntBE(b, 0) & 0xffffffffL;
            if (v > max) {
                throw new WitnessBundleException(Reason.LIMIT_EXCEEDED, "the " + what + " " + v + " is over the limit of "
                        + max);
            }
            return (int) v;
        }
    }
}
