package io.kona4j.preimage;

import io.kona4j.primitives.Hex;
import org.bouncycastle.crypto.digests.KeccakDigest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/** A channel fed from a fixed script of incoming bytes that records everything written to it. */
final class Transcript {
    final ByteArrayOutputStream written = new ByteArrayOutputStream();
    final StreamChannel channel;

    Transcript(String incomingHex) {
        channel = StreamChannel.of("transcript", new ByteArrayInputStream(Hex.decode(incomingHex.replace(" ", ""))), written);
    }

    String writtenHex() {
        return Hex.encodeNoPrefix(written.toByteArray());
    }

    static String hex(String spaced) {
        return spaced.replace(" ", "");
    }

    /** keccak256 by Bouncy Castle, independent of the code under test. */
    static byte[] bcKeccak(byte[]... parts) {
        KeccakDigest d = new KeccakDigest(256);
        for (byte[] p : parts) d.update(p, 0, p.length);
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return out;
    }

    static String zeros(int n) {
        return "00".repeat(n);
    }
}
