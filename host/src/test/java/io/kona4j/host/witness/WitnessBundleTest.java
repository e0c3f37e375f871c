package io.kona4j.host.witness;

import io.kona4j.host.witness.WitnessBundleException.Reason;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.preimage.PreimageKeyType;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.proof.BootInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Round trip of a bundle, and every single flipped byte and every truncation rejected with a typed reason. */
class WitnessBundleTest {
    @TempDir
    Path dir;

    private static Map<PreimageKey, byte[]> entries() {
        Map<PreimageKey, byte[]> m = new TreeMap<>();
        byte[] header = "a header".getBytes(StandardCharsets.US_ASCII);
        m.put(PreimageKey.keccak256Of(header), header);
        m.put(PreimageKey.local(1), Keccak256.hash(new byte[] {1}).toArray());
        m.put(PreimageKey.local(4), new byte[] {0, 0, 0, 0, 0, 0, 0, 42});
        byte[] commitment = new byte[48];
        commitment[0] = (byte) 0xc0;
        m.put(PreimageKey.sha256Of(commitment), commitment);
        m.put(PreimageKey.blob(commitment, new byte[32]), new byte[32]);
        // an accelerated call: sha256 (0x02) is not accelerated, so the host's answer is the failure byte
        byte[] call = new byte[28];
        call[19] = 2;
        byte[] digest = Keccak256.digest(call);
        m.put(PreimageKey.of(digest, PreimageKeyType.KECCAK256), call);
        m.put(PreimageKey.of(digest, PreimageKeyType.PRECOMPILE), new byte[] {0});
        return m;
    }

    private static final BootInfo BOOT = new BootInfo(Hash.ZERO, Keccak256.hash(new byte[] {2}),
            Keccak256.hash(new byte[] {3}), 42, 11155420);

    @Test
    void roundTrip() {
        Path f = dir.resolve("w");
        WitnessBundle.write(f, entries(), BOOT);
        WitnessBundle b = WitnessBundle.read(f);
        assertThat(b.size()).isEqualTo(7);
        entries().forEach((k, v) -> assertThat(b.get(k)).isEqualTo(v));
        assertThat(b.metadata().get("format").asText()).isEqualTo("kona4j-witness-bundle");
        assertThat(b.metadata().get("l2ChainId").asLong()).isEqualTo(11155420);
        assertThat(b.get(PreimageKey.local(9))).isNull();
    }

    @Test
    void everyFlippedByteAndEveryTruncationIsATypedError() throws Exception {
        Path f = dir.resolve("w");
        WitnessBundle.write(f, entries(), BOOT);
        byte[] good = Files.readAllBytes(f);
        Set<Reason> seen = EnumSet.noneOf(Reason.class);
        for (int i = 0; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= 0x01;
            WitnessBundleException e = catchThrowableOfType(WitnessBundleException.class,
                    () -> WitnessBundle.read(new ByteArrayInputStream(bad), bad.length));
            assertThat(e).as("flipped byte %d", i).isNotNull();
            seen.add(e.reason());
        }
        assertThat(seen).contains(Reason.NOT_A_BUNDLE, Reason.UNSUPPORTED_VERSION, Reason.ENTRY_MISMATCH,
                Reason.DIGEST_MISMATCH);
        for (int n = 0; n < good.length; n++) {
            byte[] cut = Arrays.copyOf(good, n);
            assertThatThrownBy(() -> WitnessBundle.read(new ByteArrayInputStream(cut), cut.length))
                    .isInstanceOf(WitnessBundleException.class);
        }
        byte[] longer = Arrays.copyOf(good, good.length + 1);
        assertThat(catchThrowableOfType(WitnessBundleException.class,
                () -> WitnessBundle.read(new ByteArrayInputStream(longer), longer.length)).reason())
                .isEqualTo(Reason.TRAILING_DATA);
    }

    @Test
    void aValueWithTheRightHashButAWrongDigestIsRejected() throws Exception {
        Path f = dir.resolve("w");
        WitnessBundle.write(f, entries(), BOOT);
        byte[] bytes = Files.readAllBytes(f);
        // the local key 4 value (42) is not hash-checked: only the digest protects it
        int at = indexOf(bytes, new byte[] {0, 0, 0, 0, 0, 0, 0, 42});
        bytes[at + 7] = 43;
        assertThat(catchThrowableOfType(WitnessBundleException.class,
                () -> WitnessBundle.read(new ByteArrayInputStream(bytes), bytes.length)).reason())
                .isEqualTo(Reason.DIGEST_MISMATCH);
    }

    @Test
    void aForgedPrecompileResultIsCaughtByReRunningTheCall() throws Exception {
        Map<PreimageKey, byte[]> m = entries();
        Address ecrecover = Address.fromHex("0x0000000000000000000000000000000000000001");
        byte[] call = new byte[28 + 128];
        System.arraycopy(ecrecover.unsafeBytes(), 0, call, 0, 20);
        call[27] = (byte) 0xb8; // 3000 gas: enough
        byte[] digest = Keccak256.digest(call);
        m.put(PreimageKey.of(digest, PreimageKeyType.KECCAK256), call);
        m.put(PreimageKey.of(digest, PreimageKeyType.PRECOMPILE), new byte[] {1, 7});
        Path f = dir.resolve("forged");
        WitnessBundle.write(f, m, null);
        assertThat(catchThrowableOfType(WitnessBundleException.class, () -> WitnessBundle.read(f)).reason())
                .isEqualTo(Reason.ENTRY_MISMATCH);
    }

    @Test
    void hugeLengthsAreRefusedBeforeAllocation() throws Exception {
        Path f = dir.resolve("w");
        WitnessBundle.write(f, Map.of(), null);
        byte[] bytes = Files.readAllBytes(f);
        // metadata length field at offset 12
        bytes[12] = 0x7f;
        assertThat(catchThrowableOfType(WitnessBundleException.class,
                () -> WitnessBundle.read(new ByteArrayInputStream(bytes), bytes.length)).reason())
                .isEqualTo(Reason.LIMIT_EXCEEDED);
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        throw new AssertionError("not found");
    }
}
