package io.kona4j.evm;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.primitives.UInt256;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class PushTest {
    private static byte[] returnOf(String code) {
        return new Evm(SpecId.CANCUN, 1).transact(Message.call(EvmTest.SENDER, EvmTest.TARGET, UInt256.ZERO, new byte[0],
                100_000), EvmTest.ENV, EvmTest.stateWith(code)).output();
    }

    @Test
    void everyPushWidthPushesItsBigEndianBytes() {
        for (int n = 1; n <= 32; n++) {
            StringBuilder bytes = new StringBuilder();
            for (int i = 0; i < n; i++) bytes.append(String.format("%02x", (0xa1 + 7 * i) & 0xff));
            // PUSHn bytes, PUSH1 0, MSTORE, PUSH1 32, PUSH1 0, RETURN
            String code = "0x" + String.format("%02x", 0x5f + n) + bytes + "600052" + "60206000f3";
            assertThat(new BigInteger(1, returnOf(code))).as("PUSH%d", n).isEqualTo(new BigInteger(bytes.toString(), 16));
        }
    }

    @Test
    void aPushCutShortByTheEndOfCodeReadsZeros() {
        // PUSH3 with one byte of code left: the missing low bytes are zeros (0xff0000); seen on the STOP step's stack
        java.io.ByteArrayOutputStream trace = new java.io.ByteArrayOutputStream();
        new Evm(SpecId.CANCUN, 1).transact(Message.call(EvmTest.SENDER, EvmTest.TARGET, UInt256.ZERO, new byte[0],
                100_000), EvmTest.ENV, EvmTest.stateWith("0x62ff"), new io.kona4j.evm.tracing.StandardJsonTracer(
                new java.io.PrintStream(trace, true, java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(trace.toString(java.nio.charset.StandardCharsets.UTF_8).lines())
                .anySatisfy(l -> assertThat(l).contains("\"pc\":4,").contains("\"stack\":[\"0xff0000\"]"));
    }
}
