package io.kona4j.primitives;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.jcajce.provider.digest.Keccak;
import org.junit.jupiter.api.Test;

class Keccak256Test {
    private static byte[] bouncyCastle(byte[] in) {
        return new Keccak.Digest256().digest(in);
    }

    @Test
    void knownVectors() {
        assertThat(Keccak256.hash(new byte[0])).isEqualTo(Hash.EMPTY_CODE_HASH);
        assertThat(Hex.encode(Keccak256.digest("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
        // keccak256(rlp("")) = keccak256(0x80): the empty trie root.
        assertThat(Keccak256.hash(new byte[] {(byte) 0x80})).isEqualTo(Hash.EMPTY_TRIE_ROOT);
    }

    @Test
    void everyLengthAroundTheRateMatchesBouncyCastle() {
        byte[] data = new byte[1000];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 31 + 7);
        for (int n = 0; n <= 700; n++) {
            byte[] in = java.util.Arrays.copyOf(data, n);
            assertThat(Keccak256.digest(in)).as("length %d", n).isEqualTo(bouncyCastle(in));
        }
    }

    @Property(tries = 300)
    void streamingMatchesOneShotAndBouncyCastle(@ForAll @Size(max = 2000) byte[] in, @ForAll int splitSeed) {
        int split = in.length == 0 ? 0 : Math.floorMod(splitSeed, in.length);
        Keccak256 k = new Keccak256();
        k.update(in, 0, split);
        if (split < in.length) k.update(in[split]);
        if (split + 1 < in.length) k.update(in, split + 1, in.length - split - 1);
        byte[] expected = bouncyCastle(in);
        assertThat(k.digest()).isEqualTo(expected);
        assertThat(Keccak256.digest(in)).isEqualTo(expected);
    }
}
