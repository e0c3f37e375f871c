package io.kona4j.crypto.bn254;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The lazily reduced tower arithmetic (unreduced F_p² products in {@link Fp2x}, the F_p⁶ and F_p¹² products built on
 * them) against a schoolbook reference on {@link BigInteger}s, on random elements and on the extremes 0, 1 and p − 1
 * where the double-precision bounds are tightest.
 */
class Bn254LazyArithmeticTest {
    private static final BigInteger P = Fp.P;

    /** An F_p² element as two canonical integers, with reference operations. */
    private record Ref(BigInteger re, BigInteger im) {
        static Ref of(Fp2 x) {
            return new Ref(x.re().toBigInteger(), x.im().toBigInteger());
        }

        Fp2 toFp2() {
            return new Fp2(Fp.fromBigInteger(re), Fp.fromBigInteger(im));
        }

        Ref add(Ref y) {
            return new Ref(re.add(y.re).mod(P), im.add(y.im).mod(P));
        }

        Ref sub(Ref y) {
            return new Ref(re.subtract(y.re).mod(P), im.subtract(y.im).mod(P));
        }

        Ref mul(Ref y) {
            return new Ref(re.multiply(y.re).subtract(im.multiply(y.im)).mod(P),
                    re.multiply(y.im).add(im.multiply(y.re)).mod(P));
        }

        /** Times ξ = 9 + i. */
        Ref xi() {
            return mul(new Ref(BigInteger.valueOf(9), BigInteger.ONE));
        }
    }

    private static final BigInteger[] EXTREMES = {BigInteger.ZERO, BigInteger.ONE, P.subtract(BigInteger.ONE),
            P.subtract(BigInteger.TWO), P.shiftRight(1)};

    private static Ref randomRef(Random rnd) {
        int kind = rnd.nextInt(4);
        BigInteger re = kind == 0 ? EXTREMES[rnd.nextInt(EXTREMES.length)] : new BigInteger(256, rnd).mod(P);
        BigInteger im = kind == 1 ? EXTREMES[rnd.nextInt(EXTREMES.length)] : new BigInteger(256, rnd).mod(P);
        if (kind == 2) {
            re = P.subtract(BigInteger.ONE);
            im = P.subtract(BigInteger.ONE);
        }
        return new Ref(re, im);
    }

    /** Schoolbook F_p⁶ = F_p²[v]/(v³ − ξ) product. */
    private static Ref[] mul6(Ref[] a, Ref[] b) {
        Ref n0 = a[0].mul(b[0]).add(a[1].mul(b[2]).add(a[2].mul(b[1])).xi());
        Ref n1 = a[0].mul(b[1]).add(a[1].mul(b[0])).add(a[2].mul(b[2]).xi());
        Ref n2 = a[0].mul(b[2]).add(a[1].mul(b[1])).add(a[2].mul(b[0]));
        return new Ref[] {n0, n1, n2};
    }

    private static Fp6 toFp6(Ref[] a) {
        return new Fp6(a[0].toFp2(), a[1].toFp2(), a[2].toFp2());
    }

    private static void assertEquals6(Fp6 actual, Ref[] expected) {
        assertThat(Ref.of(actual.c0)).isEqualTo(expected[0]);
        assertThat(Ref.of(actual.c1)).isEqualTo(expected[1]);
        assertThat(Ref.of(actual.c2)).isEqualTo(expected[2]);
    }

    private static Fp2x p(Ref x, Ref y) {
        return Fp2x.mul(x.toFp2(), y.toFp2());
    }

