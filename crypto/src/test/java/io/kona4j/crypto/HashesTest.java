package io.kona4j.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.primitives.Hex;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HashesTest {
    @Test
    void sha256KnownAnswers() {
        assertThat(Hex.encode(Sha256.digest(new byte[0])))
                .isEqualTo("0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Hex.encode(Sha256.digest("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("0xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void ripemd160KnownAnswers() {
        assertThat(Hex.encode(Ripemd160.digest(new byte[0]))).isEqualTo("0x9c1185a5c5e9fc54612808977ee8f548b2258d31");
        assertThat(Hex.encode(Ripemd160.digest("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("0x8eb208f7e05d987a9b044a8e98c6b087f15a0bfc");
    }
}
