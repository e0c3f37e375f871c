package io.kona4j.mpt;

import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A mutable Merkle Patricia Trie over byte keys, opened lazily: it starts from a root hash and fetches a node through
 * its {@link TrieProvider} only when a path crosses it, checking that the node's keccak256 equals the hash it was
 * referenced by. Changes are made in place; {@link #rootHash()} re-hashes only the nodes on changed paths (every node
 * caches its encoding and hash).
 *
 * <p>Empty values are absent values (as in Ethereum): putting one deletes the key. Deleting collapses branches left
 * with one child and merges extensions; when the remaining child is still blinded it is fetched, never guessed.
 *
 * <p>Errors: {@link MissingTrieNodeException}, {@link TrieNodeHashMismatchException} and
 * {@link MalformedTrieNodeException}, each naming the node's hash and nibble path. Not thread-safe.
 *
 * <p>Keys are used as given; for the state and storage tries (keys hashed with keccak256) see {@link SecureTrie}.
 */
public final class Trie {
    /** Deepest nibble path a full traversal follows; far beyond any real key, it bounds recursion on crafted tries. */
    static final int MAX_TRAVERSAL_DEPTH = 1024;

    private final TrieProvider provider;
    private TrieNode root;
    /** Set by {@link #delete(TrieNode, byte[], int)} when the key was found; read by the nodes above it. */
    private boolean deleted;

    private Trie(TrieNode root, TrieProvider provider) {
        this.root = root;
        this.provider = provider;
    }

    /** A new empty trie that needs no provider. */
    public static Trie empty() {
        return new Trie(TrieNode.EMPTY, TrieProvider.NONE);
    }

    /**
     * The trie with root {@code root}, whose nodes {@code provider} supplies on demand. The empty-trie root needs no
     * node at all.
     */
    public static Trie open(Hash root, TrieProvider provider) {
        Objects.requireNonNull(provider, "provider");
        TrieNode r = root.equals(Hash.EMPTY_TRIE_ROOT) ? TrieNode.EMPTY : new TrieNode.Blinded(root);
        return new Trie(r, provider);
    }

    /** The current root node (blinded until something is read). */
    public TrieNode root() {
        return root;
    }

    /** The root hash: keccak256 of the root node's RLP (always hashed, even when shorter than 32 bytes). */
    public Hash rootHash() {
        return root.hash();
    }

    /**
     * Fetches and verifies the root node if it is still blinded, and returns it: checks that a witness holds the
     * root of this trie before anything is read (a {@link MissingTrieNodeException} or
     * {@link TrieNodeHashMismatchException} otherwise, naming the root).
     */
    public TrieNode openRoot() {
        if (root instanceof TrieNode.Blinded b) root = open(b, "");
        return root;
    }

    /** The value stored under {@code key}, or null if there is none. */
    public byte[] get(byte[] key) {
        byte[] v = find(key);
        return v == null ? null : v.clone();
    }

    /** Whether {@code key} has a value. */
    public boolean contains(byte[] key) {
        return find(key) != null;
    }

    private byte[] find(byte[] key) {
        if (root instanceof TrieNode.Blinded b) root = open(b, key, 0);
        TrieNode node = root;
        int pos = 0;
        int end = key.length * 2;
        while (true) {
            switch (node) {
                case TrieNode.Empty e -> {
                    return null;
                }
                case TrieNode.Leaf l -> {
                    return l.path.length == end - pos && Nibbles.commonPrefix(l.path, key, pos) == l.path.length
                            ? l.value : null;
                }
                case TrieNode.Extension x -> {
                    if (Nibbles.commonPrefix(x.path, key, pos) != x.path.length) return null;
                    pos += x.path.length;
                    if (x.child instanceof TrieNode.Blinded b) x.child = open(b, key, pos);
                    node = x.child;
                }
                case TrieNode.Branch br -> {
                    if (pos == end) return br.value;
                    int i = Nibbles.at(key, pos);
                    pos++;
                    TrieNode c = br.children[i];
                    if (c instanceof TrieNode.Blinded b) br.children[i] = c = open(b, key, pos);
                    node = c;
                }
                case TrieNode.Blinded b -> throw new IllegalStateException("unreachable: children are opened above");
            }
        }
    }

