package io.kona4j.proof.client;

import io.kona4j.preimage.BidirectionalChannel;
import io.kona4j.preimage.HintWriter;
import io.kona4j.preimage.KeyNotFoundException;
import io.kona4j.preimage.OracleReader;
import io.kona4j.preimage.PreimageHashMismatchException;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.preimage.PreimageServer;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.proof.hint.Hint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SingleChainClientTest {
    static final Hash WRONG_ROOT = Keccak256.hash("a wrong output root".getBytes());

    @Test
    void traceExtensionIsValidWithoutDerivation() {
        ClientScenario s = new ClientScenario();
        s.boot(s.agreedRoot, ClientScenario.SAFE_NUMBER + 100);
        ClientResult r = SingleChainClient.run(s.oracle, s.oracle);
        assertEquals(Verdict.VALID, r.verdict(), r.toString());
        assertEquals(0, r.exitCode());
        assertEquals(List.of(Hint.startingL2Output(s.agreedRoot).encode(), Hint.l2BlockHeader(s.safeHash).encode()),
                s.oracle.hints, "nothing of L1 is read");
    }

    @Test
    void aClaimBeforeTheAgreedSafeHeadIsInvalid() {
        ClientScenario s = new ClientScenario();
        s.boot(WRONG_ROOT, ClientScenario.SAFE_NUMBER - 1);
        ClientResult r = SingleChainClient.run(s.oracle, s.oracle);
        assertEquals(Verdict.INVALID, r.verdict(), r.toString());
        assertEquals(1, r.exitCode());
    }

    @Test
    void aWrongClaimAtTheSafeHeadIsInvalidAgainstTheAgreedRoot() {
        ClientScenario s = new ClientScenario();
        s.boot(WRONG_ROOT, ClientScenario.SAFE_NUMBER);
        ClientResult r = SingleChainClient.run(s.oracle, s.oracle);
        assertEquals(Verdict.INVALID, r.verdict(), r.toString());
        assertEquals(s.agreedRoot, r.computedOutputRoot());
        assertEquals(ClientScenario.SAFE_NUMBER, r.safeHead());
    }

    @Test
    void whenL1IsExhaustedTheSafeHeadsRootIsComparedWithTheClaim() {
        ClientScenario s = new ClientScenario();
        s.boot(WRONG_ROOT, ClientScenario.SAFE_NUMBER + 10);
        ClientResult r = SingleChainClient.run(s.oracle, s.oracle);
        assertEquals(Verdict.INVALID, r.verdict(), r.toString());
        assertEquals(1, r.exitCode());
        assertEquals(ClientScenario.SAFE_NUMBER, r.safeHead());
        assertEquals(s.agreedRoot, r.computedOutputRoot());
        assertTrue(r.detail().contains("L1 is exhausted"), r.detail());
        // Sync start walked from the head to the origin and one channel timeout (50 on Granite+) further back.
        Set<String> hints = new LinkedHashSet<>(s.oracle.hints);
        for (var h : s.l1) assertTrue(hints.contains(Hint.l1BlockHeader(h.hash()).encode()), "header " + h.number());
        assertTrue(hints.contains(Hint.l1Transactions(s.l1.get(0).hash()).encode()), "the first origin's txs");
        assertTrue(hints.contains(Hint.l1Receipts(s.l1Head()).encode()), "traversal reached the head");
        assertTrue(hints.contains(Hint.l2Transactions(s.safeHash).encode()), "the safe block for its system config");
    }

    @Test
    void everyTamperedOracleAnswerIsAnErrorNeverAVerdict() {
        assertTamperingIsAlwaysAnError(ClientScenario.SAFE_NUMBER + 10, false);
        assertTamperingIsAlwaysAnError(ClientScenario.SAFE_NUMBER + 10, true);
    }

    /** Runs once clean, then once per non-local key the clean run read, with that key's answer altered. */
    static void assertTamperingIsAlwaysAnError(long claimedBlock, boolean traceExtension) {
        ClientScenario clean = new ClientScenario();
        clean.boot(traceExtension ? clean.agreedRoot : WRONG_ROOT, claimedBlock);
        ClientResult expected = SingleChainClient.run(clean.oracle, clean.oracle);
        assertEquals(traceExtension ? Verdict.VALID : Verdict.INVALID, expected.verdict(), expected.toString());
        Set<PreimageKey> read = new LinkedHashSet<>(clean.oracle.requests);
        read.removeIf(ClientScenario::isLocal);
        assertTrue(read.size() >= (traceExtension ? 2 : 58), "keys read: " + read.size());
        List<String> failures = new ArrayList<>();
        for (PreimageKey k : read) {
            ClientScenario s = new ClientScenario();
            s.boot(traceExtension ? s.agreedRoot : WRONG_ROOT, claimedBlock);
            byte[] v = s.oracle.store.get(k).clone();
            v[v.length / 2] ^= 0x40;
            s.oracle.put(k, v);
            ClientResult r = SingleChainClient.run(s.oracle, s.oracle);
            if (r.verdict() != Verdict.ERROR || r.exitCode() != 1 || !hasCause(r.error(), PreimageHashMismatchException.class)) {
                failures.add(k + " -> " + r);
            }
        }
        assertEquals(List.of(), failures);
    }

    static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (; t != null; t = t.getCause()) if (type.isInstance(t)) return true;
        return false;
    }

    @Test
    void aMissingPreimageIsAnError() {
        ClientScenario s = new ClientScenario();
        s.boot(WRONG_ROOT, ClientScenario.SAFE_NUMBER + 10);
        s.oracle.store.remove(PreimageKey.keccak256(s.l1.get(3).hash()));
        ClientResult r = SingleChainClient.run(s.oracle, s.oracle);
        assertEquals(Verdict.ERROR, r.verdict(), r.toString());
        assertTrue(hasCause(r.error(), KeyNotFoundException.class), String.valueOf(r.error()));
    }

    @Test
    void anOutputRootPreimageOfAnotherVersionIsAnError() {
        ClientScenario s = new ClientScenario();
        byte[] pre = new byte[128];
        pre[31] = 1;
        Hash root = s.oracle.putKeccak(pre);
        new io.kona4j.proof.BootInfo(s.l1Head(), root, WRONG_ROOT, ClientScenario.SAFE_NUMBER + 1,
                ClientScenario.CONFIG.l2ChainId()).localPreimages().forEach(s.oracle::put);
        ClientResult r = SingleChainClient.run(s.oracle, s.oracle);
        assertEquals(Verdict.ERROR, r.verdict(), r.toString());
        assertTrue(r.detail().contains("version 0"), r.detail());
    }

    @Test
    void missingBootInputsAreAnError() {
        ClientScenario s = new ClientScenario();
        ClientResult r = SingleChainClient.run(s.oracle, s.oracle);
        assertEquals(Verdict.ERROR, r.verdict());
        assertEquals(-1, r.claimedBlock());
    }

    @Test
    void offlineOverAStoreLookupGivesTheSameVerdict() {
        ClientScenario s = new ClientScenario();
        s.boot(WRONG_ROOT, ClientScenario.SAFE_NUMBER + 10);
        ClientResult r = SingleChainClient.runOffline(s.oracle.store::get);
        assertEquals(Verdict.INVALID, r.verdict(), r.toString());
        assertEquals(s.agreedRoot, r.computedOutputRoot());
    }

    @Test
    void overPipesToAnInProcessHostTheVerdictIsTheSame() throws Exception {
        ClientScenario s = new ClientScenario();
        s.boot(s.agreedRoot, ClientScenario.SAFE_NUMBER + 3);
        BidirectionalChannel preimages = BidirectionalChannel.create("preimage");
        BidirectionalChannel hints = BidirectionalChannel.create("hint");
        List<String> routed = new ArrayList<>();
        PreimageServer server = new PreimageServer(preimages.host(), hints.host(), key -> {
            byte[] v = s.oracle.store.get(key);
            if (v == null) throw new KeyNotFoundException(key);
            return v;
        }, routed::add);
        Throwable[] serverError = new Throwable[1];
        Thread host = Thread.ofPlatform().start(() -> {
            try {
                server.run();
            } catch (RuntimeException e) {
                serverError[0] = e;
            }
        });
        ClientResult r = SingleChainClient.run(new OracleReader(preimages.client()), new HintWriter(hints.client()));
        preimages.client().close();
        hints.client().close();
        host.join(10_000);
        assertEquals(Verdict.VALID, r.verdict(), r.toString());
        assertNull(serverError[0]);
        assertEquals(List.of(Hint.startingL2Output(s.agreedRoot).encode(), Hint.l2BlockHeader(s.safeHash).encode()),
                routed);
    }
}
