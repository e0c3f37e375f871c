package io.kona4j.crypto.bls12381;

import static io.kona4j.crypto.bls12381.Eip2537Codec.FP;
import static io.kona4j.crypto.bls12381.Eip2537Codec.G1;
import static io.kona4j.crypto.bls12381.Eip2537Codec.G2;
import static io.kona4j.crypto.bls12381.Eip2537Codec.SCALAR;

import io.kona4j.crypto.CryptoException;
import java.math.BigInteger;
import supranational.blst.P1;
import supranational.blst.P1_Affine;
import supranational.blst.P2;
import supranational.blst.P2_Affine;
import supranational.blst.PT;

/**
 * The native back end: blst through {@code tech.pegasys:jblst}. EIP-2537's 64-byte padded words are checked here
 * (zero padding, value below p) and repacked into blst's uncompressed ZCash form (G2 coordinates as c1 ‖ c0, the
 * 0x40 flag for infinity); blst then checks the curve equation and, for MSM and pairing, the subgroup. MSM is a sum
 * of blst scalar multiplications (jblst exposes no multi-scalar routine); scalars are reduced mod r first, which
 * changes nothing for points of order r.
 */
public final class BlstBls12381 implements Bls12381Backend {
    private static final BigInteger R = Bls12381Params.R;
    private static volatile BlstBls12381 instance;

    private BlstBls12381() {
        // Touch the library once so that a platform without it fails here, with a clear message, not mid-block.
        P1.generator();
    }

    /** The back end, loading the native library on first use. */
    public static BlstBls12381 instance() {
        BlstBls12381 b = instance;
        if (b == null) {
            synchronized (BlstBls12381.class) {
                b = instance;
                if (b == null) {
                    try {
                        b = new BlstBls12381();
                    } catch (LinkageError e) {
                        throw new CryptoException("the blst back end (tech.pegasys:jblst) cannot load its native "
                                + "library on this platform; use -D" + Bls12381Precompiles.BACKEND_PROPERTY + "=java", e);
                    }
                    instance = b;
                }
            }
        }
        return b;
    }

    /** Whether the 64-byte word at off has zero padding and a value below p. */
    private static boolean validFp(byte[] in, int off) {
        for (int i = 0; i < 16; i++) {
            if (in[off + i] != 0) {
                return false;
            }
        }
        byte[] p = P_BYTES;
        for (int i = 0; i < 48; i++) {
            int v = in[off + 16 + i] & 0xff;
            int m = p[i] & 0xff;
            if (v != m) {
                return v < m;
            }
        }
        return false;
    }

    private static final byte[] P_BYTES = toBytes48(Fp.MODULUS);

