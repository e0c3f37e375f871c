package io.kona4j.cli.e2e;

import io.kona4j.devnet.Claim;
import io.kona4j.devnet.Devnet;
import io.kona4j.devnet.L2BlockData;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.proof.client.Verdict;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.RollupConfig;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The claims of the end-to-end matrix on one devnet, each with the decision every back end must reach. Honest claims:
 * the first block, the middle, the last, the first blocks of new L1 epochs, the first block of every fork activated
 * after genesis, the blocks where scenario events show, and two multi-block claims. Altered claims at one block
 * k: the output root rebuilt from the block's honest components with one of them replaced (state root, message-passer
 * storage root, block hash), and the honest root of one block claimed at another number. The expected decisions come
 * from the devnet's sequencer (the chain it built), not from the proof: an honest claim is VALID with the sequencer's
 * root of the claimed block computed, an altered one INVALID with the same honest root computed.
 */
final class MatrixClaims {
    private MatrixClaims() {}

    /** A claim and the decision expected of every back end. */
    record Case(Claim claim, Decision expected) {
        String label() {
            return claim.label();
        }
    }

    /** The output root v0 formula, written out: keccak256(bytes32(0) ‖ stateRoot ‖ messagePasserRoot ‖ blockHash). */
    static Hash outputRootV0(Hash stateRoot, Hash messagePasserStorageRoot, Hash blockHash) {
        byte[] pre = new byte[128];
        System.arraycopy(stateRoot.toArray(), 0, pre, 32, 32);
        System.arraycopy(messagePasserStorageRoot.toArray(), 0, pre, 64, 32);
        System.arraycopy(blockHash.toArray(), 0, pre, 96, 32);
        return Keccak256.hash(pre);
    }

    /** The honest output root of {@code b} from its header and message-passer root (checked against the devnet's). */
    static Hash honestRoot(L2BlockData b) {
        return outputRootV0(b.header().stateRoot(), b.messagePasserStorageRoot(), b.hash());
    }

    /** The first block at which each fork activated after genesis, in fork order. */
    static Map<Hardfork, Long> forkBoundaries(Devnet d) {
        RollupConfig rc = d.rollupConfig();
        Map<Hardfork, Long> out = new TreeMap<>();
        List<L2BlockData> blocks = d.l2Blocks();
        for (Hardfork f : Hardfork.values()) {
            for (int i = 1; i < blocks.size(); i++) {
                if (rc.isActive(f, blocks.get(i).header().timestamp())
                        && !rc.isActive(f, blocks.get(i - 1).header().timestamp())) {
                    out.put(f, (long) i);
                    break;
                }
            }
        }
        return out;
    }

    /** The first L2 blocks of each L1 epoch after the genesis epoch (at most {@code max}). */
    static List<Long> epochStarts(Devnet d, int max) {
        List<Long> out = new ArrayList<>();
        List<L2BlockData> blocks = d.l2Blocks();
        for (int i = 1; i < blocks.size() && out.size() < max; i++) {
            if (blocks.get(i).info().l1Origin().number() != blocks.get(i - 1).info().l1Origin().number()) {
                out.add((long) i);
            }
        }
        return out;
    }

    private static final Pattern L2_EVENT = Pattern.compile("^L2 #(\\d+): (.*)$");
    private static final Pattern L1_EVENT = Pattern.compile("^L1 #(\\d+): (.*)$");
    private static final Pattern L2_RANGE = Pattern.compile("\\(L2 #(\\d+)");