    /** Sets {@code key} to {@code value}; an empty or null value deletes the key. */
    public void put(byte[] key, byte[] value) {
        if (value == null || value.length == 0) {
            delete(key);
            return;
        }
        root = insert(root, key, 0, value.clone());
    }

    /** Removes {@code key}; nothing changes if it is absent. Returns whether it was present. */
    public boolean delete(byte[] key) {
        deleted = false;
        root = delete(root, key, 0);
        return deleted;
    }

    private TrieNode insert(TrieNode node, byte[] key, int pos, byte[] value) {
        int end = key.length * 2;
        switch (node) {
            case TrieNode.Empty e -> {
                return new TrieNode.Leaf(Nibbles.fromKey(key, pos), value);
            }
            case TrieNode.Blinded b -> {
                return insert(open(b, key, pos), key, pos, value);
            }
            case TrieNode.Leaf l -> {
                byte[] p = l.path;
                int c = Nibbles.commonPrefix(p, key, pos);
                int rem = end - pos;
                if (c == p.length && c == rem) {
                    if (!Arrays.equals(l.value, value)) {
                        l.value = value;
                        l.invalidate();
                    }
                    return l;
                }
                TrieNode.Branch br = new TrieNode.Branch();
                if (c == p.length) {
                    br.value = l.value;
                } else {
                    l.path = Nibbles.slice(p, c + 1, p.length);
                    l.invalidate();
                    br.children[p[c]] = l;
                }
                if (c == rem) br.value = value;
                else br.children[Nibbles.at(key, pos + c)] = new TrieNode.Leaf(Nibbles.fromKey(key, pos + c + 1), value);
                return c == 0 ? br : new TrieNode.Extension(Nibbles.slice(p, 0, c), br);
            }
            case TrieNode.Extension x -> {
                byte[] p = x.path;
                int c = Nibbles.commonPrefix(p, key, pos);
                if (c == p.length) {
                    x.child = insert(x.child, key, pos + c, value);
                    x.invalidate();
                    return x;
                }
                TrieNode.Branch br = new TrieNode.Branch();
                if (c + 1 == p.length) {
                    br.children[p[c]] = x.child;
                } else {
                    x.path = Nibbles.slice(p, c + 1, p.length);
                    x.invalidate();
                    br.children[p[c]] = x;
                }
                if (pos + c == end) br.value = value;
                else br.children[Nibbles.at(key, pos + c)] = new TrieNode.Leaf(Nibbles.fromKey(key, pos + c + 1), value);
                return c == 0 ? br : new TrieNode.Extension(Nibbles.slice(p, 0, c), br);
            }
            case TrieNode.Branch br -> {
                if (pos == end) {
                    br.value = value;
                } else {
                    int i = Nibbles.at(key, pos);
                    br.children[i] = insert(br.children[i], key, pos + 1, value);
                }
                br.invalidate();
                return br;
            }
        }
    }

