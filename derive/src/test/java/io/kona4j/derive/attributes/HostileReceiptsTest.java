package io.kona4j.derive.attributes;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.consensus.Log;
import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.consensus.Receipt;
import io.kona4j.consensus.TxType;
import io.kona4j.derive.errors.CriticalException;
import io.kona4j.derive.errors.PipelineError;
import io.kona4j.primitives.Hash;
import io.kona4j.protocol.BlockNumHash;
import io.kona4j.protocol.HardForks;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.L1ChainConfig;
import io.kona4j.protocol.deposits.UserDeposits;
import io.kona4j.protocol.sysconfig.SystemConfigLogs;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * An epoch whose receipts hold arbitrary logs under the deposit and config-update event topics: the builder returns
 * attributes or a critical error naming the builder or the system config, nothing else, and never more deposits than
 * logs.
 */
class HostileReceiptsTest {
    @Property(tries = 300)
    void arbitraryPortalAndSystemConfigLogs(@ForAll("receipts") List<Receipt> receipts) {
        FakeChains chains = new FakeChains();
        var cfg = FakeChains.rollup(HardForks.through(Hardfork.JOVIAN, 0));
        BlockNumHash origin = chains.l1Block(100, 1000, Hash.ZERO, 0L, Hash.ZERO, List.of());
        BlockNumHash next = chains.l1Block(101, 1012, origin.hash(), 0L, Hash.ZERO, receipts);
        StatefulAttributesBuilder b = new StatefulAttributesBuilder(cfg, L1ChainConfig.MAINNET, chains, chains);
        try {
            OpPayloadAttributes a = b.preparePayloadAttributes(FakeChains.l2(50, 1010, origin, 0), next);
            long logs = receipts.stream().mapToLong(r -> r.logs().size()).sum();
            assertThat(a.transactions().size() - 1L).isLessThanOrEqualTo(logs);
        } catch (CriticalException e) {
            assertThat(e.error()).isIn(PipelineError.ATTRIBUTES_BUILDER, PipelineError.SYSTEM_CONFIG_UPDATE);
        }
    }

    @Provide
    Arbitrary<List<Receipt>> receipts() {
        Arbitrary<Log> log = Arbitraries.integers().between(0, 5).flatMap(kind -> Arbitraries.bytes().array(byte[].class)
                .ofMaxSize(200).flatMap(data -> Arbitraries.integers().between(0, 9).map(n -> {
                    boolean deposit = kind < 3;
                    List<Hash> topics = new ArrayList<>();
                    topics.add(deposit ? UserDeposits.TRANSACTION_DEPOSITED_EVENT : SystemConfigLogs.CONFIG_UPDATE_EVENT);
                    for (int i = 0; i < (kind % 3) + 2; i++) topics.add(Hash.fromHex(String.format("0x%064x", i == 2 && !deposit ? n : 0)));
                    byte[] d = data;
                    if (kind % 2 == 0 && data.length > 0) {
                        d = new byte[64 + (data.length + 31) / 32 * 32];
                        d[31] = 32;
                        d[63] = (byte) data.length;
                        System.arraycopy(data, 0, d, 64, data.length);
                    }
                    return new Log(deposit ? FakeChains.PORTAL : FakeChains.SYSTEM_CONFIG, topics, d);
                })));
        return log.list().ofMaxSize(4).map(logs -> Receipt.of(TxType.EIP1559, true, 1, logs)).list().ofMaxSize(4);
    }
}