    /**
     * The L2 blocks where the devnet's scenario events show (at most {@code max}, fork activations left out, the
     * workload's plain deposits only if room is left): an L2 event at its block; an L1 event (a deposit, a
     * SystemConfig update) at the first L2 block of that L1 epoch, or, for a channel naming its L2 blocks, at the
     * first of them.
     */
    static Map<Long, String> eventBlocks(Devnet d, int max) {
        Map<Long, String> out = new TreeMap<>();
        List<L2BlockData> blocks = d.l2Blocks();
        List<String> events = new ArrayList<>();
        for (String e : d.events()) if (!e.contains(": deposit of ")) events.add(e);
        for (String e : d.events()) if (e.contains(": deposit of ")) events.add(e);
        for (String e : events) {
            if (out.size() >= max) break;
            Matcher m2 = L2_EVENT.matcher(e);
            Matcher m1 = L1_EVENT.matcher(e);
            long block = -1;
            String what;
            if (m2.matches()) {
                what = m2.group(2);
                if (what.endsWith(" activates")) continue;
                block = Long.parseLong(m2.group(1));
            } else if (m1.matches()) {
                what = m1.group(2);
                Matcher r = L2_RANGE.matcher(what);
                if (r.find()) {
                    block = Long.parseLong(r.group(1));
                } else {
                    long l1 = Long.parseLong(m1.group(1));
                    for (int i = 1; i < blocks.size(); i++) {
                        if (blocks.get(i).info().l1Origin().number() >= l1) {
                            block = i;
                            break;
                        }
                    }
                }
            } else {
                continue;
            }
            if (block < 1 || block >= blocks.size()) continue;
            String shortWhat = what.length() > 34 ? what.substring(0, 33) + "…" : what;
            out.putIfAbsent(block, shortWhat);
        }
        return out;
    }

    /** The matrix: honest claims, then altered ones at block {@code k} (1 ≤ k &lt; last). */
    static List<Case> of(Devnet d, long k) {
        long n = d.l2Blocks().size() - 1;
        if (k < 1 || k >= n) throw new IllegalArgumentException("altered claims need 1 <= k < " + n + ", got " + k);
        Map<Long, String> honest = new TreeMap<>();
        honest.put(1L, "first block");
        honest.put(n / 2, "middle block");
        honest.put(n, "last block");
        for (long b : epochStarts(d, 2)) honest.merge(b, "epoch start", (a, x) -> a + ", " + x);
        forkBoundaries(d).forEach((f, b) -> honest.merge(b, f.key() + " boundary", (a, x) -> a + ", " + x));
        eventBlocks(d, 4).forEach((b, what) -> honest.merge(b, what, (a, x) -> a + ", " + x));
        List<Case> out = new ArrayList<>();
        honest.forEach((b, why) -> out.add(honestCase(d, b - 1, b, "block " + b + " (" + why + ")")));
        out.add(honestCase(d, 0, n, "blocks 1-" + n + " (the whole chain)"));
        out.add(honestCase(d, n / 3, 2 * n / 3, "blocks " + (n / 3 + 1) + "-" + 2 * n / 3));

        L2BlockData kb = d.l2Block(k);
        Hash wrong = Keccak256.hash("not this root".getBytes(StandardCharsets.UTF_8));
        out.add(altered(d, k - 1, k, "wrong state root",
                outputRootV0(wrong, kb.messagePasserStorageRoot(), kb.hash())));
        out.add(altered(d, k - 1, k, "wrong message-passer storage root",
                outputRootV0(kb.header().stateRoot(), wrong, kb.hash())));
        out.add(altered(d, k - 1, k, "wrong block hash",
                outputRootV0(kb.header().stateRoot(), kb.messagePasserStorageRoot(), wrong)));
        out.add(altered(d, k - 1, k + 1, "honest root of #" + k + " claimed at #" + (k + 1), honestRoot(kb)));
        out.add(altered(d, k - 1, k, "honest root of #" + (k + 1) + " claimed at #" + k,
                honestRoot(d.l2Block(k + 1))));
        return out;
    }

    private static Case honestCase(Devnet d, long agreed, long claimed, String label) {
        L2BlockData b = d.l2Block(claimed);
        Claim c = new Claim(label, agreed, honestRoot(d.l2Block(agreed)), claimed, honestRoot(b), d.l1Head().hash(),
                true);
        return new Case(c, new Decision(Verdict.VALID, 0, claimed, honestRoot(b)));
    }

    private static Case altered(Devnet d, long agreed, long claimed, String how, Hash root) {
        Claim c = new Claim("block " + claimed + " (" + how + ")", agreed, honestRoot(d.l2Block(agreed)), claimed,
                root, d.l1Head().hash(), false);
        return new Case(c, new Decision(Verdict.INVALID, 1, claimed, honestRoot(d.l2Block(claimed))));
    }
}
