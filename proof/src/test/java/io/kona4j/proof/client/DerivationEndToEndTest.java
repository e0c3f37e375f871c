package io.kona4j.proof.client;

import io.kona4j.preimage.PreimageHashMismatchException;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.proof.hint.Hint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole client on a derivation that produces a block: a batch posted on L1 is derived into attributes, executed
 * statelessly, and the output root compared with the claim.
 */
class DerivationEndToEndTest {
    static Hash expectedRoot(ClientScenario s) {
        return s.expectedRoots.get(s.expectedRoots.size() - 1);
    }

    @Test
    void theRightClaimIsValidAndAWrongOneInvalid() {
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
    void consecutiveDerivedBlocksAreServedFromTheRunNotTheOracle() {
        ClientScenario s = new ClientScenario(3);
        s.boot(expectedRoot(s), ClientScenario.SAFE_NUMBER + 3);
        ClientResult r = SingleChainClient.run(s.oracle, s.oracle);
        assertEquals(Verdict.VALID, r.verdict(), r.toString());
        assertEquals(ClientScenario.SAFE_NUMBER + 3, r.safeHead());
        for (Hash derived : s.batchParents) {
            assertTrue(s.oracle.hints.stream().noneMatch(h -> h.equals(Hint.l2BlockHeader(derived).encode())),
                    "derived block " + derived + " is not asked for");
        }
        ClientScenario mid = new ClientScenario(3);
        mid.boot(mid.expectedRoots.get(1), ClientScenario.SAFE_NUMBER + 2);
        assertEquals(Verdict.VALID, SingleChainClient.run(mid.oracle, mid.oracle).verdict());
    }

    @Test
    void aClaimPastWhatL1HoldsIsJudgedOnTheLastDerivedBlock() {
        ClientScenario s = new ClientScenario(true);
        Hash expected = expectedRoot(s);
        s.boot(expected, ClientScenario.SAFE_NUMBER + 50);
        ClientResult r = SingleChainClient.run(s.oracle, s.oracle);
        assertEquals(Verdict.VALID, r.verdict(), r.toString());
        assertEquals(ClientScenario.SAFE_NUMBER + 1, r.safeHead(), "L1 exhausted after one block: clamped");
    }

    @Test
    void everyTamperedAnswerOfAValidDerivationIsAnError() {
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
