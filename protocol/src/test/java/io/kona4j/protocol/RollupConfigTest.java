package io.kona4j.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import org.junit.jupiter.api.Test;

class RollupConfigTest {
    static RollupConfig config(HardForks forks) {
        return RollupConfig.builder()
                .genesis(new ChainGenesis(new BlockNumHash(0, Hash.ZERO), new BlockNumHash(0, Hash.ZERO), 0,
                        SystemConfig.bedrock(Address.ZERO, UInt256.ZERO, UInt256.ZERO, 30_000_000)))
                .l2ChainId(901).hardForks(forks)
                .batchInboxAddress(Address.ZERO).depositContractAddress(Address.ZERO).l1SystemConfigAddress(Address.ZERO)
                .build();
    }

    @Test
    void firstBlockOfFork() {
        RollupConfig c = config(HardForks.NONE.with(Hardfork.ECOTONE, 100L));
        assertThat(c.isEcotoneActive(99)).isFalse();
        assertThat(c.isEcotoneActive(100)).isTrue();
        assertThat(c.isFirstEcotoneBlock(100)).isTrue();
        assertThat(c.isFirstEcotoneBlock(101)).as("parent at 99 not active").isTrue();
        assertThat(c.isFirstEcotoneBlock(102)).as("parent at 100 active").isFalse();
        assertThat(c.isFirstEcotoneBlock(98)).isFalse();
        assertThat(c.isDeltaActive(100)).as("Ecotone implies Delta").isTrue();
        assertThat(c.isFjordActive(100)).isFalse();
    }

    @Test
    void genesisAtForkTimeIsNotAnActivationBlock() {
        RollupConfig c = config(HardForks.through(Hardfork.JOVIAN, 0));
        assertThat(c.isJovianActive(0)).isTrue();
        assertThat(c.isFirstJovianBlock(0)).isFalse();
        assertThat(c.isFirstJovianBlock(2)).isFalse();
    }

    @Test
    void standaloneForksDoNotCascade() {
        RollupConfig c = config(HardForks.NONE.with(Hardfork.INTEROP, 10L).with(Hardfork.PECTRA_BLOB_SCHEDULE, 10L));
        assertThat(c.isInteropActive(10)).isTrue();
        assertThat(c.isPectraBlobScheduleActive(10)).isTrue();
        assertThat(c.isJovianActive(10)).isFalse();
        assertThat(c.isHoloceneActive(10)).isFalse();
    }

    @Test
    void forkDependentLimits() {
        RollupConfig c = config(HardForks.NONE.with(Hardfork.FJORD, 50L).with(Hardfork.GRANITE, 60L));
        assertThat(c.maxSequencerDrift(49)).isEqualTo(600);
        assertThat(c.maxSequencerDrift(50)).isEqualTo(1800);
        assertThat(c.channelTimeout(59)).isEqualTo(300);
        assertThat(c.channelTimeout(60)).isEqualTo(50);
        assertThat(c.maxRlpBytesPerChannel(50)).isEqualTo(100_000_000L);
        assertThat(c.eip1559Denominator(0)).isEqualTo(50);
        assertThat(c.eip1559Denominator(50)).as("Fjord implies Canyon").isEqualTo(250);
    }

    @Test
    void blobBaseFee() {
        // fake_exponential(1, 0, f) = 1; EIP-4844 worked values: excess = fraction gives floor(e) = 2.
        assertThat(BlobParams.CANCUN.blobBaseFee(0)).isEqualTo(UInt256.ONE);
        assertThat(BlobParams.CANCUN.blobBaseFee(3_338_477)).isEqualTo(UInt256.valueOf(2));
        assertThat(BlobParams.PRAGUE.blobBaseFee(10 * 5_007_716L)).isEqualTo(UInt256.valueOf(22026));
        RollupConfig noPectra = config(HardForks.NONE);
        RollupConfig pectra = config(HardForks.NONE.with(Hardfork.PECTRA_BLOB_SCHEDULE, 1742486400L));
        L1ChainConfig sep = L1ChainConfig.SEPOLIA;
        assertThat(sep.blobParamsAt(1741159776L, noPectra)).isEqualTo(BlobParams.PRAGUE);
        assertThat(sep.blobParamsAt(1741159776L, pectra)).isEqualTo(BlobParams.CANCUN);
        assertThat(sep.blobParamsAt(1742486400L, pectra)).isEqualTo(BlobParams.PRAGUE);
        assertThat(L1ChainConfig.MAINNET.blobParamsAt(1767747671L, noPectra)).isEqualTo(BlobParams.BPO2);
        assertThat(L1ChainConfig.MAINNET.blobParamsAt(1767747670L, noPectra)).isEqualTo(BlobParams.BPO1);
        assertThat(L1ChainConfig.MAINNET.blobParamsAt(1710338134L, noPectra)).isEqualTo(BlobParams.CANCUN);
    }
}
