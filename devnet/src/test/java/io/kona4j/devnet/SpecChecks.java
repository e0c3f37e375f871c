package io.kona4j.devnet;

import io.kona4j.consensus.Header;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.protocol.Predeploys;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole-chain checks of a devnet against the OP fee and base-fee formulas, computed here from the specs
 * (PROTOCOL.md §2.3, §2.4) with the inputs read from the chain's headers and state.
 */
final class SpecChecks {
    private SpecChecks() {}

    /**
     * Every block's fee vault balances move by what the spec formulas give for its transactions (PROTOCOL.md §2.3,
     * exec-engine.md §Fees): base fee · gas to BaseFeeVault, the effective tip · gas to SequencerFeeVault, the L1 fee
     * of the fork in force (Bedrock with the pre-Regolith 68·16 extra, Bedrock again for the first Ecotone block,
     * Ecotone, Fjord's FastLZ estimate) to L1FeeVault, the operator fee (Isthmus, Jovian) to OperatorFeeVault, with
     * the L1-fee inputs taken from the L1Block storage the block's L1-info transaction wrote.
     */
    static void feeVaults(Devnet d) {
        var rc = d.rollupConfig();
        for (long n = 1; n < d.l2Blocks().size(); n++) {
            L2BlockData b = d.l2Block(n);
            long t = b.header().timestamp();
            L2State pre = new L2State(d, n - 1);
            L2State post = new L2State(d, n);
            BigInteger baseFee = b.header().baseFeePerGas().toBigInteger();
            BigInteger l1BaseFee = post.storage(Predeploys.L1_BLOCK, 1).toBigInteger();
            BigInteger slot3 = post.storage(Predeploys.L1_BLOCK, 3).toBigInteger();
            BigInteger overhead = post.storage(Predeploys.L1_BLOCK, 5).toBigInteger();
            BigInteger scalar = post.storage(Predeploys.L1_BLOCK, 6).toBigInteger();
            BigInteger blobBaseFee = post.storage(Predeploys.L1_BLOCK, 7).toBigInteger();
            BigInteger slot8 = post.storage(Predeploys.L1_BLOCK, 8).toBigInteger();
            BigInteger mask32 = BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE);
            BigInteger blobScalar = slot3.shiftRight(64).and(mask32);
            BigInteger baseScalar = slot3.shiftRight(96).and(mask32);
            BigInteger opConstant = slot8.and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
            BigInteger opScalar = slot8.shiftRight(64).and(mask32);
            BigInteger base = BigInteger.ZERO;
            BigInteger tip = BigInteger.ZERO;
            BigInteger l1 = BigInteger.ZERO;
            BigInteger op = BigInteger.ZERO;
            long cumulative = 0;
            for (int i = 0; i < b.receipts().size(); i++) {
                long gas = b.receipts().get(i).cumulativeGasUsed() - cumulative;
                cumulative = b.receipts().get(i).cumulativeGasUsed();
                if (!(b.block().transactions().get(i) instanceof io.kona4j.consensus.SignedTransaction tx)) continue;
                BigInteger g = BigInteger.valueOf(gas);
                base = base.add(g.multiply(baseFee));
                BigInteger effectiveTip = tx.maxPriorityFeePerGas().toBigInteger()
                        .min(tx.maxFeePerGas().toBigInteger().subtract(baseFee));
                tip = tip.add(g.multiply(effectiveTip));
                byte[] raw = tx.encode();
                long zeros = 0;
                for (byte x : raw) if (x == 0) zeros++;
                BigInteger dataGas = BigInteger.valueOf(zeros * 4 + (raw.length - zeros) * 16);
                BigInteger fee;
                if (rc.isFjordActive(t)) {
                    BigInteger est = BigInteger.valueOf(Math.max(100_000_000L,
                            -42_585_600L + 836_500L * FlzLength.of(raw)));
                    fee = est.multiply(baseScalar.multiply(l1BaseFee).multiply(BigInteger.valueOf(16))
                            .add(blobScalar.multiply(blobBaseFee))).divide(BigInteger.valueOf(1_000_000_000_000L));
                } else if (rc.isEcotoneActive(t) && !(blobBaseFee.signum() == 0
                        && slot3.shiftRight(64).and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)).signum() == 0)) {
                    fee = dataGas.multiply(BigInteger.valueOf(16).multiply(l1BaseFee).multiply(baseScalar)
                            .add(blobBaseFee.multiply(blobScalar))).divide(BigInteger.valueOf(16_000_000));
                } else {
                    BigInteger g1 = dataGas.add(overhead);
                    if (!rc.isRegolithActive(t)) g1 = g1.add(BigInteger.valueOf(68 * 16));
                    fee = g1.multiply(l1BaseFee).multiply(scalar).divide(BigInteger.valueOf(1_000_000));
                }
                l1 = l1.add(fee);
                if (rc.isJovianActive(t)) {
                    op = op.add(g.multiply(opScalar).multiply(BigInteger.valueOf(100)).add(opConstant));
                } else if (rc.isIsthmusActive(t)) {
                    op = op.add(g.multiply(opScalar).divide(BigInteger.valueOf(1_000_000)).add(opConstant));
                }
            }
            String at = "L2 #" + n;
            assertThat(delta(pre, post, Predeploys.BASE_FEE_VAULT)).as(at + " base fee").isEqualTo(base);
            assertThat(delta(pre, post, Predeploys.SEQUENCER_FEE_VAULT)).as(at + " tips").isEqualTo(tip);
            assertThat(delta(pre, post, Predeploys.L1_FEE_VAULT)).as(at + " L1 fee").isEqualTo(l1);
            assertThat(delta(pre, post, Predeploys.OPERATOR_FEE_VAULT)).as(at + " operator fee").isEqualTo(op);
        }
    }

    static BigInteger delta(L2State pre, L2State post, Address a) {
        return balance(post, a).subtract(balance(pre, a));
    }

    static BigInteger balance(L2State s, Address a) {
        var acc = s.account(a);
        return acc == null ? BigInteger.ZERO : acc.balance().toBigInteger();
    }

    /**
     * Every block's base fee from its parent (PROTOCOL.md §2.4): EIP-1559 with denominator 50 before Canyon and 250
     * after, elasticity 6; from a Holocene parent the parameters of its extraData; from a Jovian parent the gas metric
     * {@code max(gasUsed, blobGasUsed)} and at least the extraData's min base fee.
     */
    static void baseFees(Devnet d) {
        var rc = d.rollupConfig();
        for (long n = 1; n < d.l2Blocks().size(); n++) {
            Header p = d.l2Block(n - 1).header();
            long pt = p.timestamp();
            long denominator = rc.isCanyonActive(d.l2Block(n).header().timestamp()) ? 250 : 50;
            long elasticity = 6;
            long used = p.gasUsed();
            long min = 0;
            if (rc.isHoloceneActive(pt) && n > 1) {
                byte[] x = p.extraData();
                denominator = Bytes.readIntBE(x, 1) & 0xffffffffL;
                elasticity = Bytes.readIntBE(x, 5) & 0xffffffffL;
                if (rc.isJovianActive(pt)) {
                    used = Math.max(used, p.blobGasUsed());
                    min = Bytes.readLongBE(x, 9);
                }
            }
            long expected = Math.max(min, eip1559BaseFee(p.baseFeePerGas().longValue(), used, p.gasLimit(),
                    denominator, elasticity));
            assertThat(d.l2Block(n).header().baseFeePerGas().longValue()).as("L2 #" + n + " base fee")
                    .isEqualTo(expected);
        }
    }

    /** The EIP-1559 base fee of a child of a block with the given base fee, gas used and gas limit. */
    static long eip1559BaseFee(long base, long used, long limit, long denominator, long elasticity) {
        long target = limit / elasticity;
        if (used == target) return base;
        BigInteger b = BigInteger.valueOf(base);
        if (used > target) {
            long delta = b.multiply(BigInteger.valueOf(used - target)).divide(BigInteger.valueOf(target))
                    .divide(BigInteger.valueOf(denominator)).longValue();
            return base + Math.max(1, delta);
        }
        long delta = b.multiply(BigInteger.valueOf(target - used)).divide(BigInteger.valueOf(target))
                .divide(BigInteger.valueOf(denominator)).longValue();
        return base - delta;
    }
}
