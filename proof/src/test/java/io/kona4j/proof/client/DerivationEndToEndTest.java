package io.kona4j.proof.client;

import io.kona4j.consensus.Block;
import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.consensus.Transaction;
import io.kona4j.evm.Evm;
import io.kona4j.executor.StatelessL2Builder;
import io.kona4j.executor.db.TrieDBProvider;
import io.kona4j.mpt.OrderedListWalker;
import io.kona4j.mpt.TrieHinter;
import io.kona4j.preimage.PreimageHashMismatchException;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.protocol.L1ChainConfig;
import io.kona4j.protocol.Predeploys;
import io.kona4j.protocol.SystemConfig;
import io.kona4j.protocol.info.L1InfoTransaction;
import io.kona4j.protocol.sysconfig.PayloadToSystemConfig;
import io.kona4j.proof.hint.Hint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole client on a derivation that produces a block: a batch posted on L1 is derived into attributes, executed
 * statelessly, and the output root compared with the claim.
 */
class DerivationEndToEndTest {
    /**
     * The output root of block #20,000,001 built from the attributes the spec prescribes for it (PROTOCOL.md §1.10:
     * same epoch, sequence number 6, L1-info deposit only, fee recipient the sequencer fee vault, prevRandao and beacon
     * root of the L1 origin, gas limit and EIP-1559 params of the system config), independently of derivation.
     */
    static Hash expectedRoot(ClientScenario s) throws InterruptedException {
        Block safe = new Block(s.safeHeader, List.of(Transaction.decode(firstTx(s))), List.of(), List.of());
        SystemConfig sys = PayloadToSystemConfig.convert(ClientScenario.CONFIG, safe);
        long t = s.safeTime + 2;
        byte[] deposit = L1InfoTransaction.build(ClientScenario.CONFIG, L1ChainConfig.SEPOLIA, sys, 6, s.origin(),
                s.origin().hash(), t).encode();
        OpPayloadAttributes attrs = new OpPayloadAttributes(t, s.origin().prevRandao(), Predeploys.SEQUENCER_FEE_VAULT,
                List.of(), s.origin().parentBeaconBlockRoot(), List.of(deposit), true, sys.gasLimit(),
                sys.eip1559Params(ClientScenario.CONFIG, s.safeTime, t), null);
        AtomicReference<Hash> root = new AtomicReference<>();
        Thread th = Evm.newThread(() -> {
            StatelessL2Builder b = new StatelessL2Builder(ClientScenario.CONFIG, new Empty(), TrieHinter.NOOP, s.safeHeader);
            b.buildBlock(attrs);
            root.set(b.computeOutputRoot());
        });
        th.start();
        th.join();
        return root.get();
    }

    static byte[] firstTx(ClientScenario s) {
        return OrderedListWalker.walk(s.safeHeader.transactionsRoot(),
                h -> s.oracle.store.get(PreimageKey.keccak256(h))).get(0);
    }

    /** An empty state: no node is ever needed. */
    static final class Empty implements TrieDBProvider {
        @Override
        public byte[] trieNodeByHash(Hash hash) {
            return null;
        }

        @Override
        public byte[] bytecodeByHash(Hash codeHash) {
            return null;
        }

        @Override
        public byte[] headerByHash(Hash blockHash) {
            return null;
        }
    }

    @Test
    void theRightClaimIsValidAndAWrongOneInvalid() throws Exception {
        ClientScenario s = new ClientScenario(true);
        Hash expected = expectedRoot(s);
        s.boot(expected, ClientScenario.SAFE_NUMBER + 1);
        ClientResult r = SingleChainClient.run(s.oracle, s.oracle);
        assertEquals(Verdict.VALID, r.verdict(), r.toString());
        assertEquals(0, r.exitCode());
        assertEquals(ClientScenario.SAFE_NUMBER + 1, r.safeHead());
        assertTrue(s.oracle.hints.contains(Hint.l1Transactions(s.l1.get(51).hash()).encode()), "the batch block");
        assertTrue(s.oracle.hints.stream().anyMatch(h -> h.startsWith("l2-payload-witness " + s.safeHash)),
                "the executor asked for the witness of the derived block");

        ClientScenario wrong = new ClientScenario(true);
        wrong.boot(Keccak256.hash(new byte[]{42}), ClientScenario.SAFE_NUMBER + 1);
        ClientResult w = SingleChainClient.run(wrong.oracle, wrong.oracle);
        assertEquals(Verdict.INVALID, w.verdict(), w.toString());
        assertEquals(expected, w.computedOutputRoot());
    }

    @Test
    void aClaimPastWhatL1HoldsIsJudgedOnTheLastDerivedBlock() throws Exception {
        ClientScenario s = new ClientScenario(true);
        Hash expected = expectedRoot(s);
        s.boot(expected, ClientScenario.SAFE_NUMBER + 50);
        ClientResult r = SingleChainClient.run(s.oracle, s.oracle);
        assertEquals(Verdict.VALID, r.verdict(), r.toString());
        assertEquals(ClientScenario.SAFE_NUMBER + 1, r.safeHead(), "L1 exhausted after one block: clamped");
    }

    @Test
    void everyTamperedAnswerOfAValidDerivationIsAnError() throws Exception {
        ClientScenario clean = new ClientScenario(true);
        Hash expected = expectedRoot(clean);
        clean.boot(expected, ClientScenario.SAFE_NUMBER + 1);
        assertEquals(Verdict.VALID, SingleChainClient.run(clean.oracle, clean.oracle).verdict());
        Set<PreimageKey> read = new LinkedHashSet<>(clean.oracle.requests);
        read.removeIf(ClientScenario::isLocal);
        List<String> failures = new ArrayList<>();
        for (PreimageKey k : read) {
            ClientScenario s = new ClientScenario(true);
            s.boot(expected, ClientScenario.SAFE_NUMBER + 1);
            byte[] v = s.oracle.store.get(k).clone();
            v[v.length / 2] ^= 0x40;
            s.oracle.put(k, v);
            ClientResult r = SingleChainClient.run(s.oracle, s.oracle);
            if (r.verdict() != Verdict.ERROR || !SingleChainClientTest.hasCause(r.error(), PreimageHashMismatchException.class)) {
                failures.add(k + " -> " + r);
            }
        }
        assertTrue(read.size() >= 60, "keys read: " + read.size());
        assertEquals(List.of(), failures);
    }
}
