package io.kona4j.protocol.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.L1ChainConfig;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.RollupConfigException;
import org.junit.jupiter.api.Test;

/** Built-in configs against PROTOCOL.md §5 (registry values transcribed there) and the registry files' numbers. */
class ChainsTest {
    @Test
    void opMainnet() {
        RollupConfig c = Chains.require(10);
        assertThat(c.genesis().l2().number()).isEqualTo(105_235_063L);
        assertThat(c.genesis().l2Time()).isEqualTo(1686068903L);
        assertThat(c.genesis().l1().number()).isEqualTo(17_422_590L);
        assertThat(c.genesis().systemConfig().batcherAddress())
                .isEqualTo(Address.fromHex("0x6887246668a3b87F54DeB3b94Ba47a6f63F32985"));
        assertThat(c.genesis().systemConfig().overhead()).isEqualTo(UInt256.valueOf(0xbc));
        assertThat(c.genesis().systemConfig().scalar()).isEqualTo(UInt256.valueOf(0xa6fe0));
        assertThat(c.genesis().systemConfig().gasLimit()).isEqualTo(30_000_000L);
        assertThat(c.l1ChainId()).isEqualTo(1);
        assertThat(c.blockTime()).isEqualTo(2);
        assertThat(c.seqWindowSize()).isEqualTo(3600);
        assertThat(c.channelTimeout()).isEqualTo(300);
        assertThat(c.graniteChannelTimeout()).isEqualTo(50);
        assertThat(c.depositContractAddress()).isEqualTo(Address.fromHex("0xbEb5Fc579115071764c7423A4f12eDde41f106Ed"));
        assertThat(c.l1SystemConfigAddress()).isEqualTo(Address.fromHex("0x229047fed2591dbec1eF1118d64F7aF3dB9EB290"));
        assertThat(c.hardForks().regolith()).isZero();
        assertThat(c.hardForks().canyon()).isEqualTo(1704992401L);
        assertThat(c.hardForks().delta()).isEqualTo(1708560000L);
        assertThat(c.hardForks().ecotone()).isEqualTo(1710374401L);
        assertThat(c.hardForks().fjord()).isEqualTo(1720627201L);
        assertThat(c.hardForks().granite()).isEqualTo(1726070401L);
        assertThat(c.hardForks().holocene()).isEqualTo(1736445601L);
        assertThat(c.hardForks().isthmus()).isEqualTo(1746806401L);
        assertThat(c.hardForks().jovian()).isEqualTo(1764691201L);
        assertThat(c.hardForks().karst()).isEqualTo(1783526401L);
        assertThat(c.hardForks().keepKarstUpgradeGas()).isTrue();
        assertThat(c.hardForks().pectraBlobSchedule()).isNull();
        assertThat(c.hardForks().interop()).isNull();
        assertThat(c.chainOpConfig().eip1559DenominatorCanyon()).isEqualTo(250);
        assertThat(c.protocolVersionsAddress()).isEqualTo(Address.fromHex("0x8062AbC286f5e7D9428a0Ccb9AbD71e50d93b935"));
    }

    @Test
    void base() {
        RollupConfig c = Chains.require(8453);
        assertThat(c.genesis().l2().number()).isZero();
        assertThat(c.genesis().l2Time()).isEqualTo(1686789347L);
        assertThat(c.genesis().l1().number()).isEqualTo(17_481_768L);
        assertThat(c.genesis().systemConfig().batcherAddress())
                .isEqualTo(Address.fromHex("0x5050F69a9786F081509234F1a7F4684b5E5b76C9"));
        assertThat(c.depositContractAddress()).isEqualTo(Address.fromHex("0x49048044D57e1C92A77f79988d21Fa8fAF74E97e"));
        assertThat(c.l1SystemConfigAddress()).isEqualTo(Address.fromHex("0x73a79Fab69143498Ed3712e519A88a918e1f4072"));
        assertThat(c.hardForks().jovian()).isEqualTo(1764691201L);
        assertThat(c.hardForks().karst()).as("Base left the registry before Karst").isNull();
    }

    @Test
    void sepoliaChains() {
        RollupConfig op = Chains.require(11155420);
        assertThat(op.l1ChainId()).isEqualTo(11155111);
        assertThat(op.hardForks().pectraBlobSchedule()).isEqualTo(1742486400L);
        assertThat(op.genesis().l2().hash())
                .isEqualTo(Hash.fromHex("0x102de6ffb001480cc9b8b548fd05c34cd4f46ae4aa91759393db90ea0409887d"));
        RollupConfig base = Chains.require(84532);
        assertThat(base.chainOpConfig().eip1559Elasticity()).isEqualTo(10);
        assertThat(base.genesis().systemConfig().gasLimit()).isEqualTo(25_000_000L);
        assertThat(base.genesis().systemConfig().overhead()).isEqualTo(UInt256.valueOf(0x834));
        assertThat(base.hardForks().jovian()).isEqualTo(1763568001L);
    }

    @Test
    void l1Configs() {
        assertThat(Chains.l1ConfigFor(Chains.require(10))).isEqualTo(L1ChainConfig.MAINNET);
        assertThat(Chains.l1ConfigFor(Chains.require(84532))).isEqualTo(L1ChainConfig.SEPOLIA);
        RollupConfig holesky = Chains.require(10).toBuilder().l1ChainId(17000).build();
        assertThatThrownBy(() -> Chains.l1ConfigFor(holesky)).isInstanceOf(RollupConfigException.class)
                .hasMessageContaining("17000");
    }

    @Test
    void unknownChainIsAnError() {
        assertThat(Chains.byChainId(1)).isNull();
        assertThatThrownBy(() -> Chains.require(424242)).isInstanceOf(RollupConfigException.class)
                .hasMessageContaining("424242");
    }
}