    private TrieNode delete(TrieNode node, byte[] key, int pos) {
        int end = key.length * 2;
        switch (node) {
            case TrieNode.Empty e -> {
                return e;
            }
            case TrieNode.Blinded b -> {
                return delete(open(b, key, pos), key, pos);
            }
            case TrieNode.Leaf l -> {
                if (l.path.length == end - pos && Nibbles.commonPrefix(l.path, key, pos) == l.path.length) {
                    deleted = true;
                    return TrieNode.EMPTY;
                }
                return l;
            }
            case TrieNode.Extension x -> {
                if (Nibbles.commonPrefix(x.path, key, pos) != x.path.length) return x;
                TrieNode c = delete(x.child, key, pos + x.path.length);
                if (!deleted) {
                    x.child = c; // possibly opened: same hash, the cache stays valid
                    return x;
                }
                return switch (c) {
                    case TrieNode.Leaf l -> new TrieNode.Leaf(Nibbles.concat(x.path, l.path), l.value);
                    case TrieNode.Extension y -> new TrieNode.Extension(Nibbles.concat(x.path, y.path), y.child);
                    case TrieNode.Empty e -> e;
                    default -> {
                        x.child = c;
                        x.invalidate();
                        yield x;
                    }
                };
            }
            case TrieNode.Branch br -> {
                if (pos == end) {
                    if (br.value == null) return br;
                    br.value = null;
                    deleted = true;
                } else {
                    int i = Nibbles.at(key, pos);
                    br.children[i] = delete(br.children[i], key, pos + 1);
                    if (!deleted) return br;
                }
                br.invalidate();
                return collapse(br, key, pos);
            }
        }
    }

    /** A branch left with a single entry becomes a leaf or extension (Yellow Paper: no branch has fewer than two). */
    private TrieNode collapse(TrieNode.Branch br, byte[] key, int pos) {
        int only = -1;
        int count = br.value == null ? 0 : 1;
        for (int i = 0; i < 16; i++) {
            if (br.children[i] != TrieNode.EMPTY) {
                only = i;
                count++;
            }
        }
        if (count >= 2) return br;
        if (count == 0) return TrieNode.EMPTY;
        if (only < 0) return new TrieNode.Leaf(Nibbles.EMPTY, br.value);
        TrieNode child = br.children[only];
        if (child instanceof TrieNode.Blinded b) child = open(b, Nibbles.describe(key, pos, only));
        return switch (child) {
            case TrieNode.Leaf l -> new TrieNode.Leaf(Nibbles.prepend(only, l.path), l.value);
            case TrieNode.Extension x -> new TrieNode.Extension(Nibbles.prepend(only, x.path), x.child);
            default -> new TrieNode.Extension(new byte[] {(byte) only}, child);
        };
    }

    private TrieNode open(TrieNode.Blinded b, byte[] key, int pos) {
        return open(b, Nibbles.describe(key, pos));
    }

    /** Fetches, verifies and decodes a blinded node; {@code path} names it in errors. */
    private TrieNode open(TrieNode.Blinded b, String path) {
        return fetch(provider, b.commitment, path);
    }

    static TrieNode fetch(TrieProvider provider, Hash hash, String path) {
        byte[] rlp = provider.trieNodeByHash(hash);
        if (rlp == null) throw new MissingTrieNodeException(hash, path);
        byte[] actual = Keccak256.digest(rlp);
        if (!Arrays.equals(actual, hash.unsafeBytes())) {
            throw new TrieNodeHashMismatchException(hash, Hash.wrap(actual), path);
        }
        TrieNode n = TrieNode.decode(rlp, hash, path);
        if (n instanceof TrieNode.Cached c) c.hash = hash.unsafeBytes();
        return n;
    }

    /**
     * The proof of {@code key}: the RLP of every hash-referenced node on its path, root first (inline nodes travel
     * inside their parents), down to the leaf holding it or the node showing it is absent. This is what
     * {@code eth_getProof} returns and what a host stores for an account or storage proof hint.
     */
    public List<byte[]> proof(byte[] key) {
        find(key); // opens every node on the path
        List<byte[]> out = new ArrayList<>();
        TrieNode node = root;
        int pos = 0;
        int end = key.length * 2;
        boolean first = true;
        while (node instanceof TrieNode.Cached c) {
            byte[] rlp = c.rlp();
            if (first || rlp.length >= 32) out.add(rlp.clone());
            first = false;
            switch (node) {
                case TrieNode.Extension x -> {
                    if (Nibbles.commonPrefix(x.path, key, pos) != x.path.length) return out;
                    pos += x.path.length;
                    node = x.child;
                }
                case TrieNode.Branch br -> {
                    if (pos == end) return out;
                    node = br.children[Nibbles.at(key, pos++)];
                }
                default -> {
                    return out;
                }
            }
        }
        return out;
    }

