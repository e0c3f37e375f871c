package io.kona4j.devnet;

import io.kona4j.primitives.Hash;

/**
 * A claim to prove: starting from the agreed output of block {@code agreedBlock}, the output root of block
 * {@code claimedBlock} is {@code claimedOutputRoot}, derivable from L1 up to {@code l1Head}.
 */
public record Claim(String label, long agreedBlock, Hash agreedOutputRoot, long claimedBlock, Hash claimedOutputRoot,
                    Hash l1Head, boolean honest) {
    /** The honest claim of {@code block} over its parent, with the devnet's L1 head. */
    public static Claim honest(Devnet d, long block) {
        return honest(d, block - 1, block);
    }

    public static Claim honest(Devnet d, long agreed, long block) {
        return new Claim("block " + block, agreed, d.l2Block(agreed).outputRoot(), block,
                d.l2Block(block).outputRoot(), d.l1Head().hash(), true);
    }

    /** The same claim with another output root (expected: rejected). */
    public Claim altered(String how, Hash root) {
        return new Claim(label + " (" + how + ")", agreedBlock, agreedOutputRoot, claimedBlock, root, l1Head, false);
    }
}
