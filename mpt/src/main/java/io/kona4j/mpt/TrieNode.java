package io.kona4j.mpt;

import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.rlp.RlpReader;
import io.kona4j.primitives.rlp.RlpWriter;
import java.util.Arrays;

/**
 * A node of a Merkle Patricia Trie (Yellow Paper appendix D): {@link Empty}, {@link Blinded} (known only by its hash,
 * not yet fetched), {@link Leaf}, {@link Extension} or {@link Branch}. A node whose RLP is shorter than 32 bytes is
 * embedded in its parent ("inline"); a longer one is referenced by its keccak256 hash.
 *
 * <p>Leaf, extension and branch nodes cache their encoding and hash; {@link Trie} mutates them in place and clears the
 * caches along the path it changed, so re-hashing touches only dirty paths. They are not thread-safe. Accessors return
 * copies.
 */
public sealed interface TrieNode {
    /** The empty trie / an absent child. */
    TrieNode EMPTY = new Empty();

    /** This node's own RLP encoding. A {@link Blinded} node has none and throws. */
    byte[] encode();

    /**
     * keccak256 of this node's RLP: the commitment a parent stores for a node of 32 bytes or more, and the root hash of a
     * trie whose root this is. A {@link Blinded} node returns the hash it stands for.
     */
    Hash hash();

    /** Decodes one node. Inline children are decoded too; hash-referenced children become {@link Blinded}. */
    static TrieNode decode(byte[] rlp) {
        return decode(rlp, null, null);
    }

    /** Decodes a node fetched by {@code hash} at nibble path {@code path} (both for error messages; may be null). */
    static TrieNode decode(byte[] rlp, Hash hash, String path) {
        try {
            TrieNode n = NodeCodec.decode(rlp, 0, rlp.length);
            if (n instanceof Cached c) c.rlp = rlp;
            return n;
        } catch (MalformedTrieNodeException e) {
            throw new MalformedTrieNodeException(e.reason(), hash, path, e);
        } catch (RuntimeException e) {
            throw new MalformedTrieNodeException(e.getMessage() + " (bytes " + abbreviate(rlp) + ")", hash, path, e);
        }
    }

    private static String abbreviate(byte[] b) {
        return b.length <= 40 ? Hex.encode(b) : Hex.encode(Arrays.copyOf(b, 36)) + "…(" + b.length + " bytes)";
    }

    /** The empty node; encodes as the empty string 0x80. */
    final class Empty implements TrieNode {
        private static final byte[] RLP = {(byte) 0x80};

        private Empty() {}

        @Override
        public byte[] encode() {
            return RLP.clone();
        }

        @Override
        public Hash hash() {
            return Hash.EMPTY_TRIE_ROOT;
        }

        @Override
        public String toString() {
            return "Empty";
        }
    }

    /** A node known only by its hash; {@link Trie} fetches it through a {@link TrieProvider} when a path crosses it. */
    final class Blinded implements TrieNode {
        final Hash commitment;

        public Blinded(Hash commitment) {
            this.commitment = java.util.Objects.requireNonNull(commitment, "commitment");
        }

        @Override
        public byte[] encode() {
            throw new MptException("a blinded node " + commitment.toHex() + " has no encoding until it is opened");
        }

        @Override
        public Hash hash() {
            return commitment;
        }

        @Override
        public String toString() {
            return "Blinded(" + commitment.toShortHex() + ")";
        }
    }

    /** Shared cache of the three nodes that have an encoding. */
    abstract sealed class Cached permits Leaf, Extension, Branch {
        byte[] rlp;
        byte[] hash;

        final void invalidate() {
            rlp = null;
            hash = null;
        }

        final byte[] rlp() {
            byte[] r = rlp;
            if (r == null) {
                r = NodeCodec.encode((TrieNode) this);
                rlp = r;
            }
            return r;
        }

        final byte[] hashBytes() {
            byte[] h = hash;
            if (h == null) {
                h = Keccak256.digest(rlp());
                hash = h;
            }
            return h;
        }

        public final byte[] encode() {
            return rlp().clone();
        }

        public final Hash hash() {
            return Hash.of(hashBytes());
        }
    }

    /** The end of a key: the rest of its path and its value. */
    final class Leaf extends Cached implements TrieNode {
        byte[] path;
        byte[] value;

        Leaf(byte[] path, byte[] value) {
            this.path = path;
            this.value = value;
        }

        /** The remaining key nibbles, one per byte. */
        public byte[] path() {
            return path.clone();
        }

        public byte[] value() {
            return value.clone();
        }

