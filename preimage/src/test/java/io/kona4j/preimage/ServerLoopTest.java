package io.kona4j.preimage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class ServerLoopTest {
    @Test
    void clientAndServerOverInMemoryChannels() throws Exception {
        BidirectionalChannel hints = BidirectionalChannel.create("hints", 16);
        BidirectionalChannel preimages = BidirectionalChannel.create("preimages", 16);
        Map<PreimageKey, byte[]> store = new ConcurrentHashMap<>();
        byte[] big = new byte[1 << 20];
        for (int i = 0; i < big.length; i++) big[i] = (byte) (i * 31);
        store.put(PreimageKey.keccak256Of(big), big);
        store.put(PreimageKey.local(1), new byte[32]);
        List<String> routed = new CopyOnWriteArrayList<>();
        PreimageServer server = new PreimageServer(preimages.host(), hints.host(), key -> {
            byte[] v = store.get(key);
            if (v == null) throw new KeyNotFoundException(key);
            return v;
        }, routed::add);
        AtomicReference<Throwable> serverError = new AtomicReference<>();
        Thread serving = Thread.ofPlatform().start(() -> {
            try {
                server.run();
            } catch (Throwable t) {
                serverError.set(t);
            }
        });

        OracleReader oracle = new OracleReader(preimages.client());
        HintWriter hintWriter = new HintWriter(hints.client());
        for (int round = 0; round < 50; round++) {
            hintWriter.write("l1-block-header 0x" + Integer.toHexString(round + 16));
            assertThat(oracle.get(PreimageKey.local(1))).hasSize(32);
        }
        byte[] got = new byte[big.length];
        oracle.getExact(PreimageKey.keccak256Of(big), got);
        assertThat(got).isEqualTo(big);
        hints.client().close();
        preimages.client().close();
        serving.join(10_000);

        assertThat(serving.isAlive()).isFalse();
        assertThat(serverError.get()).isNull();
        assertThat(routed).hasSize(50).startsWith("l1-block-header 0x10");
    }

    @Test
    void aMissingKeyStopsTheServerAndTheClientSeesAClosedChannel() throws Exception {
        BidirectionalChannel hints = BidirectionalChannel.create("hints");
        BidirectionalChannel preimages = BidirectionalChannel.create("preimages");
        PreimageServer server = new PreimageServer(preimages.host(), hints.host(), key -> {
            throw new KeyNotFoundException(key);
        }, HintRouter.IGNORE);
        AtomicReference<Throwable> serverError = new AtomicReference<>();
        Thread serving = Thread.ofPlatform().start(() -> {
            try {
                server.run();
            } catch (Throwable t) {
                serverError.set(t);
            }
        });
        PreimageKey missing = PreimageKey.keccak256Of("absent".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> new OracleReader(preimages.client()).get(missing)).isInstanceOf(ChannelClosedException.class);
        serving.join(10_000);
        assertThat(serving.isAlive()).isFalse();
        assertThat(serverError.get()).isInstanceOfSatisfying(KeyNotFoundException.class,
                e -> assertThat(e.key()).isEqualTo(missing));
    }

    @Test
    void aRoutingFailureStopsTheServerAfterTheAck() throws Exception {
        BidirectionalChannel hints = BidirectionalChannel.create("hints");
        BidirectionalChannel preimages = BidirectionalChannel.create("preimages");
        PreimageServer server = new PreimageServer(preimages.host(), hints.host(), key -> new byte[0], h -> {
            throw new MalformedHintException("unknown hint type in " + h);
        });
        AtomicReference<Throwable> serverError = new AtomicReference<>();
        Thread serving = Thread.ofPlatform().start(() -> {
            try {
                server.run();
            } catch (Throwable t) {
                serverError.set(t);
            }
        });
        new HintWriter(hints.client()).write("bogus 0x00");
        serving.join(10_000);
        assertThat(serving.isAlive()).isFalse();
        assertThat(serverError.get()).isInstanceOf(MalformedHintException.class);
        assertThatThrownBy(() -> new OracleReader(preimages.client()).get(PreimageKey.local(1)))
                .isInstanceOf(ChannelClosedException.class);
    }

    @Test
    void closingAnEndWakesABlockedReader() throws Exception {
        BidirectionalChannel ch = BidirectionalChannel.create("wake");
        AtomicReference<Throwable> seen = new AtomicReference<>();
        Thread reader = Thread.ofPlatform().start(() -> {
            try {
                ch.host().read(new byte[1], 0, 1);
            } catch (Throwable t) {
                seen.set(t);
            }
        });
        Thread.sleep(50);
        ch.client().close();
        reader.join(5_000);
        assertThat(seen.get()).isInstanceOf(ChannelClosedException.class);
    }
}
