package io.kona4j.host.kv;

import io.kona4j.preimage.PreimageKey;
import io.kona4j.primitives.Hash;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckedKeyValueStoreTest {
    private static final byte[] HELLO = "hello".getBytes(StandardCharsets.US_ASCII);

    @Test
    void valuesThatDoNotHashToTheirKeyAreNeverStored() {
        MemoryKeyValueStore mem = new MemoryKeyValueStore();
        CheckedKeyValueStore store = new CheckedKeyValueStore(mem);
        store.set(PreimageKey.keccak256Of(HELLO), HELLO);
        store.set(PreimageKey.sha256Of(HELLO), HELLO);
        // keccak256("hello") = 0x1c8aff95…: the same bytes under the sha256 type are a lie
        PreimageKey wrong = PreimageKey.sha256(Hash.fromHex("0x1c8aff950685c2ed4bc3174f3472287b56d9517b9c948127319a09a7a36deac8"));
        assertThatThrownBy(() -> store.set(wrong, HELLO)).isInstanceOf(KeyValueStoreException.class)
                .hasMessageContaining("refusing");
        assertThatThrownBy(() -> store.set(PreimageKey.keccak256Of(HELLO), "hellO".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(KeyValueStoreException.class);
        assertThat(mem.get(wrong)).isNull();
        assertThat(store.get(PreimageKey.keccak256Of(HELLO))).isEqualTo(HELLO);
        store.set(PreimageKey.local(1), new byte[32]);
        store.set(PreimageKey.blob(new byte[48], new byte[32]), new byte[32]);
        assertThat(mem.size()).isEqualTo(4);
    }
}
