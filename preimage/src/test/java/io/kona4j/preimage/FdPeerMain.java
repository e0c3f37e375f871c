package io.kona4j.preimage;

import io.kona4j.primitives.Hex;

import java.nio.charset.StandardCharsets;

/**
 * A client program for the cross-process test, run in its own JVM: it talks to its host over inherited FPVM fds
 * 3–6 exactly as Kona's client does, and prints what it received on stdout.
 */
public final class FdPeerMain {
    private FdPeerMain() {}

    public static void main(String[] args) {
        try (StreamChannel hints = FpvmFileDescriptor.openHintChannel();
             StreamChannel preimages = FpvmFileDescriptor.openPreimageChannel()) {
            HintWriter hintWriter = new HintWriter(hints);
            OracleReader oracle = new OracleReader(preimages);
            hintWriter.write("l1-block-header 0x" + "ab".repeat(32));
            byte[] head = new byte[32];
            oracle.getExact(PreimageKey.local(1), head);
            byte[] hello = oracle.get(PreimageKey.keccak256Of("hello".getBytes(StandardCharsets.US_ASCII)));
            System.out.println(Hex.encode(head) + " " + new String(hello, StandardCharsets.US_ASCII));
        }
    }
}
