package io.kona4j.proof.l2;

import io.kona4j.consensus.Header;
import io.kona4j.driver.StatelessExecutor;
import io.kona4j.evm.Evm;
import io.kona4j.executor.BlockBuildingOutcome;
import io.kona4j.executor.fixture.ExecutorFixture;
import io.kona4j.mpt.InMemoryTrieProvider;
import io.kona4j.mpt.Trie;
import io.kona4j.mpt.TrieAccount;
import io.kona4j.preimage.PreimageHashMismatchException;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.primitives.rlp.RlpWriter;
import io.kona4j.proof.FixtureOracle;
import io.kona4j.proof.TestChains;
import io.kona4j.proof.TestOracle;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.registry.Chains;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OracleL2ChainProviderTest {
    static final String BLOCK = "block-26207961";

    /** Runs {@code r} on a deep-stack thread (the EVM recurses) and returns what it threw, or null. */
    static Throwable onEvmThread(Runnable r) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = Evm.newThread(() -> {
            try {
                r.run();
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.start();
        t.join();
        return thrown.get();
    }

    @ParameterizedTest
    @ValueSource(strings = {"block-26207960", "block-26207961", "block-26207962", "block-26207963", "block-26208858"})
    void theExecutorOverTheOracleBuildsTheRealBlockWithKonasHints(String block) throws Exception {
        ExecutorFixture f = FixtureOracle.fixture(block);
        TestOracle oracle = FixtureOracle.oracle(block);
        Header parent = f.parentHeader();
        Hash parentHash = parent.hash();
        RollupConfig config = f.rollupConfig();
        OracleL2ChainProvider l2 = new OracleL2ChainProvider(parentHash, config, oracle);
        StatelessExecutor executor = new StatelessExecutor(config, l2, l2);
        AtomicReference<BlockBuildingOutcome> out = new AtomicReference<>();
        assertNull(onEvmThread(() -> {
            executor.updateSafeHead(parent, parentHash);
            out.set(executor.executePayload(f.attributes()));
        }));
        assertEquals(f.expectedBlockHash(), out.get().blockHash());

        String first = oracle.hints.get(0);
        assertTrue(first.startsWith("l2-payload-witness " + parentHash.toString()), first);
        String blockNumber = String.format("%016x", parent.number());
        List<String> accountHints = new ArrayList<>();
        for (String h : oracle.hints) if (h.startsWith("l2-account-proof ")) accountHints.add(h);
        assertTrue(accountHints.contains("l2-account-proof 0x" + blockNumber + "4200000000000000000000000000000000000015"),
                "the L1Block predeploy is read at the parent's number: " + accountHints);
        for (String h : oracle.hints) {
            String type = h.substring(0, h.indexOf(' '));
            assertTrue(List.of("l2-payload-witness", "l2-account-proof", "l2-account-storage-proof", "l2-code",
                    "l2-block-header", "l2-state-node").contains(type), h);
            if (type.equals("l2-account-storage-proof")) assertEquals(2 + 2 * 60, h.length() - type.length() - 1);
        }
        for (PreimageKey k : oracle.requests) assertEquals(0x02, k.toArray()[0]);
    }

    @Test
    void aTamperedStateNodeStopsExecutionWithAHashMismatch() throws Exception {
        ExecutorFixture f = FixtureOracle.fixture(BLOCK);
        TestOracle oracle = FixtureOracle.oracle(BLOCK);
        Header parent = f.parentHeader();
        PreimageKey root = PreimageKey.keccak256(parent.stateRoot());
        byte[] node = oracle.store.get(root).clone();
        node[node.length - 1] ^= 0x01;
        oracle.put(root, node);
        OracleL2ChainProvider l2 = new OracleL2ChainProvider(parent.hash(), f.rollupConfig(), oracle);
        StatelessExecutor executor = new StatelessExecutor(f.rollupConfig(), l2, l2);
        Throwable t = onEvmThread(() -> {
            executor.updateSafeHead(parent, parent.hash());
            executor.executePayload(f.attributes());
        });
        assertInstanceOf(PreimageHashMismatchException.class, rootCause(t), String.valueOf(t));
    }

    static Throwable rootCause(Throwable t) {
        while (t != null && t.getCause() != null && !(t instanceof PreimageHashMismatchException)) t = t.getCause();
        return t;
    }

    // ---- EIP-2935 lookback --------------------------------------------------------------------------------

    static final RollupConfig SEPOLIA = Chains.require(Chains.OP_SEPOLIA);
    /** OP Sepolia Isthmus 1744905600. */
    static final long ISTHMUS_TIME = 1_745_000_000L;

    @Test
    void konasSlotRule() {
        // Kona's eip2935.rs cases, slots worked out by hand: in window -> target % 8191, else head % 8191.
        assertEquals(999, Eip2935.slot(1000, 999));
        assertEquals(9000 % 8191, Eip2935.slot(9000, 100));
        assertEquals(16384 % 8191, Eip2935.slot(16384, 8192));
        assertEquals(16384 % 8191, Eip2935.slot(16384, 8191));
        assertEquals(8191 % 8191, Eip2935.slot(16382, 8191), "distance exactly the window is still in it");
    }

    @Test
    void fromIsthmusTheProviderLeapsThroughTheHistoryContract() {
        TestOracle oracle = new TestOracle();
        Header target = l2Header(5000, Hash.ZERO, ISTHMUS_TIME - 200, Hash.EMPTY_TRIE_ROOT);
        Hash targetHash = TestChains.putHeader(oracle, target);
        Hash state = historyState(oracle, 5000 % 8191, targetHash);
        Header head = l2Header(5100, Keccak256.hash(new byte[]{1}), ISTHMUS_TIME, state);
        Hash headHash = TestChains.putHeader(oracle, head);

        OracleL2ChainProvider l2 = new OracleL2ChainProvider(headHash, SEPOLIA, oracle);
        assertEquals(target, l2.headerByNumber(5000));
        assertEquals(List.of("l2-block-header " + headHash,
                "l2-account-storage-proof 0x" + String.format("%016x", 5100)
                        + "0000f90827f1c53a10cb7a02335b175320002935" + String.format("%064x", 5000),
                "l2-block-header " + targetHash), oracle.hints, "no header between them is fetched");
    }

    @Test
    void aFailedLookupFallsBackToTheParentWalk() {
        TestOracle oracle = new TestOracle();
        Hash parent = Hash.ZERO;
        List<Hash> hashes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Header h = l2Header(7000 + i, parent, ISTHMUS_TIME + 2L * i, Hash.EMPTY_TRIE_ROOT);
            parent = TestChains.putHeader(oracle, h);
            hashes.add(parent);
        }
        OracleL2ChainProvider l2 = new OracleL2ChainProvider(parent, SEPOLIA, oracle);
        assertEquals(7000, l2.headerByNumber(7000).number());
        assertEquals(List.of("l2-block-header " + hashes.get(3),
                "l2-account-storage-proof 0x" + String.format("%016x", 7003) + "0000f90827f1c53a10cb7a02335b175320002935"
                        + String.format("%064x", 7000),
                "l2-block-header " + hashes.get(2), "l2-block-header " + hashes.get(1),
                "l2-block-header " + hashes.get(0)), oracle.hints);
    }

    static Header l2Header(long number, Hash parent, long time, Hash stateRoot) {
        return Header.builder().number(number).parentHash(parent).timestamp(time).stateRoot(stateRoot)
                .gasLimit(30_000_000).baseFeePerGas(UInt256.ONE).build();
    }

    /** A state with only the history contract, whose slot {@code slot} holds {@code value}; nodes stored. */
    static Hash historyState(TestOracle oracle, long slot, Hash value) {
        Trie storage = Trie.empty();
        RlpWriter w = new RlpWriter(40);
        w.writeBytes(value.toArray());
        storage.put(Keccak256.digest(UInt256.valueOf(slot).toBytes32()), w.toByteArray());
        storage.collectNodes(oracle::putKeccak);
        Trie state = Trie.empty();
        TrieAccount account = new TrieAccount(1, UInt256.ZERO, storage.rootHash(), Hash.EMPTY_CODE_HASH);
        state.put(Keccak256.digest(Address.fromHex("0x0000F90827F1C53a10cb7A02335B175320002935").toArray()),
                account.encode());
        state.collectNodes(oracle::putKeccak);
        return state.rootHash();
    }
}
