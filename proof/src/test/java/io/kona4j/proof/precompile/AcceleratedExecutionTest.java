package io.kona4j.proof.precompile;

import io.kona4j.consensus.Header;
import io.kona4j.driver.StatelessExecutor;
import io.kona4j.evm.Evm;
import io.kona4j.executor.BlockBuildingOutcome;
import io.kona4j.executor.fixture.ExecutorFixture;
import io.kona4j.proof.FixtureOracle;
import io.kona4j.proof.TestOracle;
import io.kona4j.proof.l2.OracleL2ChainProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Real OP Sepolia blocks built with the precompiles answered by a host through the oracle, as Kona's client does. */
class AcceleratedExecutionTest {
    @ParameterizedTest
    @ValueSource(strings = {"block-26207960", "block-26207961", "block-26207962", "block-26207963", "block-26208858"})
    void blocksBuildToTheirHashesWithHostRunPrecompiles(String block) throws Exception {
        ExecutorFixture f = FixtureOracle.fixture(block);
        TestOracle store = FixtureOracle.oracle(block);
        PrecompileHost host = new PrecompileHost(store);
        Header parent = f.parentHeader();
        OracleL2ChainProvider l2 = new OracleL2ChainProvider(parent.hash(), f.rollupConfig(), host);
        StatelessExecutor executor = new StatelessExecutor(f.rollupConfig(), l2, l2,
                FpvmPrecompiles.evmFactory(f.rollupConfig().l2ChainId(), host, host));
        AtomicReference<BlockBuildingOutcome> out = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = Evm.newThread(() -> {
            try {
                executor.updateSafeHead(parent, parent.hash());
                out.set(executor.executePayload(f.attributes()));
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.start();
        t.join();
        assertNull(thrown.get());
        assertEquals(f.expectedBlockHash(), out.get().blockHash());
        long hinted = store.hints.stream().filter(h -> h.startsWith("l1-precompile ")).count();
        assertEquals(host.served, hinted);
        System.out.printf("%s: %d precompile calls answered by the host%n", block, host.served);
    }
}