        @Override
        public String toString() {
            return "Leaf(" + Nibbles.describeNibbles(path, path.length) + ", " + Hex.encode(value) + ")";
        }
    }

    /** A shared run of nibbles leading to a single child (a branch, inline or blinded). */
    final class Extension extends Cached implements TrieNode {
        byte[] path;
        TrieNode child;

        Extension(byte[] path, TrieNode child) {
            this.path = path;
            this.child = child;
        }

        public byte[] path() {
            return path.clone();
        }

        public TrieNode child() {
            return child;
        }

        @Override
        public String toString() {
            return "Extension(" + Nibbles.describeNibbles(path, path.length) + ", " + child + ")";
        }
    }

    /** Sixteen children, one per next nibble, and the value of a key ending here (null if none). */
    final class Branch extends Cached implements TrieNode {
        final TrieNode[] children;
        byte[] value;

        Branch() {
            children = new TrieNode[16];
            Arrays.fill(children, EMPTY);
        }

        public TrieNode child(int nibble) {
            return children[nibble];
        }

        /** The value stored at this branch, or null. Only tries with keys of different lengths have one. */
        public byte[] value() {
            return value == null ? null : value.clone();
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("Branch(");
            for (int i = 0; i < 16; i++) {
                if (children[i] != EMPTY) sb.append(Integer.toHexString(i)).append('=').append(children[i]).append(' ');
            }
            return sb.append(value == null ? "" : "value=" + Hex.encode(value)).append(')').toString();
        }
    }
}

/** RLP encoding and decoding of trie nodes, sized exactly so that each encoding is one allocation. */
final class NodeCodec {
    private NodeCodec() {}

    static byte[] encode(TrieNode node) {
        return switch (node) {
            case TrieNode.Leaf l -> encodePair(Nibbles.hexPrefix(l.path, true), null, l.value);
            case TrieNode.Extension x -> encodePair(Nibbles.hexPrefix(x.path, false), x.child, null);
            case TrieNode.Branch b -> encodeBranch(b);
            case TrieNode.Empty e -> e.encode();
            case TrieNode.Blinded b -> b.encode();
        };
    }

    private static byte[] encodePair(byte[] hp, TrieNode child, byte[] value) {
        int payload = stringLength(hp) + (child == null ? stringLength(value) : refLength(child));
        byte[] out = new byte[RlpWriter.headerLength(payload) + payload];
        int p = writeListHeader(out, payload);
        p = writeString(out, p, hp);
        if (child == null) writeString(out, p, value);
        else writeRef(out, p, child);
        return out;
    }

    private static byte[] encodeBranch(TrieNode.Branch b) {
        int payload = b.value == null ? 1 : stringLength(b.value);
        for (TrieNode c : b.children) payload += refLength(c);
        byte[] out = new byte[RlpWriter.headerLength(payload) + payload];
        int p = writeListHeader(out, payload);
        for (TrieNode c : b.children) p = writeRef(out, p, c);
        if (b.value == null) out[p] = (byte) 0x80;
        else writeString(out, p, b.value);
        return out;
    }

    /** Length of the reference a parent stores for {@code child}: inline RLP below 32 bytes, else a 33-byte hash item. */
    private static int refLength(TrieNode child) {
        return switch (child) {
            case TrieNode.Empty e -> 1;
            case TrieNode.Blinded b -> 33;
            case TrieNode.Cached c -> c.rlp().length < 32 ? c.rlp().length : 33;
        };
    }

    private static int writeRef(byte[] out, int p, TrieNode child) {
        switch (child) {
            case TrieNode.Empty e -> out[p++] = (byte) 0x80;
            case TrieNode.Blinded b -> {
                out[p++] = (byte) 0xa0;
                System.arraycopy(b.commitment.unsafeBytes(), 0, out, p, 32);
                p += 32;
            }
            case TrieNode.Cached c -> {
                byte[] r = c.rlp();
                if (r.length < 32) {
                    System.arraycopy(r, 0, out, p, r.length);
                    p += r.length;
                } else {
                    out[p++] = (byte) 0xa0;
                    System.arraycopy(c.hashBytes(), 0, out, p, 32);
                    p += 32;
                }
            }
        }
        return p;
    }

    private static int stringLength(byte[] s) {
        if (s.length == 1 && (s[0] & 0xff) < 0x80) return 1;
        return RlpWriter.headerLength(s.length) + s.length;
    }

    private static int writeString(byte[] out, int p, byte[] s) {
        if (s.length == 1 && (s[0] & 0xff) < 0x80) {
            out[p] = s[0];
            return p + 1;
        }
        p = writeHeader(out, p, s.length, 0x80);
        System.arraycopy(s, 0, out, p, s.length);
        return p + s.length;
    }

