package io.kona4j.crypto.p256;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.crypto.Sha256;
import io.kona4j.crypto.precompile.Precompiles;
import io.kona4j.primitives.Hex;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class P256Test {
    // RFC 6979 appendix A.2.5: P-256, SHA-256, message "sample".
    private static final String UX = "60fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6";
    private static final String UY = "7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299";
    private static final String R = "efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716";
    private static final String S = "f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8";

    private static byte[] input() {
        byte[] hash = Sha256.digest("sample".getBytes(StandardCharsets.US_ASCII));
        return Hex.decode(Hex.encodeNoPrefix(hash) + R + S + UX + UY);
    }

    @Test
    void verifiesTheRfc6979Example() {
        byte[] out = Precompiles.p256Verify().run(input());
        assertThat(Hex.encodeNoPrefix(out)).isEqualTo("0000000000000000000000000000000000000000000000000000000000000001");
        assertThat(Precompiles.p256Verify().gas(input())).isEqualTo(3450);
    }

    @Test
    void anyInvalidInputGivesAnEmptyOutput() {
        byte[] in = input();
        assertThat(Precompiles.p256Verify().run(Arrays.copyOf(in, 159))).isEmpty();
        assertThat(Precompiles.p256Verify().run(Arrays.copyOf(in, 161))).isEmpty();
        byte[] badHash = in.clone();
        badHash[0] ^= 1;
        assertThat(Precompiles.p256Verify().run(badHash)).isEmpty();
        byte[] zeroR = in.clone();
        Arrays.fill(zeroR, 32, 64, (byte) 0);
        assertThat(Precompiles.p256Verify().run(zeroR)).isEmpty();
        byte[] offCurve = in.clone();
        offCurve[159] ^= 1;
        assertThat(Precompiles.p256Verify().run(offCurve)).isEmpty();
        byte[] infinity = in.clone();
        Arrays.fill(infinity, 96, 160, (byte) 0);
        assertThat(Precompiles.p256Verify().run(infinity)).isEmpty();
        byte[] hugeX = in.clone();
        Arrays.fill(hugeX, 96, 128, (byte) 0xff);
        assertThat(Precompiles.p256Verify().run(hugeX)).isEmpty();
    }

    @Property(tries = 200)
    void arbitraryInputsNeverThrow(@ForAll byte[] in) {
        assertThat(Precompiles.p256Verify().run(in)).isNotNull();
        assertThat(Precompiles.p256Verify().run(Arrays.copyOf(in, 160))).isNotNull();
    }
}
