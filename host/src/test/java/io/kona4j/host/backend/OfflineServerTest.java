package io.kona4j.host.backend;

import io.kona4j.host.kv.DiskKeyValueStore;
import io.kona4j.host.kv.SingleChainLocalInputs;
import io.kona4j.host.kv.SplitKeyValueStore;
import io.kona4j.preimage.BidirectionalChannel;
import io.kona4j.preimage.ChannelClosedException;
import io.kona4j.preimage.HintWriter;
import io.kona4j.preimage.KeyNotFoundException;
import io.kona4j.preimage.OracleReader;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.preimage.PreimageServer;
import io.kona4j.primitives.Hash;
import io.kona4j.proof.BootInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class OfflineServerTest {
    private static final BootInfo BOOT = new BootInfo(Hash.fromHex("0x" + "11".repeat(32)),
            Hash.fromHex("0x" + "22".repeat(32)), Hash.fromHex("0x" + "33".repeat(32)), 42, 10);

    @TempDir
    Path dir;

    @Test
    void servesBootInputsAndStoredPreimagesThenReportsTheFirstMissingKey() throws Exception {
        byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
        try (DiskKeyValueStore disk = DiskKeyValueStore.open(dir)) {
            disk.set(PreimageKey.keccak256Of(hello), hello);
        }
        try (DiskKeyValueStore disk = DiskKeyValueStore.openReadOnly(dir)) {
            OfflineHostBackend backend = new OfflineHostBackend(
                    new SplitKeyValueStore(new SingleChainLocalInputs(BOOT, null, null), disk));
            BidirectionalChannel pre = BidirectionalChannel.create("preimages");
            BidirectionalChannel hints = BidirectionalChannel.create("hints");
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread server = Thread.ofPlatform().start(() -> {
                try {
                    new PreimageServer(pre.host(), hints.host(), backend, backend).run();
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            OracleReader oracle = new OracleReader(pre.client());
            new HintWriter(hints.client()).write("l1-block-header 0x" + "11".repeat(32));
            assertThat(BootInfo.load(oracle)).isEqualTo(BOOT);
            assertThat(oracle.get(PreimageKey.keccak256Of(hello))).isEqualTo(hello);

            PreimageKey missing = PreimageKey.keccak256Of("absent".getBytes(StandardCharsets.US_ASCII));
            assertThatThrownBy(() -> oracle.get(missing)).isInstanceOf(ChannelClosedException.class);
            server.join(10_000);
            assertThat(server.isAlive()).isFalse();
            assertThat(failure.get()).isInstanceOfSatisfying(KeyNotFoundException.class, e -> {
                assertThat(e.key()).isEqualTo(missing);
                assertThat(e).hasMessageContaining("offline host");
            });
        }
    }
}
