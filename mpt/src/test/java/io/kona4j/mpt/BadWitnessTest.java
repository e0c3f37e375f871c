package io.kona4j.mpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.rlp.RlpWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * A witness that lies, is incomplete or holds junk: every failure is the module's typed error naming the node's hash
 * and nibble path, and nothing else escapes, whatever the provider returns.
 */
class BadWitnessTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** A branch at the root whose child 0 is {@code child0} by hash and child 1 a small leaf, inline. */
    private static byte[] branch(Hash child0) {
        RlpWriter w = new RlpWriter().startList().writeHash(child0);
        w.writeRaw(new RlpWriter().startList().writeBytes(new byte[] {0x3f}).writeBytes(new byte[] {1}).endList().toByteArray());
        for (int i = 2; i < 17; i++) w.writeBytes(new byte[0]);
        return w.endList().toByteArray();
    }

    @Test
    void malformedNodeBelowTheRootIsNamedByHashAndPath() {
        byte[] junk = new byte[40];
        junk[0] = (byte) 0xc2; // a list of two bytes followed by trailing garbage: not a node
        InMemoryTrieProvider p = new InMemoryTrieProvider();
        Hash junkHash = p.put(junk);
        Hash root = p.put(branch(junkHash));
        byte[] key = new byte[32]; // first nibble 0: through child 0
        assertThatThrownBy(() -> Trie.open(root, p).get(key))
                .isInstanceOfSatisfying(MalformedTrieNodeException.class, e -> {
                    assertThat(e.hash()).isEqualTo(junkHash);
                    assertThat(e.path()).isEqualTo("0");
                    assertThat(e.getMessage()).contains(junkHash.toHex()).contains("nibble path 0x0");
                });
    }

    @Test
    void missingAndWrongNodesBelowTheRootAreNamedByHashAndPath() {
        InMemoryTrieProvider p = new InMemoryTrieProvider();
        Hash absent = Keccak256.hash(new byte[] {42});
        Hash root = p.put(branch(absent));
        assertThatThrownBy(() -> Trie.open(root, p).get(new byte[32]))
                .isInstanceOfSatisfying(MissingTrieNodeException.class, e -> {
                    assertThat(e.hash()).isEqualTo(absent);
                    assertThat(e.path()).isEqualTo("0");
                    assertThat(e.getMessage()).contains(absent.toHex()).contains("0x0");
                });
        p.putUnchecked(absent, new byte[] {(byte) 0xc0});
        assertThatThrownBy(() -> Trie.open(root, p).get(new byte[32]))
                .isInstanceOfSatisfying(TrieNodeHashMismatchException.class, e -> {
                    assertThat(e.hash()).isEqualTo(absent);
                    assertThat(e.actual()).isEqualTo(Keccak256.hash(new byte[] {(byte) 0xc0}));
                    assertThat(e.path()).isEqualTo("0");
                });
        // The other child is inline and needs no provider.
        byte[] key = new byte[32];
        key[0] = 0x1f;
        assertThat(Trie.open(root, p).get(new byte[] {0x1f})).containsExactly(1);
        assertThat(Trie.open(root, p).get(key)).isNull();
    }

    @Test
    void deleteThatMustFetchAMissingSiblingNamesIt() {
        InMemoryTrieProvider p = new InMemoryTrieProvider();
        Hash absent = Keccak256.hash(new byte[] {7});
        Hash root = p.put(branch(absent));
        Trie t = Trie.open(root, p);
        // Deleting the inline leaf leaves the branch with one child, which must be read to collapse it.
        assertThatThrownBy(() -> t.delete(new byte[] {0x1f}))
                .isInstanceOfSatisfying(MissingTrieNodeException.class, e -> {
                    assertThat(e.hash()).isEqualTo(absent);
                    assertThat(e.path()).isEqualTo("0");
                });
    }

    @Test
    void openRootChecksTheRoot() {
        Hash root = Keccak256.hash(new byte[] {1});
        assertThatThrownBy(() -> Trie.open(root, TrieProvider.NONE).openRoot())
                .isInstanceOfSatisfying(MissingTrieNodeException.class, e -> {
                    assertThat(e.hash()).isEqualTo(root);
                    assertThat(e.path()).isEmpty();
                    assertThat(e.getMessage()).contains("at the root");
                });
    }

    private static final List<byte[]> REAL_NODES = realNodes();

    private static List<byte[]> realNodes() {
        Trie t = Trie.empty();
        for (int i = 0; i < 200; i++) t.put(Keccak256.digest(new byte[] {(byte) i}), new byte[] {(byte) i, 1, 2});
        for (int i = 0; i < 20; i++) t.put(new byte[] {(byte) i}, new byte[] {(byte) i}); // short keys: inline nodes
        List<byte[]> out = new ArrayList<>();
        t.collectNodes(out::add);
        return out;
    }

    /**
     * A real trie with one node replaced by a mutation of itself, stored under its own hash (so it passes the hash
     * check and reaches the decoder) and reached as the root: reads give a value, null, or an {@link MptException}.
     */
    @Property(tries = 2000)
    void mutatedNodesGiveValuesOrTypedErrors(@ForAll @IntRange(min = 0, max = 10_000) int which,
                                             @ForAll @IntRange(min = 0, max = 100_000) int where,
                                             @ForAll byte value, @ForAll @Size(min = 1, max = 33) byte[] key) {
        InMemoryTrieProvider p = InMemoryTrieProvider.of(REAL_NODES);
        byte[] node = REAL_NODES.get(which % REAL_NODES.size()).clone();
        node[where % node.length] ^= (byte) (value | 1);
        Hash root = p.put(node);
        String error = "";
        long before = THREADS.getCurrentThreadAllocatedBytes();
        try {
            Trie t = Trie.open(root, p);
            t.get(key);
            t.put(key, new byte[] {9});
            t.rootHash();
        } catch (MptException expected) {
            error = expected.getMessage();
        }
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
        assertThat(error).isNotNull();
        assertThat(allocated).isLessThan(1 << 20);
    }

    @Property(tries = 2000)
    void arbitraryNodeBytesAllocateInProportion(@ForAll @Size(max = 800) byte[] data) {
        decodeBoth(data); // first run bootstraps each error message's string concatenation once per call site
        String nodeError = "x";
        String accountError = "malformed account";
        long before = THREADS.getCurrentThreadAllocatedBytes();
        try {
            TrieNode.decode(data);
        } catch (MalformedTrieNodeException expected) {
            nodeError = expected.reason();
        }
        try {
            TrieAccount.decode(data);
        } catch (MptException expected) {
            accountError = expected.getMessage();
        }
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
        assertThat(nodeError).isNotBlank();
        assertThat(accountError).startsWith("malformed account");
        assertThat(allocated).isLessThan(128 * 1024 + 32L * data.length);
    }

    private static void decodeBoth(byte[] data) {
        try {
            TrieNode.decode(data);
        } catch (MalformedTrieNodeException expected) {
            assertThat(expected).isNotNull();
        }
        try {
            TrieAccount.decode(data);
        } catch (MptException expected) {
            assertThat(expected).isNotNull();
        }
    }

    static {
        for (byte[] n : realNodes()) TrieNode.decode(n);
        try {
            TrieAccount.decode(new byte[] {1});
        } catch (MptException warmUp) {
            assertThat(warmUp).isNotNull();
        }
    }
}