    /**
     * Visits every key and value in key order (a key that is a prefix of another comes first), opening every node.
     * The arrays passed are fresh copies.
     */
    public void forEach(BiConsumer<byte[], byte[]> visitor) {
        if (root instanceof TrieNode.Blinded b) root = open(b, "");
        walk(root, new byte[64], 0, visitor);
    }

    private void walk(TrieNode node, byte[] path, int len, BiConsumer<byte[], byte[]> visitor) {
        switch (node) {
            case TrieNode.Empty e -> {}
            case TrieNode.Blinded b -> throw new IllegalStateException("unreachable: children are opened above");
            case TrieNode.Leaf l -> {
                byte[] p = append(path, len, l.path);
                emit(p, len + l.path.length, l.value, visitor);
            }
            case TrieNode.Extension x -> {
                byte[] p = append(path, len, x.path);
                int n = len + x.path.length;
                if (x.child instanceof TrieNode.Blinded b) x.child = open(b, Nibbles.describeNibbles(p, n));
                walk(x.child, p, n, visitor);
            }
            case TrieNode.Branch br -> {
                if (br.value != null) emit(path, len, br.value, visitor);
                if (len + 1 > MAX_TRAVERSAL_DEPTH) throw new MptException("trie path deeper than " + MAX_TRAVERSAL_DEPTH + " nibbles");
                for (int i = 0; i < 16; i++) {
                    TrieNode c = br.children[i];
                    if (c == TrieNode.EMPTY) continue;
                    byte[] p = ensure(path, len + 1);
                    p[len] = (byte) i;
                    if (c instanceof TrieNode.Blinded b) br.children[i] = c = open(b, Nibbles.describeNibbles(p, len + 1));
                    walk(c, p, len + 1, visitor);
                }
            }
        }
    }

    private static byte[] append(byte[] path, int len, byte[] more) {
        if (len + more.length > MAX_TRAVERSAL_DEPTH) {
            throw new MptException("trie path deeper than " + MAX_TRAVERSAL_DEPTH + " nibbles");
        }
        byte[] p = ensure(path, len + more.length);
        System.arraycopy(more, 0, p, len, more.length);
        return p;
    }

    private static byte[] ensure(byte[] path, int n) {
        return n <= path.length ? path : Arrays.copyOf(path, Math.max(n, path.length * 2));
    }

    private static void emit(byte[] path, int len, byte[] value, BiConsumer<byte[], byte[]> visitor) {
        if ((len & 1) != 0) {
            throw new MptException("trie holds a value at an odd nibble path 0x" + Nibbles.describeNibbles(path, len)
                    + ", which no byte key reaches");
        }
        visitor.accept(Nibbles.pack(path, len), value.clone());
    }

    /**
     * Passes the RLP of every node that is stored under its own hash (the root and every node of 32 bytes or more)
     * among the nodes this trie holds opened. Blinded subtrees are skipped: their nodes are wherever they came from.
     * Feeding these to an {@link InMemoryTrieProvider} makes the trie re-openable from {@link #rootHash()}.
     */
    public void collectNodes(Consumer<byte[]> sink) {
        if (root instanceof TrieNode.Cached c) {
            sink.accept(c.rlp().clone());
            collectChildren(root, sink);
        }
    }

    private static void collectChildren(TrieNode node, Consumer<byte[]> sink) {
        switch (node) {
            case TrieNode.Extension x -> collectChild(x.child, sink);
            case TrieNode.Branch br -> {
                for (TrieNode c : br.children) collectChild(c, sink);
            }
            default -> {}
        }
    }

    private static void collectChild(TrieNode c, Consumer<byte[]> sink) {
        if (c instanceof TrieNode.Cached cc) {
            byte[] rlp = cc.rlp();
            if (rlp.length >= 32) sink.accept(rlp.clone());
            collectChildren(c, sink);
        }
    }
}