    @Test
    void unreducedProductsAndTheirCombinationsReduceToTheReference() {
        Random rnd = new Random(11);
        for (int i = 0; i < 300; i++) {
            Ref a = randomRef(rnd), b = randomRef(rnd), c = randomRef(rnd), d = randomRef(rnd);
            Ref e = randomRef(rnd), f = randomRef(rnd), g = randomRef(rnd), h = randomRef(rnd);
            // The instance operations overwrite their receiver, so every expression starts from fresh products.
            assertThat(Ref.of(p(a, b).reduce())).isEqualTo(a.mul(b));
            assertThat(Ref.of(p(a, b).add(p(c, d)).reduce())).isEqualTo(a.mul(b).add(c.mul(d)));
            assertThat(Ref.of(p(a, b).sub(p(c, d)).sub(p(e, f)).reduce()))
                    .isEqualTo(a.mul(b).sub(c.mul(d)).sub(e.mul(f)));
            assertThat(Ref.of(p(a, b).mulByXi().reduce())).isEqualTo(a.mul(b).xi());
            // The widest combinations the tower uses: (ab + cd) + ξ·ef and ξ·ef − gh.
            assertThat(Ref.of(p(a, b).add(p(c, d)).add(p(e, f).mulByXi()).reduce()))
                    .isEqualTo(a.mul(b).add(c.mul(d)).add(e.mul(f).xi()));
            assertThat(Ref.of(p(e, f).mulByXi().sub(p(g, h)).reduce())).isEqualTo(e.mul(f).xi().sub(g.mul(h)));
            assertThat(Ref.of(p(e, f).mulByXi().add(p(g, h)).add(p(a, b)).reduce()))
                    .isEqualTo(e.mul(f).xi().add(g.mul(h)).add(a.mul(b)));
            // Squares, the doubling step's g² − 3e², and a reduced value added back at 2^256.
            Fp2x bb = Fp2x.square(b.toFp2());
            assertThat(Ref.of(Fp2x.square(a.toFp2()).reduce())).isEqualTo(a.mul(a));
            assertThat(Ref.of(Fp2x.square(a.toFp2()).sub(bb).sub(bb).sub(bb).reduce()))
                    .isEqualTo(a.mul(a).sub(b.mul(b)).sub(b.mul(b)).sub(b.mul(b)));
            assertThat(Ref.of(p(a, b).addReduced(c.toFp2()).reduce())).isEqualTo(a.mul(b).add(c));
            assertThat(Ref.of(p(a, b).sub(p(c, d)).sub(p(e, f)).addReduced(g.toFp2()).reduce()))
                    .isEqualTo(a.mul(b).sub(c.mul(d)).sub(e.mul(f)).add(g));
            Fp2x acc = p(a, b);
            assertThat(Ref.of(acc.setMul(c.toFp2(), d.toFp2()).reduce())).isEqualTo(c.mul(d));
            assertThat(Ref.of(acc.setSquare(e.toFp2()).reduce())).isEqualTo(e.mul(e));
        }
    }

    @Test
    void lazyFp6ProductsAgreeWithTheSchoolbookReference() {
        Random rnd = new Random(12);
        for (int i = 0; i < 200; i++) {
            Ref[] a = {randomRef(rnd), randomRef(rnd), randomRef(rnd)};
            Ref[] b = {randomRef(rnd), randomRef(rnd), randomRef(rnd)};
            assertEquals6(toFp6(a).mul(toFp6(b)), mul6(a, b));
            Ref zero = new Ref(BigInteger.ZERO, BigInteger.ZERO);
            assertEquals6(toFp6(a).mulBy01(b[0].toFp2(), b[1].toFp2()), mul6(a, new Ref[] {b[0], b[1], zero}));
        }
    }

    @Test
    void lazyLineProductsAgreeWithFullFp12Products() {
        Random rnd = new Random(13);
        for (int i = 0; i < 100; i++) {
            Fp12 f = new Fp12(toFp6(new Ref[] {randomRef(rnd), randomRef(rnd), randomRef(rnd)}),
                    toFp6(new Ref[] {randomRef(rnd), randomRef(rnd), randomRef(rnd)}));
            Fp2 l0 = randomRef(rnd).toFp2(), l1 = randomRef(rnd).toFp2(), l3 = randomRef(rnd).toFp2();
            Fp2 m0 = randomRef(rnd).toFp2(), m1 = randomRef(rnd).toFp2(), m3 = randomRef(rnd).toFp2();
            // l0 + l1·w + l3·w³ with c0 = l0 (+ 0·v + 0·v²) and c1 = l1 + l3·v.
            Fp12 line1 = new Fp12(new Fp6(l0, Fp2.ZERO, Fp2.ZERO), new Fp6(l1, l3, Fp2.ZERO));
            Fp12 line2 = new Fp12(new Fp6(m0, Fp2.ZERO, Fp2.ZERO), new Fp6(m1, m3, Fp2.ZERO));
            Fp12 expected = schoolbook12(schoolbook12(f, line1), line2);
            assertThat(f.mulByLinePair(l0, l1, l3, m0, m1, m3)).isEqualTo(expected);
            assertThat(f.mulByLine(l0, l1, l3)).isEqualTo(schoolbook12(f, line1));
            assertThat(f.mul(line1)).isEqualTo(schoolbook12(f, line1));
            assertThat(f.square()).isEqualTo(schoolbook12(f, f));
        }
    }

    /** (a0 + a1·w)(b0 + b1·w) with w² = v, on the reference F_p⁶ product. */
    private static Fp12 schoolbook12(Fp12 a, Fp12 b) {
        Ref[] a0 = refs(a.c0), a1 = refs(a.c1), b0 = refs(b.c0), b1 = refs(b.c1);
        Ref[] t = mul6(a1, b1);
        Ref[] vt = {t[2].xi(), t[0], t[1]};
        Ref[] c0 = add6(mul6(a0, b0), vt);
        Ref[] c1 = add6(mul6(a0, b1), mul6(a1, b0));
        return new Fp12(toFp6(c0), toFp6(c1));
    }

    private static Ref[] refs(Fp6 x) {
        return new Ref[] {Ref.of(x.c0), Ref.of(x.c1), Ref.of(x.c2)};
    }

    private static Ref[] add6(Ref[] x, Ref[] y) {
        return new Ref[] {x[0].add(y[0]), x[1].add(y[1]), x[2].add(y[2])};
    }
}
