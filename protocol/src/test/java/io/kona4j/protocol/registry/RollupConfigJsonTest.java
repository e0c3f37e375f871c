package io.kona4j.protocol.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.primitives.Address;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.RollupConfigException;
import org.junit.jupiter.api.Test;

class RollupConfigJsonTest {
    /** kona's serde form, as in the kona-executor fixtures (OP Sepolia's values). */
    static final String KONA = """
            {"genesis":{"l1":{"number":4071408,"hash":"0x48f520cf4ddaf34c8336e6e490632ea3cf1e5e93b0b2bc6e917557e31845371b"},
             "l2":{"number":0,"hash":"0x102de6ffb001480cc9b8b548fd05c34cd4f46ae4aa91759393db90ea0409887d"},
             "l2_time":1691802540,
             "system_config":{"batcherAddr":"0x8f23bb38f531600e5d8fddaaec41f13fab46e98c",
              "overhead":"0x00000000000000000000000000000000000000000000000000000000000000bc",
              "scalar":"0x00000000000000000000000000000000000000000000000000000000000a6fe0","gasLimit":30000000,
              "baseFeeScalar":null,"blobBaseFeeScalar":null,"eip1559Denominator":null,"eip1559Elasticity":null,
              "operatorFeeScalar":null,"operatorFeeConstant":null}},
             "block_time":2,"max_sequencer_drift":600,"seq_window_size":3600,"channel_timeout":300,
             "granite_channel_timeout":50,"l1_chain_id":11155111,"l2_chain_id":11155420,"canyon_time":1699981200,
             "delta_time":1703203200,"ecotone_time":1708534800,"fjord_time":1716998400,"granite_time":1723478400,
             "holocene_time":1732633200,"pectra_blob_schedule_time":1742486400,"isthmus_time":1744905600,
             "batch_inbox_address":"0xff00000000000000000000000000000011155420",
             "deposit_contract_address":"0x16fc5058f25648194471939df75cf27a2fdc48bc",
             "l1_system_config_address":"0x034edd2a225f7f429a63e0f1d2084b9e0a93b538",
             "protocol_versions_address":"0x79add5713b383daa0a138d3c4780c7a1804a8090",
             "superchain_config_address":"0xc2be75506d5724086deb7245bd260cc9753911be",
             "interop_message_expiry_window":3600,"alt_da":null,
             "chain_op_config":{"eip1559Elasticity":6,"eip1559Denominator":50,"eip1559DenominatorCanyon":250}}
            """;

    @Test
    void readsKonaForm() {
        RollupConfig c = RollupConfigJson.read(KONA);
        assertThat(c.l2ChainId()).isEqualTo(11155420);
        assertThat(c.hardForks().regolith()).isNull();
        assertThat(c.isRegolithActive(1699981200L)).as("Regolith implied by Canyon (kona cascade)").isTrue();
        assertThat(c.isRegolithActive(1699981199L)).isFalse();
        assertThat(c.hardForks().isthmus()).isEqualTo(1744905600L);
        assertThat(c.isJovianActive(Long.MAX_VALUE)).isFalse();
        assertThat(c.genesis().systemConfig().baseFeeScalar()).isNull();
        assertThat(c.batchInboxAddress()).isEqualTo(Address.fromHex("0xff00000000000000000000000000000011155420"));
    }

    @Test
    void readsOpNodeCamelCaseAndHexNumbers() {
        String camel = """
                {"genesis":{"l1":{"number":"0x3e1ff0","hash":"0x48f520cf4ddaf34c8336e6e490632ea3cf1e5e93b0b2bc6e917557e31845371b"},
                 "l2":{"number":0,"hash":"0x102de6ffb001480cc9b8b548fd05c34cd4f46ae4aa91759393db90ea0409887d"},
                 "l2Time":1691802540,"systemConfig":{"batcherAddr":"0x8f23bb38f531600e5d8fddaaec41f13fab46e98c",
                  "overhead":"0xbc","scalar":"0xa6fe0","gasLimit":30000000}},
                 "blockTime":2,"maxSequencerDrift":600,"seqWindowSize":3600,"channelTimeout":300,
                 "l1ChainID":11155111,"l2ChainID":11155420,"regolithTime":0,"ecotoneTime":"1708534800",
                 "batchInboxAddress":"0xff00000000000000000000000000000011155420",
                 "depositContractAddress":"0x16fc5058f25648194471939df75cf27a2fdc48bc",
                 "l1SystemConfigAddress":"0x034edd2a225f7f429a63e0f1d2084b9e0a93b538"}
                """;
        RollupConfig c = RollupConfigJson.read(camel);
        assertThat(c.genesis().l1().number()).isEqualTo(4071408L);
        assertThat(c.l1ChainId()).isEqualTo(11155111L);
        assertThat(c.hardForks().ecotone()).isEqualTo(1708534800L);
        assertThat(c.graniteChannelTimeout()).isEqualTo(50);
        assertThat(c.chainOpConfig().eip1559Denominator()).isEqualTo(50);
    }

    @Test
    void writeThenReadIsIdentity() {
        for (long id : new long[] {10, 11155420, 8453, 84532}) {
            RollupConfig c = Chains.require(id);
            assertThat(RollupConfigJson.read(RollupConfigJson.write(c))).isEqualTo(c);
        }
        RollupConfig k = RollupConfigJson.read(KONA);
        assertThat(RollupConfigJson.read(RollupConfigJson.write(k))).isEqualTo(k);
    }

    @Test
    void errorsNameTheField() {
        assertThatThrownBy(() -> RollupConfigJson.read("{")).isInstanceOf(RollupConfigException.class);
        assertThatThrownBy(() -> RollupConfigJson.read(KONA.replace("\"block_time\":2,", "")))
                .isInstanceOf(RollupConfigException.class).hasMessageContaining("block_time");
        assertThatThrownBy(() -> RollupConfigJson.read(KONA.replace("\"l1_chain_id\":11155111", "\"l1_chain_id\":-1")))
                .isInstanceOf(RollupConfigException.class).hasMessageContaining("l1_chain_id");
        assertThatThrownBy(() -> RollupConfigJson.read(KONA.replace("\"alt_da\":null", "\"alt_da\":{}")))
                .isInstanceOf(RollupConfigException.class).hasMessageContaining("alt-DA");
        assertThatThrownBy(() -> RollupConfigJson.read(KONA.replace("\"delta_time\":1703203200",
                "\"delta_time\":1")))
                .isInstanceOf(RollupConfigException.class).hasMessageContaining("order");
    }
}
