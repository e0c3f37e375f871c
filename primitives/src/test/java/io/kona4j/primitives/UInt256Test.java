package io.kona4j.primitives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Every operation against a model written with {@link BigInteger} straight from the yellow paper's definitions
 * (arithmetic modulo 2^256, two's complement for the signed operations), plus hand-worked edge cases.
 */
class UInt256Test {
    private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);
    private static final BigInteger TWO_255 = BigInteger.ONE.shiftLeft(255);
    private static final BigInteger MASK = TWO_256.subtract(BigInteger.ONE);

    // ---- the model ----

    private static BigInteger wrap(BigInteger v) {
        return v.mod(TWO_256);
    }

    private static BigInteger signed(BigInteger v) {
        return v.testBit(255) ? v.subtract(TWO_256) : v;
    }

    private static UInt256 u(BigInteger v) {
        return UInt256.fromBigInteger(v);
    }

    @Provide
    Arbitrary<BigInteger> words() {
        Arbitrary<BigInteger> byBits = Arbitraries.integers().between(0, 256).flatMap(bits ->
                Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)));
        Arbitrary<BigInteger> edges = Arbitraries.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, MASK,
                MASK.subtract(BigInteger.ONE), TWO_255, TWO_255.subtract(BigInteger.ONE), TWO_255.add(BigInteger.ONE),
                BigInteger.ONE.shiftLeft(64), BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE),
                BigInteger.ONE.shiftLeft(128), BigInteger.ONE.shiftLeft(192).subtract(BigInteger.ONE),
                BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE), BigInteger.valueOf(Long.MAX_VALUE));
        // Values with runs of ones stress carries and Knuth's q-hat correction.
        Arbitrary<BigInteger> runs = Arbitraries.integers().between(0, 255).flatMap(lo ->
                Arbitraries.integers().between(lo, 256).map(hi ->
                        BigInteger.ONE.shiftLeft(hi).subtract(BigInteger.ONE.shiftLeft(lo))));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, byBits), net.jqwik.api.Tuple.of(2, edges), net.jqwik.api.Tuple.of(2, runs));
    }

    @Provide
    Arbitrary<BigInteger> shifts() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.valueOf(300))),
                net.jqwik.api.Tuple.of(1, words()));
    }

    @Property(tries = 2000)
    void addSubMul(@ForAll("words") BigInteger a, @ForAll("words") BigInteger b) {
        assertThat(u(a).add(u(b)).toBigInteger()).isEqualTo(wrap(a.add(b)));
        assertThat(u(a).sub(u(b)).toBigInteger()).isEqualTo(wrap(a.subtract(b)));
        assertThat(u(a).mul(u(b)).toBigInteger()).isEqualTo(wrap(a.multiply(b)));
        assertThat(u(a).negate().toBigInteger()).isEqualTo(wrap(a.negate()));
    }

    @Property(tries = 3000)
    void divMod(@ForAll("words") BigInteger a, @ForAll("words") BigInteger b) {
        BigInteger q = b.signum() == 0 ? BigInteger.ZERO : a.divide(b);
        BigInteger r = b.signum() == 0 ? BigInteger.ZERO : a.mod(b);
        assertThat(u(a).div(u(b)).toBigInteger()).isEqualTo(q);
        assertThat(u(a).mod(u(b)).toBigInteger()).isEqualTo(r);
    }

    @Property(tries = 3000)
    void signedDivMod(@ForAll("words") BigInteger a, @ForAll("words") BigInteger b) {
        BigInteger sa = signed(a), sb = signed(b);
        // BigInteger.divide truncates toward zero and remainder takes the dividend's sign, as SDIV/SMOD define.
        BigInteger q = sb.signum() == 0 ? BigInteger.ZERO : wrap(sa.divide(sb));
        BigInteger r = sb.signum() == 0 ? BigInteger.ZERO : wrap(sa.remainder(sb));
        assertThat(u(a).sdiv(u(b)).toBigInteger()).isEqualTo(q);
        assertThat(u(a).smod(u(b)).toBigInteger()).isEqualTo(r);
    }

    @Property(tries = 3000)
    void addModMulMod(@ForAll("words") BigInteger a, @ForAll("words") BigInteger b, @ForAll("words") BigInteger n) {
        BigInteger am = n.signum() == 0 ? BigInteger.ZERO : a.add(b).mod(n);
        BigInteger mm = n.signum() == 0 ? BigInteger.ZERO : a.multiply(b).mod(n);
        assertThat(u(a).addMod(u(b), u(n)).toBigInteger()).isEqualTo(am);
        assertThat(u(a).mulMod(u(b), u(n)).toBigInteger()).isEqualTo(mm);
    }

    @Property(tries = 1000)
    void exp(@ForAll("words") BigInteger a, @ForAll("words") BigInteger e) {
        assertThat(u(a).exp(u(e)).toBigInteger()).isEqualTo(a.modPow(e, TWO_256));
    }

    @Property(tries = 2000)
    void comparisons(@ForAll("words") BigInteger a, @ForAll("words") BigInteger b) {
        assertThat(u(a).lt(u(b))).isEqualTo(a.compareTo(b) < 0);
        assertThat(u(a).gt(u(b))).isEqualTo(a.compareTo(b) > 0);
        assertThat(u(a).slt(u(b))).isEqualTo(signed(a).compareTo(signed(b)) < 0);
        assertThat(u(a).sgt(u(b))).isEqualTo(signed(a).compareTo(signed(b)) > 0);
        assertThat(u(a).eq(u(b))).isEqualTo(a.equals(b));
        assertThat(u(a).eq(u(a))).isTrue();
        assertThat(u(a).isZero()).isEqualTo(a.signum() == 0);
        assertThat(Integer.signum(u(a).compareTo(u(b)))).isEqualTo(a.compareTo(b));
    }

    @Property(tries = 2000)
    void bitwise(@ForAll("words") BigInteger a, @ForAll("words") BigInteger b) {
        assertThat(u(a).and(u(b)).toBigInteger()).isEqualTo(a.and(b));
        assertThat(u(a).or(u(b)).toBigInteger()).isEqualTo(a.or(b));
        assertThat(u(a).xor(u(b)).toBigInteger()).isEqualTo(a.xor(b));
        assertThat(u(a).not().toBigInteger()).isEqualTo(a.xor(MASK));
    }

    @Property(tries = 2000)
    void shifts(@ForAll("words") BigInteger x, @ForAll("shifts") BigInteger s) {
        int n = s.compareTo(BigInteger.valueOf(256)) >= 0 ? 256 : s.intValueExact();
        BigInteger shl = n >= 256 ? BigInteger.ZERO : wrap(x.shiftLeft(n));
        BigInteger shr = n >= 256 ? BigInteger.ZERO : x.shiftRight(n);
        BigInteger sar = n >= 256 ? (x.testBit(255) ? MASK : BigInteger.ZERO) : wrap(signed(x).shiftRight(n));
        assertThat(u(x).shl(u(s)).toBigInteger()).isEqualTo(shl);
        assertThat(u(x).shr(u(s)).toBigInteger()).isEqualTo(shr);
        assertThat(u(x).sar(u(s)).toBigInteger()).isEqualTo(sar);
    }

    @Property(tries = 2000)
    void byteAndSignExtend(@ForAll("words") BigInteger x, @ForAll("shifts") BigInteger i) {
        // BYTE: the i-th byte counting from the most significant, zero past 31.
        BigInteger expectedByte = i.compareTo(BigInteger.valueOf(32)) >= 0 ? BigInteger.ZERO
                : x.shiftRight(8 * (31 - i.intValueExact())).and(BigInteger.valueOf(0xff));
        assertThat(u(x).byteAt(u(i)).toBigInteger()).isEqualTo(expectedByte);
        // SIGNEXTEND: bit 8i+7 is the sign bit of the low i+1 bytes; i >= 31 leaves x unchanged.
        BigInteger expectedExt;
        if (i.compareTo(BigInteger.valueOf(31)) >= 0) {
            expectedExt = x;
        } else {
            int bit = 8 * i.intValueExact() + 7;
            BigInteger low = x.and(BigInteger.ONE.shiftLeft(bit + 1).subtract(BigInteger.ONE));
            expectedExt = x.testBit(bit) ? wrap(low.subtract(BigInteger.ONE.shiftLeft(bit + 1))) : low;
        }
        assertThat(u(x).signExtend(u(i)).toBigInteger()).isEqualTo(expectedExt);
    }

    @Property(tries = 1000)
    void conversions(@ForAll("words") BigInteger x) {
        UInt256 v = u(x);
        assertThat(v.toString()).isEqualTo(x.toString());
        assertThat(v.toHexQuantity()).isEqualTo("0x" + x.toString(16));
        assertThat(UInt256.parse(v.toHexQuantity())).isEqualTo(v);
        assertThat(UInt256.parse(x.toString())).isEqualTo(v);
        assertThat(UInt256.fromBytes(v.toBytes32())).isEqualTo(v);
        assertThat(UInt256.fromBytes(v.toMinimalBytes())).isEqualTo(v);
        assertThat(v.bitLength()).isEqualTo(x.bitLength());
        assertThat(v.toSignedBigInteger()).isEqualTo(signed(x));
        for (int i = 0; i < 256; i += 37) assertThat(v.testBit(i)).isEqualTo(x.testBit(i));
    }

    @Test
    void divisionByZeroIsZero() {
        UInt256 seven = UInt256.valueOf(7);
        assertThat(seven.div(UInt256.ZERO)).isEqualTo(UInt256.ZERO);
        assertThat(seven.mod(UInt256.ZERO)).isEqualTo(UInt256.ZERO);
        assertThat(seven.sdiv(UInt256.ZERO)).isEqualTo(UInt256.ZERO);
        assertThat(seven.smod(UInt256.ZERO)).isEqualTo(UInt256.ZERO);
        assertThat(seven.addMod(seven, UInt256.ZERO)).isEqualTo(UInt256.ZERO);
        assertThat(seven.mulMod(seven, UInt256.ZERO)).isEqualTo(UInt256.ZERO);
    }

    @Test
    void sdivOfMinByMinusOneWraps() {
        assertThat(UInt256.MIN_SIGNED.sdiv(UInt256.MAX)).isEqualTo(UInt256.MIN_SIGNED);
        assertThat(UInt256.MIN_SIGNED.smod(UInt256.MAX)).isEqualTo(UInt256.ZERO);
    }

    @Test
    void smodTakesTheDividendsSign() {
        // -8 smod 3 = -2, 8 smod -3 = 2, -8 smod -3 = -2 (yellow paper SMOD).
        assertThat(UInt256.ofSigned(-8).smod(UInt256.valueOf(3))).isEqualTo(UInt256.ofSigned(-2));
        assertThat(UInt256.valueOf(8).smod(UInt256.ofSigned(-3))).isEqualTo(UInt256.valueOf(2));
        assertThat(UInt256.ofSigned(-8).smod(UInt256.ofSigned(-3))).isEqualTo(UInt256.ofSigned(-2));
        assertThat(UInt256.ofSigned(-8).sdiv(UInt256.valueOf(3))).isEqualTo(UInt256.ofSigned(-2));
    }

    @Test
    void shiftsOfTwoHundredFiftySixOrMore() {
        UInt256 big = UInt256.ONE.shl(300 - 256 + 100);
        assertThat(UInt256.MAX.shl(UInt256.valueOf(256))).isEqualTo(UInt256.ZERO);
        assertThat(UInt256.MAX.shr(UInt256.valueOf(256))).isEqualTo(UInt256.ZERO);
        assertThat(UInt256.MAX.sar(UInt256.valueOf(256))).isEqualTo(UInt256.MAX);
        assertThat(UInt256.MIN_SIGNED.sar(big)).isEqualTo(UInt256.MAX);
        assertThat(UInt256.ONE.sar(UInt256.MAX)).isEqualTo(UInt256.ZERO);
        assertThat(UInt256.MAX.shl(UInt256.valueOf(255))).isEqualTo(UInt256.MIN_SIGNED);
        assertThat(UInt256.MIN_SIGNED.sar(UInt256.valueOf(255))).isEqualTo(UInt256.MAX);
    }

    @Test
    void evmEdgeValues() {
        // ADDMOD and MULMOD do not wrap the intermediate: (2^256-1 + 2^256-1) mod (2^256-1) = 0 etc.
        assertThat(UInt256.MAX.addMod(UInt256.MAX, UInt256.valueOf(7))).isEqualTo(UInt256.valueOf(2));
        assertThat(UInt256.MAX.mulMod(UInt256.MAX, UInt256.MAX)).isEqualTo(UInt256.ZERO);
        assertThat(UInt256.MAX.mulMod(UInt256.MAX, UInt256.valueOf(12))).isEqualTo(UInt256.valueOf(9));
        assertThat(UInt256.valueOf(2).exp(UInt256.valueOf(255))).isEqualTo(UInt256.MIN_SIGNED);
        assertThat(UInt256.valueOf(2).exp(UInt256.valueOf(256))).isEqualTo(UInt256.ZERO);
        assertThat(UInt256.valueOf(0xff).signExtend(UInt256.ZERO)).isEqualTo(UInt256.MAX);
        assertThat(UInt256.valueOf(0x7f).signExtend(UInt256.ZERO)).isEqualTo(UInt256.valueOf(0x7f));
        assertThat(UInt256.MAX.byteAt(UInt256.valueOf(32))).isEqualTo(UInt256.ZERO);
        assertThat(UInt256.valueOf(0xab).byteAt(UInt256.valueOf(31))).isEqualTo(UInt256.valueOf(0xab));
        assertThat(UInt256.MAX.toString()).isEqualTo(
                "115792089237316195423570985008687907853269984665640564039457584007913129639935");
    }

    @Test
    void parseRejectsBadInput() {
        assertThatThrownBy(() -> UInt256.parse("0x1" + "0".repeat(64))).isInstanceOf(PrimitivesException.class);
        assertThatThrownBy(() -> UInt256.parse("0xg")).isInstanceOf(PrimitivesException.class);
        assertThatThrownBy(() -> UInt256.parse("-1")).isInstanceOf(PrimitivesException.class);
        assertThatThrownBy(() -> UInt256.parse("")).isInstanceOf(PrimitivesException.class);
        assertThat(UInt256.parse("0x" + "0".repeat(70) + "1")).isEqualTo(UInt256.ONE);
        assertThat(UInt256.parse("0x")).isEqualTo(UInt256.ZERO);
    }
}
