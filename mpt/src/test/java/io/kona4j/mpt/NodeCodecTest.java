package io.kona4j.mpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.primitives.Hex;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class NodeCodecTest {
    @Test
    void leafAndExtensionUseHexPrefix() {
        // Yellow Paper appendix C examples: [1,2,3,4,5] ext -> 0x112345; [0,1,2,3,4,5] ext -> 0x00012345;
        // [0,f,1,c,b,8] leaf -> 0x200f1cb8; [f,1,c,b,8] leaf -> 0x3f1cb8.
        assertThat(Nibbles.hexPrefix(new byte[] {1, 2, 3, 4, 5}, false)).isEqualTo(Hex.decode("112345"));
        assertThat(Nibbles.hexPrefix(new byte[] {0, 1, 2, 3, 4, 5}, false)).isEqualTo(Hex.decode("00012345"));
        assertThat(Nibbles.hexPrefix(new byte[] {0, 15, 1, 12, 11, 8}, true)).isEqualTo(Hex.decode("200f1cb8"));
        assertThat(Nibbles.hexPrefix(new byte[] {15, 1, 12, 11, 8}, true)).isEqualTo(Hex.decode("3f1cb8"));
    }

    @Test
    void decodeEncodeRoundTripsRealNodes() {
        Trie t = Trie.empty();
        for (int i = 0; i < 300; i++) t.put(io.kona4j.primitives.Keccak256.digest(new byte[] {(byte) i}), new byte[] {(byte) i, 7});
        t.collectNodes(rlp -> assertThat(TrieNode.decode(rlp).encode()).isEqualTo(rlp));
    }

    @Test
    void rejectsNonCanonicalShapes() {
        // 3-item list; extension with empty path; child reference of 5 bytes; bad hex-prefix flag.
        for (String bad : new String[] {"0xc3010203", "0xc3008180", "0xc8820012850102030405", "0xc3408180", "0x01", "0x"}) {
            assertThatThrownBy(() -> TrieNode.decode(Hex.decode(bad)))
                    .as(bad).isInstanceOf(MalformedTrieNodeException.class);
        }
    }

    @Property(tries = 3000)
    void fuzzedBytesOnlyEverGiveMalformedNode(@ForAll @Size(max = 600) byte[] data) {
        try {
            TrieNode n = TrieNode.decode(data);
            assertThat(n).isNotNull();
        } catch (MalformedTrieNodeException expected) {
            assertThat(expected.getMessage()).startsWith("malformed trie node");
        }
    }

    @Property(tries = 2000)
    void fuzzedBranchShapedInputOnlyGivesMalformedNode(@ForAll @Size(min = 17, max = 17) byte[][] items) {
        // Lists of 17 short strings: close to real branches, so the decoder gets past the outer checks.
        io.kona4j.primitives.rlp.RlpWriter w = new io.kona4j.primitives.rlp.RlpWriter().startList();
        for (byte[] b : items) w.writeBytes(b.length > 40 ? java.util.Arrays.copyOf(b, 32) : b);
        byte[] rlp = w.endList().toByteArray();
        try {
            TrieNode.decode(rlp);
        } catch (MalformedTrieNodeException expected) {
            assertThat(expected.reason()).isNotBlank();
        }
    }
}
