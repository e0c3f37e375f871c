package io.kona4j.proof;

import io.kona4j.preimage.BidirectionalChannel;
import io.kona4j.preimage.HintRouter;
import io.kona4j.preimage.KeyNotFoundException;
import io.kona4j.preimage.OracleReader;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.preimage.PreimageServer;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BootInfoTest {
    private static final Hash L1 = Hash.fromHex("0x" + "11".repeat(32));
    private static final Hash AGREED = Hash.fromHex("0x" + "22".repeat(32));
    private static final Hash CLAIMED = Hash.fromHex("0x" + "33".repeat(32));

    @Test
    void localKeysAreNumberedAsInKona() {
        BootInfo boot = new BootInfo(L1, AGREED, CLAIMED, 12_345_678L, 10L);
        Map<PreimageKey, byte[]> local = boot.localPreimages();
        assertThat(local.keySet().stream().map(PreimageKey::toHex)).containsExactly(
                "0x01" + "00".repeat(30) + "01", "0x01" + "00".repeat(30) + "02", "0x01" + "00".repeat(30) + "03",
                "0x01" + "00".repeat(30) + "04", "0x01" + "00".repeat(30) + "05");
        assertThat(local.values().stream().map(Hex::encode)).containsExactly(
                L1.toHex(), AGREED.toHex(), CLAIMED.toHex(), "0x0000000000bc614e", "0x000000000000000a");
        assertThat(BootInfo.L2_ROLLUP_CONFIG_KEY).isEqualTo(6);
        assertThat(BootInfo.L1_CONFIG_KEY).isEqualTo(7);
    }

    @Test
    void loadReadsKeysOneToFive() {
        MapOracle oracle = new MapOracle();
        oracle.store.putAll(new BootInfo(L1, AGREED, CLAIMED, 12_345_678L, 11155420L).localPreimages());
        BootInfo boot = BootInfo.load(oracle);
        assertThat(boot).isEqualTo(new BootInfo(L1, AGREED, CLAIMED, 12_345_678L, 11155420L));
    }

    @Test
    void wrongLengthsAndMissingKeysAreOracleProviderErrors() {
        MapOracle oracle = new MapOracle();
        oracle.store.putAll(new BootInfo(L1, AGREED, CLAIMED, 1, 10).localPreimages());
        oracle.store.put(PreimageKey.local(4), new byte[4]);
        assertThatThrownBy(() -> BootInfo.load(oracle)).isInstanceOf(OracleProviderException.class)
                .hasMessageContaining("claimed L2 block number").hasMessageContaining("got 4");
        oracle.store.put(PreimageKey.local(1), new byte[31]);
        assertThatThrownBy(() -> BootInfo.load(oracle)).isInstanceOf(OracleProviderException.class)
                .hasMessageContaining("L1 head");
        MapOracle empty = new MapOracle();
        assertThatThrownBy(() -> BootInfo.loadRollupConfigJson(empty)).isInstanceOf(OracleProviderException.class)
                .hasCauseInstanceOf(KeyNotFoundException.class).hasMessageContaining("local key 6");
    }

    @Test
    void configKeysSixAndSeven() {
        MapOracle oracle = new MapOracle();
        oracle.store.put(PreimageKey.local(6), "{\"rollup\":1}".getBytes());
        oracle.store.put(PreimageKey.local(7), "{\"l1\":1}".getBytes());
        assertThat(new String(BootInfo.loadRollupConfigJson(oracle))).isEqualTo("{\"rollup\":1}");
        assertThat(new String(BootInfo.loadL1ConfigJson(oracle))).isEqualTo("{\"l1\":1}");
    }

    @Test
    @Timeout(20)
    void loadOverTheRealWire() throws Exception {
        BootInfo expected = new BootInfo(L1, AGREED, CLAIMED, 99, 8453);
        Map<PreimageKey, byte[]> local = expected.localPreimages();
        BidirectionalChannel pre = BidirectionalChannel.create("preimages");
        BidirectionalChannel hints = BidirectionalChannel.create("hints");
        Thread server = Thread.ofPlatform().start(() -> new PreimageServer(pre.host(), hints.host(), k -> {
            byte[] v = local.get(k);
            if (v == null) throw new KeyNotFoundException(k);
            return v;
        }, HintRouter.IGNORE).run());
        assertThat(BootInfo.load(new OracleReader(pre.client()))).isEqualTo(expected);
        pre.client().close();
        hints.client().close();
        server.join(10_000);
        assertThat(server.isAlive()).isFalse();
    }
}