    private static byte[] toBytes48(BigInteger v) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[48];
        System.arraycopy(raw, raw.length - 48, out, 0, 48);
        return out;
    }

    private static boolean allZero(byte[] in, int off, int len) {
        int acc = 0;
        for (int i = 0; i < len; i++) {
            acc |= in[off + i];
        }
        return acc == 0;
    }

    /** The G1 point at off, or null when the encoding, field range or curve check fails. */
    private static P1_Affine g1(byte[] in, int off) {
        if (!validFp(in, off) || !validFp(in, off + FP)) {
            return null;
        }
        byte[] ser = new byte[96];
        if (allZero(in, off, G1)) {
            ser[0] = 0x40;
        } else {
            System.arraycopy(in, off + 16, ser, 0, 48);
            System.arraycopy(in, off + FP + 16, ser, 48, 48);
        }
        try {
            P1_Affine p = new P1_Affine(ser);
            return p.is_inf() || p.on_curve() ? p : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static P2_Affine g2(byte[] in, int off) {
        for (int i = 0; i < 4; i++) {
            if (!validFp(in, off + i * FP)) {
                return null;
            }
        }
        byte[] ser = new byte[192];
        if (allZero(in, off, G2)) {
            ser[0] = 0x40;
        } else {
            System.arraycopy(in, off + FP + 16, ser, 0, 48);
            System.arraycopy(in, off + 16, ser, 48, 48);
            System.arraycopy(in, off + 3 * FP + 16, ser, 96, 48);
            System.arraycopy(in, off + 2 * FP + 16, ser, 144, 48);
        }
        try {
            P2_Affine p = new P2_Affine(ser);
            return p.is_inf() || p.on_curve() ? p : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static byte[] encode(P1 p) {
        byte[] out = new byte[G1];
        if (!p.is_inf()) {
            byte[] ser = p.serialize();
            System.arraycopy(ser, 0, out, 16, 48);
            System.arraycopy(ser, 48, out, FP + 16, 48);
        }
        return out;
    }

    private static byte[] encode(P2 p) {
        byte[] out = new byte[G2];
        if (!p.is_inf()) {
            byte[] ser = p.serialize();
            System.arraycopy(ser, 0, out, FP + 16, 48);
            System.arraycopy(ser, 48, out, 16, 48);
            System.arraycopy(ser, 96, out, 3 * FP + 16, 48);
            System.arraycopy(ser, 144, out, 2 * FP + 16, 48);
        }
        return out;
    }

    private static BigInteger scalar(byte[] in, int off) {
        byte[] s = new byte[SCALAR];
        System.arraycopy(in, off, s, 0, SCALAR);
        return new BigInteger(1, s).mod(R);
    }

    @Override
    public byte[] g1Add(byte[] input) {
        P1_Affine a = g1(input, 0);
        P1_Affine b = a == null ? null : g1(input, G1);
        if (b == null) {
            return null;
        }
        return encode(new P1(a).add(b));
    }

    @Override
    public byte[] g2Add(byte[] input) {
        P2_Affine a = g2(input, 0);
        P2_Affine b = a == null ? null : g2(input, G2);
        if (b == null) {
            return null;
        }
        return encode(new P2(a).add(b));
    }

    @Override
    public byte[] g1Msm(byte[] input) {
        int k = input.length / (G1 + SCALAR);
        P1 acc = new P1(new P1_Affine(infinity(96)));
        for (int i = 0; i < k; i++) {
            int off = i * (G1 + SCALAR);
            P1_Affine p = g1(input, off);
            if (p == null || !p.in_group()) {
                return null;
            }
            BigInteger s = scalar(input, off + G1);
            if (s.signum() != 0 && !p.is_inf()) {
                acc = acc.add(new P1(p).mult(s));
            }
        }
        return encode(acc);
    }

    @Override
    public byte[] g2Msm(byte[] input) {
        int k = input.length / (G2 + SCALAR);
        P2 acc = new P2(new P2_Affine(infinity(192)));
        for (int i = 0; i < k; i++) {
            int off = i * (G2 + SCALAR);
            P2_Affine p = g2(input, off);
            if (p == null || !p.in_group()) {
                return null;
            }
            BigInteger s = scalar(input, off + G2);
            if (s.signum() != 0 && !p.is_inf()) {
                acc = acc.add(new P2(p).mult(s));
            }
        }
        return encode(acc);
    }

    private static byte[] infinity(int len) {
        byte[] b = new byte[len];
        b[0] = 0x40;
        return b;
    }

    @Override
    public byte[] pairing(byte[] input) {
        int k = input.length / (G1 + G2);
        PT acc = null;
        for (int i = 0; i < k; i++) {
            int off = i * (G1 + G2);
            P1_Affine p = g1(input, off);
            if (p == null || !p.in_group()) {
                return null;
            }
            P2_Affine q = g2(input, off + G1);
            if (q == null || !q.in_group()) {
                return null;
            }
            if (p.is_inf() || q.is_inf()) {
                continue;
            }
            PT ml = new PT(p, q);
            acc = acc == null ? ml : acc.mul(ml);
        }
        byte[] out = new byte[32];
        out[31] = (byte) (acc == null || acc.final_exp().is_one() ? 1 : 0);
        return out;
    }

    @Override
    public String name() {
        return "blst";
    }
}
