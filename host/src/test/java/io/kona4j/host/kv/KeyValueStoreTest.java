package io.kona4j.host.kv;

import io.kona4j.preimage.PreimageKey;
import io.kona4j.primitives.Hash;
import io.kona4j.proof.BootInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyValueStoreTest {
    private static final PreimageKey HELLO = PreimageKey.keccak256Of("hello".getBytes(StandardCharsets.US_ASCII));
    private static final BootInfo BOOT = new BootInfo(Hash.fromHex("0x" + "11".repeat(32)),
            Hash.fromHex("0x" + "22".repeat(32)), Hash.fromHex("0x" + "33".repeat(32)), 42, 10);

    @TempDir
    Path dir;

    @Test
    void memoryStoreCopiesInAndOut() {
        MemoryKeyValueStore m = new MemoryKeyValueStore();
        byte[] v = {1, 2};
        m.set(HELLO, v);
        v[0] = 9;
        assertThat(m.get(HELLO)).containsExactly(1, 2);
        m.get(HELLO)[0] = 9;
        assertThat(m.get(HELLO)).containsExactly(1, 2);
        assertThat(m.get(PreimageKey.local(1))).isNull();
        List<PreimageKey> seen = new ArrayList<>();
        m.forEach((k, val) -> {
            seen.add(k);
            val[0] = 9;
        });
        assertThat(seen).containsExactly(HELLO);
        assertThat(m.get(HELLO)).containsExactly(1, 2);
    }

    @Test
    void diskStorePersistsUnderTheFullTypedKey() throws Exception {
        try (DiskKeyValueStore disk = DiskKeyValueStore.open(dir)) {
            disk.set(HELLO, "hello".getBytes(StandardCharsets.US_ASCII));
            disk.set(PreimageKey.sha256Of(new byte[0]), new byte[0]);
        }
        try (DiskKeyValueStore disk = DiskKeyValueStore.openReadOnly(dir)) {
            assertThat(new String(disk.get(HELLO), StandardCharsets.US_ASCII)).isEqualTo("hello");
            assertThat(disk.get(PreimageKey.sha256Of(new byte[0]))).isEmpty();
            assertThat(disk.get(PreimageKey.local(1))).isNull();
            List<String> keys = new ArrayList<>();
            disk.forEachRaw((k, v) -> keys.add(io.kona4j.primitives.Hex.encode(k)));
            // raw RocksDB keys are the 32 wire bytes, type byte first, in byte order
            assertThat(keys).containsExactly(HELLO.toHex(), PreimageKey.sha256Of(new byte[0]).toHex());
            MemoryKeyValueStore mem = disk.toMemory();
            assertThat(mem.size()).isEqualTo(2);
        }
    }

    @Test
    void diskStoreIsSnappyCompressedAsKonaHostsIs() throws Exception {
        try (DiskKeyValueStore disk = DiskKeyValueStore.open(dir)) {
            disk.set(HELLO, new byte[1]);
        }
        Path optionsFile;
        try (Stream<Path> files = Files.list(dir)) {
            optionsFile = files.filter(p -> p.getFileName().toString().startsWith("OPTIONS-")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(optionsFile)).contains("compression=kSnappyCompression");
    }

    @Test
    void aDirectoryThatIsNotADatabaseIsATypedError() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-db"), "x");
        assertThatThrownBy(() -> DiskKeyValueStore.open(file)).isInstanceOf(KeyValueStoreException.class)
                .hasMessageContaining("not-a-db");
        assertThatThrownBy(() -> DiskKeyValueStore.openReadOnly(dir.resolve("missing")))
                .isInstanceOf(KeyValueStoreException.class);
    }

    @Test
    void splitStoreSendsLocalKeysToTheBootInputs() {
        MemoryKeyValueStore remote = new MemoryKeyValueStore();
        remote.set(PreimageKey.local(1), new byte[] {7});
        remote.set(HELLO, new byte[] {8});
        SplitKeyValueStore split = new SplitKeyValueStore(new SingleChainLocalInputs(BOOT, null, null), remote);
        assertThat(split.get(PreimageKey.local(1))).isEqualTo(BOOT.l1Head().toArray());
        assertThat(split.get(HELLO)).containsExactly(8);
        split.set(PreimageKey.local(9), new byte[] {1});
        assertThat(remote.get(PreimageKey.local(9))).containsExactly(1);
        assertThat(split.get(PreimageKey.local(9))).isNull();
    }

    @Test
    void localInputsServeKeysOneToSeven() {
        SingleChainLocalInputs local = new SingleChainLocalInputs(BOOT, "{\"r\":1}".getBytes(), "{\"l1\":1}".getBytes());
        assertThat(local.get(PreimageKey.local(2))).isEqualTo(BOOT.agreedL2OutputRoot().toArray());
        assertThat(local.get(PreimageKey.local(3))).isEqualTo(BOOT.claimedL2OutputRoot().toArray());
        assertThat(local.get(PreimageKey.local(4))).containsExactly(0, 0, 0, 0, 0, 0, 0, 42);
        assertThat(local.get(PreimageKey.local(5))).containsExactly(0, 0, 0, 0, 0, 0, 0, 10);
        assertThat(new String(local.get(PreimageKey.local(6)))).isEqualTo("{\"r\":1}");
        assertThat(new String(local.get(PreimageKey.local(7)))).isEqualTo("{\"l1\":1}");
        assertThat(local.get(PreimageKey.local(8))).isNull();
        assertThat(local.get(HELLO)).isNull();
        assertThat(new SingleChainLocalInputs(BOOT, null, null).get(PreimageKey.local(6))).isNull();
        assertThatThrownBy(() -> local.set(PreimageKey.local(1), new byte[0])).isInstanceOf(KeyValueStoreException.class);
    }
}
