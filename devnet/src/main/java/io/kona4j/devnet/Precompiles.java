package io.kona4j.devnet;

import io.kona4j.crypto.Secp256k1;
import io.kona4j.crypto.Sha256;
import io.kona4j.crypto.Signature;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The precompile calls of the devnet workload: each a precompile address and an input with a known, valid answer,
 * made from the seed (signatures are deterministic, RFC 6979), with the fork that introduced the precompile.
 */
final class Precompiles {
    static final Address ECRECOVER = Address.fromHex("0x0000000000000000000000000000000000000001");
    static final Address SHA256 = Address.fromHex("0x0000000000000000000000000000000000000002");
    static final Address BN254_ADD = Address.fromHex("0x0000000000000000000000000000000000000006");
    static final Address BN254_MUL = Address.fromHex("0x0000000000000000000000000000000000000007");
    static final Address BN254_PAIRING = Address.fromHex("0x0000000000000000000000000000000000000008");
    static final Address BLS12_G1ADD = Address.fromHex("0x000000000000000000000000000000000000000b");
    static final Address P256VERIFY = Address.fromHex("0x0000000000000000000000000000000000000100");
    /** The BLS12-381 G1 generator in EIP-2537 encoding (each coordinate as 64 bytes, 16 zero bytes of padding). */
    static final byte[] BLS12_G1_GENERATOR = Hex.decode("0x"
            + "0000000000000000000000000000000017f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb"
            + "0000000000000000000000000000000008b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e1");

    /** One call: the precompile, its input. */
    record Call(Address precompile, byte[] input) {}

    private Precompiles() {}

    /** The calls available from genesis: ecrecover, sha256, bn254 add and mul. */
    static List<Call> classic(long seed) {
        return List.of(ecrecover(seed), new Call(SHA256, message(seed, "sha256")), bn254Add(), bn254Mul(seed));
    }

    /** ecrecover of a signature by the seed's "ecrecover" key: answers that key's address as a word. */
    static Call ecrecover(long seed) {
        Keys k = ecrecoverKey(seed);
        byte[] hash = Keccak256.digest(message(seed, "ecrecover"));
        Signature s = Secp256k1.signHash(hash, k.privateKey());
        return new Call(ECRECOVER, Bytes.concat(hash, UInt256.valueOf(27 + s.recoveryId()).toBytes32(),
                UInt256.fromBigInteger(s.r()).toBytes32(), UInt256.fromBigInteger(s.s()).toBytes32()));
    }

    static Keys ecrecoverKey(long seed) {
        return Keys.of(seed, "ecrecover");
    }

    /** bn254 G + G, G = (1, 2). */
    static Call bn254Add() {
        byte[] g = Bytes.concat(UInt256.ONE.toBytes32(), UInt256.valueOf(2).toBytes32());
        return new Call(BN254_ADD, Bytes.concat(g, g));
    }

    /** bn254 k·G for a seed-derived 64-bit k. */
    static Call bn254Mul(long seed) {
        return new Call(BN254_MUL, Bytes.concat(UInt256.ONE.toBytes32(), UInt256.valueOf(2).toBytes32(),
                UInt256.valueOf(bn254Scalar(seed)).toBytes32()));
    }

    static long bn254Scalar(long seed) {
        return (seed * 0x9E3779B97F4A7C15L) >>> 1 | 1;
    }

    /** P256VERIFY (RIP-7212, Fjord) of a valid signature: answers the word 1. */
    static Call p256Verify(long seed) {
        X9ECParameters p = CustomNamedCurves.getByName("secp256r1");
        ECDomainParameters domain = new ECDomainParameters(p.getCurve(), p.getG(), p.getN(), p.getH());
        BigInteger d = new BigInteger(1, Keccak256.digest(message(seed, "p256-key"))).mod(p.getN().subtract(BigInteger.ONE))
                .add(BigInteger.ONE);
        byte[] hash = Sha256.digest(message(seed, "p256"));
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(d, domain));
        BigInteger[] rs = signer.generateSignature(hash);
        ECPoint q = p.getG().multiply(d).normalize();
        return new Call(P256VERIFY, Bytes.concat(hash, word(rs[0]), word(rs[1]),
                word(q.getAffineXCoord().toBigInteger()), word(q.getAffineYCoord().toBigInteger())));
    }

    /** BLS12-381 G1ADD (EIP-2537, Isthmus) of the generator and the point at infinity: answers the generator. */
    static Call blsG1Add() {
        return new Call(BLS12_G1ADD, Bytes.concat(BLS12_G1_GENERATOR, new byte[128]));
    }

    private static byte[] word(BigInteger v) {
        return UInt256.fromBigInteger(v).toBytes32();
    }

    private static byte[] message(long seed, String what) {
        return ("kona4j devnet " + what + " " + seed).getBytes(StandardCharsets.UTF_8);
    }
}
