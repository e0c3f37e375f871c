package io.kona4j.crypto.p256;

import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;

/**
 * ECDSA verification on NIST P-256 (secp256r1) over Bouncy Castle's specialised curve, with the message hash used
 * as given (no hashing here). Every malformed input is a plain {@code false}: r or s outside [1, n−1], a public key
 * coordinate ≥ p, a key not on the curve (which includes (0, 0), the usual encoding of infinity).
 */
public final class P256 {
    private static final X9ECParameters PARAMS = CustomNamedCurves.getByName("secp256r1");
    private static final ECCurve CURVE = PARAMS.getCurve();
    private static final ECDomainParameters DOMAIN =
            new ECDomainParameters(CURVE, PARAMS.getG(), PARAMS.getN(), PARAMS.getH());
    private static final BigInteger N = PARAMS.getN();
    private static final BigInteger P = CURVE.getField().getCharacteristic();

    private P256() {}

    /** Whether (r, s) is a valid signature of {@code hash32} under the public key (x, y). */
    public static boolean verify(byte[] hash32, BigInteger r, BigInteger s, BigInteger x, BigInteger y) {
        if (hash32 == null || hash32.length != 32) return false;
        if (!inRange(r, N) || !inRange(s, N)) return false;
        if (x.signum() < 0 || y.signum() < 0 || x.compareTo(P) >= 0 || y.compareTo(P) >= 0) return false;
        ECPoint q;
        try {
            q = CURVE.validatePoint(x, y);
        } catch (IllegalArgumentException notOnCurve) {
            return false;
        }
        ECDSASigner signer = new ECDSASigner();
        signer.init(false, new ECPublicKeyParameters(q, DOMAIN));
        return signer.verifySignature(hash32, r, s);
    }

    private static boolean inRange(BigInteger v, BigInteger n) {
        return v.signum() > 0 && v.compareTo(n) < 0;
    }
}