    private static int writeListHeader(byte[] out, int payload) {
        return writeHeader(out, 0, payload, 0xc0);
    }

    private static int writeHeader(byte[] out, int p, int n, int base) {
        if (n < 56) {
            out[p] = (byte) (base + n);
            return p + 1;
        }
        int ll = 4 - Integer.numberOfLeadingZeros(n) / 8;
        out[p] = (byte) (base + 55 + ll);
        for (int i = ll; i >= 1; i--) {
            out[p + i] = (byte) n;
            n >>>= 8;
        }
        return p + 1 + ll;
    }

    /** Decodes the node spanning {@code data[off, off+len)}; inline children are decoded recursively. */
    static TrieNode decode(byte[] data, int off, int len) {
        RlpReader outer = RlpReader.of(data, off, len);
        if (!outer.hasNext()) throw malformed("empty input");
        if (!outer.nextIsList()) {
            if (outer.nextIsEmpty()) {
                outer.skip();
                outer.ensureDone();
                return TrieNode.EMPTY;
            }
            throw malformed("a trie node is an RLP list, found a string");
        }
        RlpReader r = outer.readList();
        outer.ensureDone();
        int start = r.position();
        int items = 0;
        while (r.hasNext()) {
            r.skip();
            if (++items > 17) break;
        }
        RlpReader it = RlpReader.of(data, start, r.position() - start);
        return switch (items) {
            case 2 -> decodePair(data, it);
            case 17 -> decodeBranch(data, it);
            default -> throw malformed("a trie node has 2 or 17 items, found " + (items > 17 ? "more than 17" : items));
        };
    }

    private static TrieNode decodePair(byte[] data, RlpReader r) {
        byte[] hp = r.readBytes();
        if (hp.length == 0) throw malformed("empty hex-prefix path");
        int flag = (hp[0] >> 4) & 0xf;
        if (flag > 3) throw malformed("hex-prefix flag nibble " + flag + " is not 0-3");
        boolean odd = (flag & 1) == 1;
        if (!odd && (hp[0] & 0xf) != 0) throw malformed("even hex-prefix path with a non-zero padding nibble");
        boolean leaf = flag >= 2;
        int n = (hp.length - 1) * 2 + (odd ? 1 : 0);
        byte[] path = new byte[n];
        int p = 0;
        if (odd) path[p++] = (byte) (hp[0] & 0xf);
        for (int i = 1; i < hp.length; i++) {
            path[p++] = (byte) ((hp[i] >> 4) & 0xf);
            path[p++] = (byte) (hp[i] & 0xf);
        }
        if (leaf) {
            byte[] value = r.readBytes();
            r.ensureDone();
            return new TrieNode.Leaf(path, value);
        }
        if (n == 0) throw malformed("extension with an empty path");
        TrieNode child = readChild(data, r);
        r.ensureDone();
        if (child == TrieNode.EMPTY) throw malformed("extension pointing at an empty child");
        if (child instanceof TrieNode.Leaf || child instanceof TrieNode.Extension) {
            throw malformed("extension pointing at an inline " + (child instanceof TrieNode.Leaf ? "leaf" : "extension"));
        }
        return new TrieNode.Extension(path, child);
    }

    private static TrieNode decodeBranch(byte[] data, RlpReader r) {
        TrieNode.Branch b = new TrieNode.Branch();
        for (int i = 0; i < 16; i++) b.children[i] = readChild(data, r);
        byte[] value = r.readBytes();
        r.ensureDone();
        b.value = value.length == 0 ? null : value;
        return b;
    }

    private static TrieNode readChild(byte[] data, RlpReader r) {
        if (r.nextIsList()) {
            int at = r.position();
            r.skip();
            int n = r.position() - at;
            if (n >= 32) throw malformed("inline child of " + n + " bytes must be referenced by hash (inline means < 32)");
            TrieNode child = decode(data, at, n);
            if (child instanceof TrieNode.Cached c) c.rlp = Arrays.copyOfRange(data, at, at + n);
            return child;
        }
        byte[] b = r.readBytes();
        if (b.length == 0) return TrieNode.EMPTY;
        if (b.length == 32) return new TrieNode.Blinded(Hash.wrap(b));
        throw malformed("child reference of " + b.length + " bytes (must be empty, a 32-byte hash, or an inline list)");
    }

    private static MalformedTrieNodeException malformed(String reason) {
        return new MalformedTrieNodeException(reason, null);
    }
}
