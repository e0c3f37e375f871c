package io.kona4j.protocol.sysconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.consensus.Block;
import io.kona4j.consensus.DepositTransaction;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.Transaction;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.BlockNumHash;
import io.kona4j.protocol.HardForks;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.L1ChainConfig;
import io.kona4j.protocol.L2BlockInfo;
import io.kona4j.protocol.ProtocolException;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.SystemConfig;
import io.kona4j.protocol.TestChains;
import io.kona4j.protocol.info.L1InfoTransaction;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadToSystemConfigTest {
    static final RollupConfig CFG = TestChains.rollup(HardForks.through(Hardfork.GRANITE, 0)
            .with(Hardfork.HOLOCENE, 100L).with(Hardfork.ISTHMUS, 200L).with(Hardfork.JOVIAN, 300L));
    static final Header L1 = TestChains.l1Header(150, 50, Hash.ZERO, 9, 0L, Hash.ZERO);

    static Block l2Block(long number, long time, SystemConfig sys, long seq, byte[] extra) {
        DepositTransaction info = L1InfoTransaction.build(CFG, L1ChainConfig.MAINNET, sys, seq, L1, L1.hash(), time);
        Header h = Header.builder().number(number).timestamp(time).gasLimit(sys.gasLimit()).extraData(extra)
                .baseFeePerGas(UInt256.ONE).build();
        return new Block(h, List.<Transaction>of(info), List.of(), null);
    }

    @Test
    void ecotoneBlockReencodesScalarAsVersion1() {
        SystemConfig sys = TestChains.GENESIS_SYS;
        SystemConfig out = PayloadToSystemConfig.convert(CFG, l2Block(10, 20, sys, 0, new byte[0]));
        byte[] expected = new byte[32];
        expected[0] = 1;
        expected[29] = 0x0a;
        expected[30] = 0x6f;
        expected[31] = (byte) 0xe0;
        assertThat(out.scalar()).isEqualTo(UInt256.fromBytes(expected));
        assertThat(out.overhead()).isEqualTo(UInt256.ZERO);
        assertThat(out.batcherAddress()).isEqualTo(TestChains.BATCHER);
        assertThat(out.gasLimit()).isEqualTo(30_000_000);
        assertThat(out.eip1559Denominator()).isNull();
        assertThat(out.operatorFeeScalar()).isNull();
    }

    @Test
    void holoceneIsthmusJovianFields() {
        SystemConfig sys = TestChains.GENESIS_SYS.withOperatorFee(5L, 6L).withDaFootprintGasScalar(9);
        SystemConfig h = PayloadToSystemConfig.convert(CFG, l2Block(60, 120, sys, 0, Hex.decode("0x00000000fa00000006")));
        assertThat(h.eip1559Denominator()).isEqualTo(250);
        assertThat(h.eip1559Elasticity()).isEqualTo(6);
        assertThat(h.operatorFeeScalar()).isNull();
        SystemConfig firstIsthmus = PayloadToSystemConfig.convert(CFG, l2Block(100, 200, sys, 0,
                Hex.decode("0x00000000fa00000006")));
        assertThat(firstIsthmus.operatorFeeScalar()).as("Ecotone-format deposit on the first Isthmus block").isZero();
        SystemConfig isthmus = PayloadToSystemConfig.convert(CFG, l2Block(101, 202, sys, 0,
                Hex.decode("0x00000000fa00000006")));
        assertThat(isthmus.operatorFeeScalar()).isEqualTo(5);
        assertThat(isthmus.operatorFeeConstant()).isEqualTo(6);
        SystemConfig jovian = PayloadToSystemConfig.convert(CFG, l2Block(151, 302, sys, 0,
                Hex.decode("0x01000000fa000000060000000000000457")));
        assertThat(jovian.minBaseFee()).isEqualTo(0x457);
        assertThat(jovian.daFootprintGasScalar()).isEqualTo(9);
        assertThatThrownBy(() -> PayloadToSystemConfig.convert(CFG, l2Block(151, 302, sys, 0,
                Hex.decode("0x00000000fa00000006")))).isInstanceOf(ProtocolException.class).hasMessageContaining("17 bytes");
        assertThatThrownBy(() -> PayloadToSystemConfig.convert(CFG, l2Block(60, 120, sys, 0,
                Hex.decode("0x00000000fa00000000")))).isInstanceOf(ProtocolException.class).hasMessageContaining("non-zero");
    }

    @Test
    void genesisAndL2BlockInfo() {
        Header g = Header.builder().number(0).timestamp(0).gasLimit(30_000_000).build();
        Block genesis = new Block(g, List.of(), List.of(), null);
        RollupConfig cfg = CFG.toBuilder().genesis(new io.kona4j.protocol.ChainGenesis(CFG.genesis().l1(),
                new BlockNumHash(0, genesis.hash()), 0, TestChains.GENESIS_SYS)).build();
        assertThat(PayloadToSystemConfig.convert(cfg, genesis)).isEqualTo(TestChains.GENESIS_SYS);
        assertThat(L2BlockInfo.fromBlock(genesis, cfg.genesis()).l1Origin()).isEqualTo(cfg.genesis().l1());
        assertThatThrownBy(() -> PayloadToSystemConfig.convert(CFG, genesis)).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("genesis hash");
        Block b = l2Block(10, 20, TestChains.GENESIS_SYS, 4, new byte[0]);
        L2BlockInfo info = L2BlockInfo.fromBlock(b, cfg.genesis());
        assertThat(info.l1Origin()).isEqualTo(new BlockNumHash(150, L1.hash()));
        assertThat(info.sequenceNumber()).isEqualTo(4);
        assertThat(info.hash()).isEqualTo(b.hash());
    }
}
