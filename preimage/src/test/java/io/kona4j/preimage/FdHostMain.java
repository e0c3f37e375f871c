package io.kona4j.preimage;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A host for the cross-process test, run in its own JVM: it serves two preimages over inherited FPVM fds 3–6 as a
 * host in server mode does, and prints each hint it was given on stdout.
 */
public final class FdHostMain {
    private FdHostMain() {}

    public static void main(String[] args) {
        byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
        Map<PreimageKey, byte[]> store = Map.of(PreimageKey.local(1), new byte[32], PreimageKey.keccak256Of(hello), hello);
        StreamChannel hints = FpvmFileDescriptor.openHintChannel();
        StreamChannel preimages = FpvmFileDescriptor.openPreimageChannel();
        new PreimageServer(preimages, hints, k -> {
            byte[] v = store.get(k);
            if (v == null) throw new KeyNotFoundException(k);
            return v;
        }, hint -> System.out.println("hint: " + hint)).run();
    }
}
