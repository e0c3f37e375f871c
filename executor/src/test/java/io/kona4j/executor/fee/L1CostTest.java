package io.kona4j.executor.fee;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.primitives.UInt256;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected values worked out by hand from the formulas of PROTOCOL.md §2.3 (and op-geth rollup_cost.go). */
class L1CostTest {
    static final UInt256 GWEI = UInt256.valueOf(1_000_000_000L);

    /** 10 zero bytes and 100 non-zero bytes. */
    static byte[] tx() {
        byte[] b = new byte[110];
        for (int i = 10; i < 110; i++) b[i] = (byte) 0xab;
        return b;
    }

    static L1BlockStorage storage(long blobBaseFee, long baseFeeScalar, long blobScalar) {
        // slot 3: baseFeeScalar at byte offset 12 (bytes 16..20 of the word), blobBaseFeeScalar at 8 (20..24).
        UInt256 slot3 = UInt256.ofLimbs(0, 0, baseFeeScalar << 32 | blobScalar, 7);
        Map<UInt256, UInt256> slots = Map.of(
                L1BlockStorage.BASE_FEE_SLOT, GWEI,
                L1BlockStorage.FEE_SCALARS_SLOT, slot3,
                L1BlockStorage.OVERHEAD_SLOT, UInt256.valueOf(188),
                L1BlockStorage.SCALAR_SLOT, UInt256.valueOf(684_000),
                L1BlockStorage.BLOB_BASE_FEE_SLOT, UInt256.valueOf(blobBaseFee),
                // slot 8: constant 9 at offset 0, scalar 1,500,000 at 8, DA scalar 400 at 12.
                L1BlockStorage.OPERATOR_FEE_SLOT, UInt256.ofLimbs(0, 0, 400L << 32 | 1_500_000L, 9));
        return L1BlockStorage.read(s -> slots.getOrDefault(s, UInt256.ZERO), true, true);
    }

    @Test
    void storageSlotsAreSplitAtTheirRightAlignedOffsets() {
        L1BlockStorage s = storage(10, 1368, 810_949);
        assertThat(s.baseFeeScalar()).isEqualTo(1368);
        assertThat(s.blobBaseFeeScalar()).isEqualTo(810_949);
        assertThat(s.operatorFeeConstant()).isEqualTo(9);
        assertThat(s.operatorFeeScalar()).isEqualTo(1_500_000);
        assertThat(s.daFootprintGasScalar()).isEqualTo(400);
    }

    @Test
    void bedrock() {
        // (10·4 + 100·16 + 188) · 1e9 · 684,000 / 1e6 = 1828 · 684 · 1e9
        L1BlockStorage s = storage(0, 0, 0);
        assertThat(L1Cost.of(tx(), s, true, false, false)).isEqualTo(UInt256.valueOf(1_250_352_000_000L));
        // Before Regolith 68·16 = 1088 more data gas: 2916 · 684 · 1e9
        assertThat(L1Cost.of(tx(), s, false, false, false)).isEqualTo(UInt256.valueOf(1_994_544_000_000L));
    }

    @Test
    void ecotone() {
        // 1640 · (16 · 1e9 · 1368 + 10 · 810,949) / 16e6 = 2,243,520,831 (floor)
        assertThat(L1Cost.of(tx(), storage(10, 1368, 810_949), true, true, false))
                .isEqualTo(UInt256.valueOf(2_243_520_831L));
    }

    @Test
    void firstEcotoneBlockFallsBackToBedrock() {
        // op-geth: blob base fee 0 and both Ecotone scalars 0 → the Bedrock function with slots 5 and 6.
        L1BlockStorage unset = storage(0, 0, 0);
        assertThat(unset.ecotoneParamsUnset()).isTrue();
        assertThat(L1Cost.select(unset, true, true)).isEqualTo(L1Cost.Function.BEDROCK);
        assertThat(L1Cost.of(tx(), unset, true, true, false)).isEqualTo(UInt256.valueOf(1_250_352_000_000L));
        // A blob base fee alone is enough to leave the fallback (op-revm would test the blob scalar instead).
        assertThat(L1Cost.select(storage(1, 0, 0), true, false)).isEqualTo(L1Cost.Function.ECOTONE);
        assertThat(L1Cost.select(storage(0, 1368, 0), true, true)).isEqualTo(L1Cost.Function.FJORD);
    }

    @Test
    void fjord() {
        UInt256 l1 = GWEI;
        // flzLen 202: 836,500 · 202 − 42,585,600 = 126,387,400; · 21,888,008,109,490 / 1e12 = 2,766,368,436
        assertThat(L1Cost.fjord(202, l1, 1368, UInt256.valueOf(10), 810_949)).isEqualTo(UInt256.valueOf(2_766_368_436L));
        // flzLen 100 estimates 41,064,400 < 1e8: the minimum 1e8 applies → 2,188,800,810
        assertThat(L1Cost.fjord(100, l1, 1368, UInt256.valueOf(10), 810_949)).isEqualTo(UInt256.valueOf(2_188_800_810L));
        // Through the dispatcher: 64 incompressible bytes have flzLen 66 → minimum size.
        byte[] b = new byte[64];
        for (int i = 0; i < 64; i++) b[i] = (byte) (i * 7 + 3);
        assertThat(L1Cost.of(b, storage(10, 1368, 810_949), true, true, true)).isEqualTo(UInt256.valueOf(2_188_800_810L));
    }

    @Test
    void emptyInputCostsNothing() {
        assertThat(L1Cost.of(new byte[0], storage(10, 1368, 810_949), true, true, true)).isEqualTo(UInt256.ZERO);
    }

    @Test
    void operatorFee() {
        // Isthmus: 100,000 · 1,500,000 / 1e6 + 9; Jovian: 100,000 · 1,500,000 · 100 + 9.
        L1BlockStorage s = storage(10, 1368, 810_949);
        assertThat(OperatorFee.of(100_000, s, false, false)).isEqualTo(UInt256.ZERO);
        assertThat(OperatorFee.of(100_000, s, true, false)).isEqualTo(UInt256.valueOf(150_009));
        assertThat(OperatorFee.of(100_000, s, true, true)).isEqualTo(UInt256.valueOf(15_000_000_000_009L));
    }

    @Test
    void daFootprint() {
        // flzLen 202 → 126,387,400 / 1e6 = 126 bytes · 400; flzLen 66 → the 100-byte minimum · 400.
        assertThat(DaFootprint.ofCompressedLength(202, 400)).isEqualTo(126 * 400);
        assertThat(DaFootprint.ofCompressedLength(66, 400)).isEqualTo(40_000);
    }
}
