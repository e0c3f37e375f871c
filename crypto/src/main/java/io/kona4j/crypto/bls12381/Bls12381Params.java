package io.kona4j.crypto.bls12381;

import java.math.BigInteger;

/** The curve's fixed numbers: the parameter z (x in some papers), the group order r, the curve constants. */
final class Bls12381Params {
    /** |z| for the BLS parameter z = −0xd201000000010000. */
    static final long Z_ABS = 0xd201000000010000L;

    /** The prime order r of G1, G2 and GT. */
    static final BigInteger R = new BigInteger("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", 16);

    /** b = 4 of E: y² = x³ + 4. */
    static final Fp B = Fp.of(4);
    /** b' = 4(1 + u) of the M-type twist E': y² = x³ + 4(1 + u). */
    static final Fp2 B2 = new Fp2(Fp.of(4), Fp.of(4));

    private Bls12381Params() {}
}
