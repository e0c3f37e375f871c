package io.kona4j.mpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrieTest {
    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void emptyTrieHasTheEmptyRoot() {
        assertThat(Trie.empty().rootHash()).isEqualTo(Hash.EMPTY_TRIE_ROOT);
        assertThat(Trie.empty().rootHash()).isEqualTo(Keccak256.hash(new byte[] {(byte) 0x80}));
    }

    /** ethereum-tests TrieTests trieanyorder.json "puppy" and "dogs". */
    @Test
    void knownRootsWithBranchValues() {
        Trie t = Trie.empty();
        t.put(ascii("do"), ascii("verb"));
        t.put(ascii("horse"), ascii("stallion"));
        t.put(ascii("doge"), ascii("coin"));
        t.put(ascii("dog"), ascii("puppy"));
        assertThat(t.rootHash()).isEqualTo(Hash.fromHex("0x5991bb8c6514148a29db676a14ac506cd2cd5775ace63c30a4fe457715e9ac84"));
        assertThat(t.get(ascii("dog"))).isEqualTo(ascii("puppy"));
        assertThat(t.get(ascii("d"))).isNull();
        assertThat(t.get(ascii("dogs"))).isNull();

        Trie dogs = Trie.empty();
        dogs.put(ascii("doe"), ascii("reindeer"));
        dogs.put(ascii("dog"), ascii("puppy"));
        dogs.put(ascii("dogglesworth"), ascii("cat"));
        assertThat(dogs.rootHash()).isEqualTo(Hash.fromHex("0x8aad789dff2f538bca5d8ea56e8abe10f4c7ba3a5dea95fea4cd6e7c3a1168d3"));
    }

    /** Deleting back to an earlier set of keys restores that set's root (trietest.json "emptyValues" ends on "puppy"). */
    @Test
    void deletionCollapsesToTheCanonicalShape() {
        Trie t = Trie.empty();
        t.put(ascii("do"), ascii("verb"));
        t.put(ascii("ether"), ascii("wookiedoo"));
        t.put(ascii("horse"), ascii("stallion"));
        t.put(ascii("shaman"), ascii("horse"));
        t.put(ascii("doge"), ascii("coin"));
        t.delete(ascii("ether"));
        t.put(ascii("dog"), ascii("puppy"));
        t.put(ascii("shaman"), new byte[0]);
        assertThat(t.rootHash()).isEqualTo(Hash.fromHex("0x5991bb8c6514148a29db676a14ac506cd2cd5775ace63c30a4fe457715e9ac84"));
        assertThat(t.delete(ascii("absent"))).isFalse();
        assertThat(t.rootHash()).isEqualTo(Hash.fromHex("0x5991bb8c6514148a29db676a14ac506cd2cd5775ace63c30a4fe457715e9ac84"));
    }

    @Test
    void blindedTrieReadsWritesAndDeletesLikeTheFullOne() {
        Random rnd = new Random(7);
        Trie full = Trie.empty();
        Map<String, byte[]> kv = new HashMap<>();
        for (int i = 0; i < 2000; i++) {
            byte[] k = new byte[32];
            rnd.nextBytes(k);
            byte[] v = new byte[1 + rnd.nextInt(40)];
            rnd.nextBytes(v);
            full.put(k, v);
            kv.put(Hex.encode(k), v);
        }
        InMemoryTrieProvider nodes = new InMemoryTrieProvider();
        full.collectNodes(nodes::put);
        Hash root = full.rootHash();

        Trie lazy = Trie.open(root, nodes);
        List<String> keys = new ArrayList<>(kv.keySet());
        for (int i = 0; i < keys.size(); i += 2) {
            byte[] k = Hex.decode(keys.get(i));
            assertThat(lazy.get(k)).isEqualTo(kv.get(keys.get(i)));
        }
        // Deletions on a freshly opened trie must fetch siblings to collapse; the result equals a rebuild.
        Trie lazy2 = Trie.open(root, nodes);
        Trie rebuilt = Trie.empty();
        for (int i = 0; i < keys.size(); i++) {
            byte[] k = Hex.decode(keys.get(i));
            if (i % 3 == 0) assertThat(lazy2.delete(k)).isTrue();
            else rebuilt.put(k, kv.get(keys.get(i)));
        }
        assertThat(lazy2.rootHash()).isEqualTo(rebuilt.rootHash());
        for (int i = 0; i < keys.size(); i++) {
            byte[] k = Hex.decode(keys.get(i));
            assertThat(lazy2.delete(k)).isEqualTo(i % 3 != 0);
        }
        assertThat(lazy2.rootHash()).isEqualTo(Hash.EMPTY_TRIE_ROOT);
    }

    @Test
    void proofsVerifyPresenceAndAbsence() {
        Trie t = Trie.empty();
        Random rnd = new Random(1);
        List<byte[]> keys = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            byte[] k = Keccak256.digest(new byte[] {(byte) i, (byte) (i >> 8)});
            keys.add(k);
            t.put(k, ("value" + i).getBytes(StandardCharsets.US_ASCII));
        }
        Hash root = t.rootHash();
        for (int i = 0; i < keys.size(); i++) {
            assertThat(TrieProof.verify(root, keys.get(i), t.proof(keys.get(i))))
                    .isEqualTo(("value" + i).getBytes(StandardCharsets.US_ASCII));
        }
        byte[] absent = new byte[32];
        rnd.nextBytes(absent);
        assertThat(TrieProof.verify(root, absent, t.proof(absent))).isNull();
        // A proof of one key does not prove another far away.
        assertThatThrownBy(() -> TrieProof.verify(root, keys.get(1), t.proof(keys.get(2)).subList(0, 1)))
                .isInstanceOf(MissingTrieNodeException.class);
    }

    @Test
    void wrongBytesFromTheProviderAreRejectedWithHashAndPath() {
        Trie t = Trie.empty();
        for (int i = 0; i < 100; i++) t.put(Keccak256.digest(new byte[] {(byte) i}), new byte[] {1, 2, 3, (byte) i});
        InMemoryTrieProvider nodes = new InMemoryTrieProvider();
        t.collectNodes(nodes::put);
        Hash root = t.rootHash();
        byte[] key = Keccak256.digest(new byte[] {5});

        // A provider answering every request with the root node: the first child request gets the wrong preimage.
        TrieProvider liar = h -> nodes.trieNodeByHash(root);
        assertThatThrownBy(() -> Trie.open(root, liar).get(key))
                .isInstanceOfSatisfying(TrieNodeHashMismatchException.class, e -> {
                    assertThat(e.hash()).isNotEqualTo(root);
                    assertThat(e.actual()).isEqualTo(root);
                    assertThat(e.path()).isEqualTo(Nibbles.describe(key, 1));
                    assertThat(e.getMessage()).contains(e.hash().toHex()).contains("0x" + e.path());
                });

        TrieProvider rootOnly = h -> h.equals(root) ? nodes.trieNodeByHash(root) : null;
        assertThatThrownBy(() -> Trie.open(root, rootOnly).get(key))
                .isInstanceOfSatisfying(MissingTrieNodeException.class, e -> assertThat(e.path()).hasSize(1));

        // Bytes that do hash to the key but are no trie node.
        InMemoryTrieProvider junk = new InMemoryTrieProvider();
        Hash junkHash = junk.put(Hex.decode("0xc3010203"));
        assertThatThrownBy(() -> Trie.open(junkHash, junk).get(key))
                .isInstanceOfSatisfying(MalformedTrieNodeException.class, e -> {
                    assertThat(e.hash()).isEqualTo(junkHash);
                    assertThat(e.path()).isEmpty();
                });
    }

    @Test
    void emptyRootNeedsNoProvider() {
        Trie t = Trie.open(Hash.EMPTY_TRIE_ROOT, TrieProvider.NONE);
        assertThat(t.get(new byte[32])).isNull();
        t.put(new byte[32], new byte[] {1});
        assertThat(t.get(new byte[32])).containsExactly(1);
    }

    @Test
    void forEachVisitsInKeyOrder() {
        Trie t = Trie.empty();
        for (String k : List.of("b", "a", "ab", "abc", "c", "ba")) t.put(ascii(k), ascii(k.toUpperCase()));
        List<String> seen = new ArrayList<>();
        t.forEach((k, v) -> seen.add(new String(k, StandardCharsets.US_ASCII) + "=" + new String(v, StandardCharsets.US_ASCII)));
        assertThat(seen).containsExactly("a=A", "ab=AB", "abc=ABC", "b=B", "ba=BA", "c=C");
    }

    @Test
    void accountRoundTrip() {
        // An account value from ethereum-tests hex_encoded_securetrie_test.json test1.
        byte[] rlp = Hex.decode("0xf848018405f446a7a056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421a0c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
        TrieAccount a = TrieAccount.decode(rlp);
        assertThat(a.nonce()).isEqualTo(1);
        assertThat(a.balance().longValue()).isEqualTo(0x05f446a7L);
        assertThat(a.storageRoot()).isEqualTo(Hash.EMPTY_TRIE_ROOT);
        assertThat(a.codeHash()).isEqualTo(Hash.EMPTY_CODE_HASH);
        assertThat(Arrays.equals(a.encode(), rlp)).isTrue();
        assertThatThrownBy(() -> TrieAccount.decode(Hex.decode("0xc101"))).isInstanceOf(MptException.class);
    }
}
