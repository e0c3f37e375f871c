package io.kona4j.devnet;

import io.kona4j.consensus.AccessListEntry;
import io.kona4j.consensus.Authorization;
import io.kona4j.consensus.Eip1559Transaction;
import io.kona4j.consensus.Eip4844Transaction;
import io.kona4j.consensus.Eip7702Transaction;
import io.kona4j.crypto.Secp256k1;
import io.kona4j.crypto.Signature;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;

import java.util.List;

/** Signs the devnet's transactions with secp256k1 (crypto's deterministic RFC 6979 signing). */
final class Signer {
    private Signer() {}

    static Eip1559Transaction eip1559(Keys k, long chainId, long nonce, UInt256 tip, UInt256 maxFee, long gas,
                                      Address to, UInt256 value, byte[] input) {
        Eip1559Transaction u = new Eip1559Transaction(chainId, nonce, tip, maxFee, gas, to, value, input,
                List.<AccessListEntry>of(), 0, UInt256.ONE, UInt256.ONE);
        Signature s = Secp256k1.signHash(u.signingHash(), k.privateKey());
        return new Eip1559Transaction(chainId, nonce, tip, maxFee, gas, to, value, input, List.of(), s.recoveryId(),
                UInt256.fromBigInteger(s.r()), UInt256.fromBigInteger(s.s()));
    }

    static Eip4844Transaction blob(Keys k, long chainId, long nonce, UInt256 tip, UInt256 maxFee, long gas,
                                   Address to, UInt256 maxBlobFee, List<Hash> versionedHashes) {
        Eip4844Transaction u = new Eip4844Transaction(chainId, nonce, tip, maxFee, gas, to, UInt256.ZERO, new byte[0],
                List.of(), maxBlobFee, versionedHashes, 0, UInt256.ONE, UInt256.ONE);
        Signature s = Secp256k1.signHash(u.signingHash(), k.privateKey());
        return new Eip4844Transaction(chainId, nonce, tip, maxFee, gas, to, UInt256.ZERO, new byte[0], List.of(),
                maxBlobFee, versionedHashes, s.recoveryId(), UInt256.fromBigInteger(s.r()),
                UInt256.fromBigInteger(s.s()));
    }

    /** An EIP-7702 authorization of {@code k} delegating to {@code delegate}. */
    static Authorization authorization(Keys k, long chainId, Address delegate, long nonce) {
        Authorization u = new Authorization(UInt256.valueOf(chainId), delegate, nonce, 0, UInt256.ONE, UInt256.ONE);
        Signature s = Secp256k1.signHash(u.signingHash(), k.privateKey());
        return new Authorization(UInt256.valueOf(chainId), delegate, nonce, s.recoveryId(),
                UInt256.fromBigInteger(s.r()), UInt256.fromBigInteger(s.s()));
    }

    static Eip7702Transaction eip7702(Keys k, long chainId, long nonce, UInt256 tip, UInt256 maxFee, long gas,
                                      Address to, byte[] input, List<Authorization> auths) {
        Eip7702Transaction u = new Eip7702Transaction(chainId, nonce, tip, maxFee, gas, to, UInt256.ZERO, input,
                List.of(), auths, 0, UInt256.ONE, UInt256.ONE);
        Signature s = Secp256k1.signHash(u.signingHash(), k.privateKey());
        return new Eip7702Transaction(chainId, nonce, tip, maxFee, gas, to, UInt256.ZERO, input, List.of(), auths,
                s.recoveryId(), UInt256.fromBigInteger(s.r()), UInt256.fromBigInteger(s.s()));
    }
}
