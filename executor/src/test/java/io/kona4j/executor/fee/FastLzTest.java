package io.kona4j.executor.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FastLzTest {
    @Test
    void opGethVectors() {
        // PROTOCOL.md §2.3: op-geth's FlzCompressLen test vectors.
        assertThat(FastLz.compressedLength(new byte[0])).isZero();
        byte[] ones = new byte[1000];
        Arrays.fill(ones, (byte) 1);
        assertThat(FastLz.compressedLength(ones)).isEqualTo(21);
        assertThat(FastLz.compressedLength(new byte[1000])).isEqualTo(21);
    }

    @Test
    void shortInputsAreOneLiteralRun() {
        // Below 13 bytes nothing is matched: one literal run of r bytes costs r + 1.
        for (int n = 1; n <= 12; n++) assertThat(FastLz.compressedLength(new byte[n])).isEqualTo(n + 1);
    }

    @Test
    void incompressibleInputCostsLiteralRunsOf32() {
        // 64 bytes without any repeated 3-byte sequence: two full literal runs of 0x20 bytes, 0x21 each.
        byte[] b = new byte[64];
        for (int i = 0; i < 64; i++) b[i] = (byte) (i * 7 + 3);
        assertThat(FastLz.compressedLength(b)).isEqualTo(66);
    }

    @Test
    void randomInputNeverFails() {
        Random r = new Random(1);
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[r.nextInt(3000)];
            for (int j = 0; j < b.length; j++) b[j] = (byte) (r.nextInt(4));
            assertThat(FastLz.compressedLength(b)).isBetween(0, b.length + b.length / 32 + 1);
        }
    }
}
