package io.kona4j.protocol.deposits;

import io.kona4j.consensus.DepositTransaction;
import io.kona4j.consensus.Log;
import io.kona4j.consensus.Receipt;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * User deposits from the OptimismPortal's {@code TransactionDeposited(address indexed from, address indexed to,
 * uint256 indexed version, bytes opaqueData)} logs (PROTOCOL.md §1.10 "User deposits"; op-node
 * {@code UnmarshalDepositLogEvent}).
 *
 * <p>Version-0 opaque data is {@code abi.encodePacked(mint u256, value u256, gasLimit u64, isCreation u8, data)}.
 * Checks: 4 topics, version 0, data a multiple of 32 bytes and at least 64, offset word 32, length within the data and
 * minimally padded, opaque data at least 73 bytes. The source hash uses the log's block-wide index. Mint is read as
 * the full 256-bit word as op-node does (kona reads only its low 128 bits).
 */
public final class UserDeposits {
    /** {@code keccak256("TransactionDeposited(address,address,uint256,bytes)")}. */
    public static final Hash TRANSACTION_DEPOSITED_EVENT = Keccak256.hash(
            "TransactionDeposited(address,address,uint256,bytes)".getBytes(StandardCharsets.US_ASCII));
    private static final int OPAQUE_HEADER = 32 + 32 + 8 + 1;

    private UserDeposits() {}

    /**
     * The user deposits of an L1 block, in log order: every {@code TransactionDeposited} log from
     * {@code depositContract} in a successful receipt. Log indexes count every log of the block.
     *
     * @throws DepositLogException at the first malformed deposit log
     */
    public static List<DepositTransaction> fromReceipts(List<Receipt> receipts, Address depositContract,
                                                        Hash l1BlockHash) {
        List<DepositTransaction> out = new ArrayList<>();
        long logIndex = 0;
        for (int i = 0; i < receipts.size(); i++) {
            Receipt r = receipts.get(i);
            for (Log log : r.logs()) {
                if (r.status() && log.address().equals(depositContract) && !log.topics().isEmpty()
                        && log.topics().get(0).equals(TRANSACTION_DEPOSITED_EVENT)) {
                    try {
                        out.add(fromLog(log, l1BlockHash, logIndex));
                    } catch (DepositLogException e) {
                        throw new DepositLogException("malformed deposit log in receipt " + i + " (log index " + logIndex
                                + "): " + e.getMessage());
                    }
                }
                logIndex++;
            }
        }
        return out;
    }

    /** One deposit from its log, the L1 block's hash and the log's block-wide index. */
    public static DepositTransaction fromLog(Log log, Hash l1BlockHash, long logIndex) {
        List<Hash> topics = log.topics();
        if (topics.size() != 4) {
            throw new DepositLogException("expected 4 topics (event, from, to, version), got " + topics.size());
        }
        if (!topics.get(0).equals(TRANSACTION_DEPOSITED_EVENT)) {
            throw new DepositLogException("not a TransactionDeposited event: topic 0 is " + topics.get(0));
        }
        byte[] d = log.data();
        if (d.length < 64) throw new DepositLogException("incomplete opaqueData slice header (" + d.length + " bytes)");
        if (d.length % 32 != 0) {
            throw new DepositLogException("log data must be a multiple of 32 bytes, got " + d.length);
        }
        Address from = Address.of(topics.get(1).unsafeBytes(), 12);
        Address to = Address.of(topics.get(2).unsafeBytes(), 12);
        if (!topics.get(3).isZero()) throw new DepositLogException("unsupported deposit version " + topics.get(3));
        if (!fitsLong(d, 0) || Bytes.readLongBE(d, 24) != 32) {
            throw new DepositLogException("invalid opaqueData slice header offset " + UInt256.fromBytes(d, 0, 32));
        }
        long available = d.length - 64;
        long length = fitsLong(d, 32) ? Bytes.readLongBE(d, 56) : -1;
        if (length < 0 || length > available || length + 32 <= available) {
            throw new DepositLogException("invalid opaqueData slice header length " + UInt256.fromBytes(d, 32, 32)
                    + " for " + available + " bytes of data");
        }
        int n = (int) length;
        if (n < OPAQUE_HEADER) throw new DepositLogException("opaqueData is " + n + " bytes, at least 73 expected");
        int o = 64;
        UInt256 mint = UInt256.fromBytes(d, o, 32);
        UInt256 value = UInt256.fromBytes(d, o + 32, 32);
        long gas = Bytes.readLongBE(d, o + 64);
        boolean isCreation = d[o + 72] != 0;
        byte[] input = Arrays.copyOfRange(d, o + OPAQUE_HEADER, o + n);
        return new DepositTransaction(DepositSource.userDeposit(l1BlockHash, logIndex), from, isCreation ? null : to,
                mint, value, gas, false, input);
    }

    /**
     * The log the OptimismPortal emits for a deposit ({@code from} as it appears on L2, i.e. already aliased for
     * contract senders). {@code to} is ignored for contract creations and written as zero.
     */
    public static Log toLog(Address depositContract, Address from, Address to, UInt256 mint, UInt256 value, long gas,
                            boolean isCreation, byte[] data) {
        int opaqueLength = OPAQUE_HEADER + data.length;
        int padded = (opaqueLength + 31) / 32 * 32;
        byte[] out = new byte[64 + padded];
        out[31] = 32;
        Bytes.writeLongBE(opaqueLength, out, 56);
        mint.toBytes32(out, 64);
        value.toBytes32(out, 96);
        Bytes.writeLongBE(gas, out, 128);
        out[136] = (byte) (isCreation ? 1 : 0);
        System.arraycopy(data, 0, out, 137, data.length);
        return new Log(depositContract, List.of(TRANSACTION_DEPOSITED_EVENT, Hash.wrap(from.toWord()),
                Hash.wrap((isCreation ? Address.ZERO : to).toWord()), Hash.ZERO), out);
    }

    private static boolean fitsLong(byte[] d, int off) {
        for (int i = off; i < off + 24; i++) if (d[i] != 0) return false;
        return d[off + 24] >= 0;
    }
}
