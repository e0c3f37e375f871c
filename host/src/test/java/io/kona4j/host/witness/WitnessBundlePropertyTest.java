package io.kona4j.host.witness;

import io.kona4j.preimage.PreimageKey;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Bundles of any hash-keyed preimages round-trip; any bytes at all read as a bundle or a typed bundle error. */
class WitnessBundlePropertyTest {
    @Property(tries = 200)
    void anyKeccakAndLocalEntriesRoundTrip(@ForAll @Size(max = 20) List<byte[]> values) throws Exception {
        Map<PreimageKey, byte[]> m = new TreeMap<>();
        for (int i = 0; i < values.size(); i++) {
            m.put(PreimageKey.keccak256Of(values.get(i)), values.get(i));
            m.put(PreimageKey.local(i + 1), values.get(i));
        }
        Path f = Files.createTempFile("bundle", ".w");
        try {
            WitnessBundle.write(f, m, null);
            WitnessBundle b = WitnessBundle.read(f);
            assertThat(b.size()).isEqualTo(m.size());
            m.forEach((k, v) -> assertThat(b.get(k)).isEqualTo(v));
        } finally {
            Files.deleteIfExists(f);
        }
    }

    @Property(tries = 1000)
    void arbitraryBytesReadOrFailTyped(@ForAll @Size(max = 300) byte[] tail, @ForAll boolean withMagic) {
        byte[] head = withMagic ? "KONA4JWB\0\1\0\0".getBytes(StandardCharsets.ISO_8859_1) : new byte[0];
        byte[] data = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, data, head.length, tail.length);
        try {
            WitnessBundle.read(new ByteArrayInputStream(data), data.length);
        } catch (WitnessBundleException e) {
            assertThat(e.reason()).isNotNull();
        } catch (java.io.IOException e) {
            throw new AssertionError("an in-memory stream does not fail", e);
        }
    }
}
