package io.kona4j.protocol.deposits;

import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import java.nio.charset.StandardCharsets;

/**
 * Deposit source hashes (PROTOCOL.md §1.10 "Deposit source-hash domains"):
 * {@code keccak256(bytes32(domain) ‖ keccak256(payload))} with domain 0 = user deposit
 * ({@code l1BlockHash ‖ bytes32(logIndex)}), 1 = L1-info ({@code l1BlockHash ‖ bytes32(seqNo)}),
 * 2 = network upgrade ({@code utf8(intent)}).
 */
public final class DepositSource {
    public static final int USER_DEPOSIT = 0;
    public static final int L1_INFO_DEPOSIT = 1;
    public static final int UPGRADE_DEPOSIT = 2;

    private DepositSource() {}

    /** A user deposit: its L1 block and the log's block-wide index. */
    public static Hash userDeposit(Hash l1BlockHash, long logIndex) {
        return withDomain(USER_DEPOSIT, Keccak256.digest(blockAndNumber(l1BlockHash, logIndex)));
    }

    /** The L1-info deposit of the L2 block with sequence number {@code seqNo} in the epoch of {@code l1BlockHash}. */
    public static Hash l1Info(Hash l1BlockHash, long seqNo) {
        return withDomain(L1_INFO_DEPOSIT, Keccak256.digest(blockAndNumber(l1BlockHash, seqNo)));
    }

    /** A network-upgrade deposit, named by its intent string. */
    public static Hash upgrade(String intent) {
        return withDomain(UPGRADE_DEPOSIT, Keccak256.digest(intent.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] blockAndNumber(Hash hash, long n) {
        byte[] b = new byte[64];
        System.arraycopy(hash.unsafeBytes(), 0, b, 0, 32);
        Bytes.writeLongBE(n, b, 56);
        return b;
    }

    private static Hash withDomain(int domain, byte[] inner) {
        byte[] b = new byte[64];
        b[31] = (byte) domain;
        System.arraycopy(inner, 0, b, 32, 32);
        return Keccak256.hash(b);
    }
}
