package io.kona4j.derive.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.derive.DeriveFixture;
import io.kona4j.derive.errors.PipelineException;
import io.kona4j.primitives.Hash;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.HardForks;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.batch.Channel;
import io.kona4j.protocol.batch.ChannelId;
import io.kona4j.protocol.batch.Frame;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** PROTOCOL.md §1.4–1.6: frame parsing, the channel bank, Holocene frame pruning and the channel assembler. */
class FrameAndChannelRulesTest {
    static final RollupConfig PRE_CANYON = new DeriveFixture(HardForks.NONE, 100).config;
    static final RollupConfig CANYON = new DeriveFixture(HardForks.through(Hardfork.CANYON, 0), 100).config;
    static final RollupConfig HOLOCENE = new DeriveFixture(HardForks.through(Hardfork.HOLOCENE, 0), 100).config;

    static BlockInfo at(long n) {
        return new BlockInfo(DeriveFixture.hash("l1", n), n, Hash.ZERO, 1000 + 12 * n);
    }

    static ChannelId id(int i) {
        return DeriveFixture.channelId(i);
    }

    static Frame f(int ch, int n, boolean last) {
        return new Frame(id(ch), n, new byte[] {(byte) ch, (byte) n}, last);
    }

    /** Drains a channel stage: the channel data it hands up, in order. */
    static List<byte[]> drain(ChannelReaderProvider stage) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            try {
                byte[] d = stage.nextData();
                if (d != null) out.add(d);
            } catch (PipelineException e) {
                if (e.isEof()) return out;
            }
        }
        throw new AssertionError("stage did not drain");
    }

    static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) b[i] = (byte) v[i];
        return b;
    }

    // §1.4

    @Test
    void oneMalformedFrameDropsTheWholeBatcherTransaction() {
        Feeds.Data data = new Feeds.Data(at(1));
        byte[] good = Frame.toBatcherData(List.of(f(1, 0, true)));
        byte[] bad = Arrays.copyOf(Frame.toBatcherData(List.of(f(2, 0, false), f(2, 1, true))), good.length * 2 - 1);
        bad[bad.length - 1] = 7;
        data.items.add(bad);
        data.items.add(good);
        FrameQueue q = new FrameQueue(data, PRE_CANYON);
        List<Frame> got = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            try {
                got.add(q.nextFrame());
            } catch (PipelineException e) {
                if (e.isEof()) break;
            }
        }
        assertThat(got).containsExactly(f(1, 0, true));
    }

    // §1.5 channel bank

    @Test
    void bankReadsAReadyChannelAssembledOutOfOrder() {
        Feeds.Frames frames = new Feeds.Frames(at(1));
        frames.items.addAll(List.of(f(1, 1, true), f(1, 0, false)));
        assertThat(drain(new ChannelBank(frames, PRE_CANYON))).containsExactly(bytes(1, 0, 1, 1));
    }

    @Test
    void bankIgnoresFramesOfATimedOutChannel() {
        Feeds.Frames frames = new Feeds.Frames(at(1));
        ChannelBank bank = new ChannelBank(frames, PRE_CANYON);
        frames.items.add(f(1, 0, false));
        assertThat(drain(bank)).isEmpty();
        frames.origin = at(1 + 5 + 1); // open block 1 + timeout 5 < 7
        frames.items.add(f(1, 1, true));
        assertThat(drain(bank)).isEmpty();
        frames.origin = at(6);
        Feeds.Frames again = new Feeds.Frames(at(1));
        ChannelBank inTime = new ChannelBank(again, PRE_CANYON);
        again.items.add(f(1, 0, false));
        drain(inTime);
        again.origin = at(6); // 1 + 5 == 6: not yet timed out
        again.items.add(f(1, 1, true));
        assertThat(drain(inTime)).containsExactly(bytes(1, 0, 1, 1));
    }

    static Stream<Arguments> addFrameRules() {
        return Stream.of(
                Arguments.of("duplicate frame number", List.of(f(1, 0, false)), f(1, 0, false), false),
                Arguments.of("new frame number", List.of(f(1, 0, false)), f(1, 1, false), true),
                Arguments.of("second closing frame", List.of(f(1, 2, true)), f(1, 3, true), false),
                Arguments.of("frame past the closing frame", List.of(f(1, 2, true)), f(1, 3, false), false),
                Arguments.of("frame before the closing frame", List.of(f(1, 2, true)), f(1, 1, false), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("addFrameRules")
    void channelAddFrame(String rule, List<Frame> before, Frame next, boolean accepted) {
        Channel ch = new Channel(id(1), 1, false);
        for (Frame x : before) ch.addFrame(x, 1);
        int n = ch.frameCount();
        try {
            ch.addFrame(next, 1);
        } catch (io.kona4j.protocol.batch.ChannelException e) {
            assertThat(accepted).as(e.getMessage()).isFalse();
        }
        assertThat(ch.frameCount()).isEqualTo(accepted ? n + 1 : n);
    }

    /** Quirk (erratum 7): frames 0, 1, 3 (3×202 bytes), then frame 2 closes: the size restarts at frame 2's 202 bytes. */
    @Test
    void earlyCloseResetsTheChannelSize() {
        Channel ch = new Channel(id(1), 1, false);
        ch.addFrame(f(1, 0, false), 1);
        ch.addFrame(f(1, 1, false), 1);
        ch.addFrame(f(1, 3, false), 1);
        assertThat(ch.size()).isEqualTo(3 * 202);
        ch.addFrame(f(1, 2, true), 1);
        assertThat(ch.size()).isEqualTo(202);
        assertThat(ch.frameCount()).isEqualTo(3);
        assertThat(ch.isReady()).isTrue();
        Channel inOrder = new Channel(id(1), 1, false);
        inOrder.addFrame(f(1, 0, false), 1);
        inOrder.addFrame(f(1, 1, true), 1);
        assertThat(inOrder.size()).isEqualTo(2 * 202);
    }

    @Test
    void bankPrunesTheOldestChannelsOverTheSizeLimit() {
        Feeds.Frames frames = new Feeds.Frames(at(1));
        ChannelBank bank = new ChannelBank(frames, PRE_CANYON);
        byte[] big = new byte[Frame.MAX_FRAME_LEN];
        for (int i = 0; i < 98; i++) frames.items.add(new Frame(id(1), i, big, false));
        frames.items.add(new Frame(id(2), 0, big, false));
        drain(bank);
        assertThat(bank.channelCount()).isEqualTo(2);
        assertThat(bank.size()).isLessThanOrEqualTo(100_000_000L);
        frames.items.add(new Frame(id(3), 0, big, false));
        drain(bank);
        assertThat(bank.channelCount()).isEqualTo(2);
        assertThat(bank.size()).isLessThanOrEqualTo(100_000_000L);
    }

    @Test
    void preCanyonReadsOnlyTheHeadChannelCanyonTheFirstReadyOne() {
        for (RollupConfig cfg : List.of(PRE_CANYON, CANYON)) {
            Feeds.Frames frames = new Feeds.Frames(at(1));
            frames.items.addAll(List.of(f(1, 0, false), f(2, 0, true)));
            List<byte[]> read = drain(new ChannelBank(frames, cfg));
            if (cfg == PRE_CANYON) assertThat(read).isEmpty();
            else assertThat(read).containsExactly(bytes(2, 0));
        }
    }

    // §1.6 frame queue pruning

    static Stream<Arguments> pruneRules() {
        return Stream.of(
                Arguments.of("same channel in order kept", List.of(f(1, 0, false), f(1, 1, true)),
                        List.of(f(1, 0, false), f(1, 1, true))),
                Arguments.of("same channel after its last frame: drop next", List.of(f(1, 0, true), f(1, 1, false)),
                        List.of(f(1, 0, true))),
                Arguments.of("same channel with a gap: drop next", List.of(f(1, 0, false), f(1, 2, true)),
                        List.of(f(1, 0, false))),
                Arguments.of("new channel's frame 0 after an unclosed one: drop the unclosed",
                        List.of(f(1, 0, false), f(1, 1, false), f(2, 0, true)), List.of(f(2, 0, true))),
                Arguments.of("new channel's frame 0 after a closed one: keep",
                        List.of(f(1, 0, true), f(2, 0, true)), List.of(f(1, 0, true), f(2, 0, true))),
                Arguments.of("other channel's non-first frame: drop next", List.of(f(1, 0, true), f(2, 1, true)),
                        List.of(f(1, 0, true))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pruneRules")
    void holoceneFrameQueuePruning(String rule, List<Frame> in, List<Frame> expected) {
        Feeds.Data data = new Feeds.Data(at(1));
        data.items.add(Frame.toBatcherData(in));
        FrameQueue q = new FrameQueue(data, HOLOCENE);
        List<Frame> got = new ArrayList<>();
        while (true) {
            try {
                got.add(q.nextFrame());
            } catch (PipelineException e) {
                if (e.isEof()) break;
            }
        }
        assertThat(got).containsExactlyElementsOf(expected);
        Feeds.Data pre = new Feeds.Data(at(1));
        pre.items.add(Frame.toBatcherData(in));
        FrameQueue unpruned = new FrameQueue(pre, PRE_CANYON);
        assertThat(unpruned.nextFrame()).isEqualTo(in.get(0));
        assertThat(unpruned.size()).isEqualTo(in.size() - 1);
    }

    // §1.6 channel assembler

    static Stream<Arguments> assemblerRules() {
        return Stream.of(
                Arguments.of("in order", List.of(f(1, 0, false), f(1, 1, true)), List.of(bytes(1, 0, 1, 1))),
                Arguments.of("frame 0 replaces an unfinished channel", List.of(f(1, 0, false), f(2, 0, true)),
                        List.of(bytes(2, 0))),
                Arguments.of("non-first frame without a channel is dropped", List.of(f(1, 1, true), f(3, 0, true)),
                        List.of(bytes(3, 0))),
                Arguments.of("out of order frame is dropped", List.of(f(1, 0, false), f(1, 2, true), f(1, 1, true)),
                        List.of(bytes(1, 0, 1, 1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assemblerRules")
    void channelAssembler(String rule, List<Frame> in, List<byte[]> expected) {
        Feeds.Frames frames = new Feeds.Frames(at(1));
        frames.items.addAll(in);
        assertThat(drain(new ChannelAssembler(frames, HOLOCENE))).containsExactlyElementsOf(expected);
    }

    @Test
    void assemblerDropsTimedOutAndOversizedChannels() {
        Feeds.Frames frames = new Feeds.Frames(at(1));
        ChannelAssembler a = new ChannelAssembler(frames, HOLOCENE);
        frames.items.add(f(1, 0, false));
        drain(a);
        frames.origin = at(1 + 3 + 1); // Granite timeout 3
        frames.items.add(f(1, 1, true));
        assertThat(drain(a)).hasSize(0);
        byte[] big = new byte[Frame.MAX_FRAME_LEN];
        Feeds.Frames many = new Feeds.Frames(at(1));
        for (int i = 0; i < 100; i++) many.items.add(new Frame(id(4), i, big, false));
        many.items.add(new Frame(id(4), 100, big, true)); // 101 × 1,000,200 bytes > 100,000,000 (Fjord limit)
        assertThat(drain(new ChannelAssembler(many, HOLOCENE))).hasSize(0);
        Feeds.Frames fits = new Feeds.Frames(at(1));
        for (int i = 0; i < 9; i++) fits.items.add(new Frame(id(4), i, big, false));
        fits.items.add(new Frame(id(4), 9, new byte[1000], true));
        assertThat(drain(new ChannelAssembler(fits, HOLOCENE))).hasSize(1);
    }
}
