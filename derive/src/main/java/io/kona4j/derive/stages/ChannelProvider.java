package io.kona4j.derive.stages;

import io.kona4j.derive.signals.Signal;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.RollupConfig;

/**
 * Chooses the channel stage by fork (kona {@code ChannelProvider}): the {@link ChannelBank} before Holocene, the
 * {@link ChannelAssembler} from Holocene, by the current L1 origin's time. Both share the frame queue below.
 */
public final class ChannelProvider implements ChannelReaderProvider {
    private final NextFrameProvider prev;
    private final RollupConfig config;
    private final ChannelBank bank;
    private final ChannelAssembler assembler;

    public ChannelProvider(NextFrameProvider prev, RollupConfig config) {
        this.prev = prev;
        this.config = config;
        this.bank = new ChannelBank(prev, config);
        this.assembler = new ChannelAssembler(prev, config);
    }

    private boolean holocene() {
        BlockInfo o = prev.origin();
        return o != null && config.isHoloceneActive(o.timestamp());
    }

    @Override
    public byte[] nextData() {
        return holocene() ? assembler.nextData() : bank.nextData();
    }

    public ChannelBank bank() {
        return bank;
    }

    public ChannelAssembler assembler() {
        return assembler;
    }

    @Override
    public BlockInfo origin() {
        return prev.origin();
    }

    @Override
    public void advanceOrigin() {
        prev.advanceOrigin();
    }

    @Override
    public void signal(Signal signal) {
        prev.signal(signal);
        if (!(signal instanceof Signal.FlushChannel)) {
            bank.clear();
            assembler.clear();
        }
    }
}
