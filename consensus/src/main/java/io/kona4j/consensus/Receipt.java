package io.kona4j.consensus;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.PrimitivesException;
import io.kona4j.primitives.rlp.RlpReader;
import io.kona4j.primitives.rlp.RlpWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A post-Byzantium transaction receipt: {@code [status, cumulativeGasUsed, logsBloom, logs]}, prefixed by the type
 * byte for typed transactions. OP deposit receipts may append {@code depositNonce} (Regolith+) and
 * {@code depositReceiptVersion} (Canyon+), PROTOCOL.md §2.1.
 *
 * <p>Two encodings: {@link #encode()} is the full EIP-2718 form (what nodes store and serve; it keeps
 * {@code depositNonce} whenever present) and {@link #encodeForReceiptsRoot()} is the form hashed into the header's
 * receipts root, which reproduces op-geth's quirk: a deposit receipt without {@code depositReceiptVersion}
 * (Regolith to Canyon) leaves its {@code depositNonce} out.
 *
 * @param depositNonce {@code null} except for deposit receipts from Regolith
 * @param depositReceiptVersion {@code null} except for deposit receipts from Canyon (then 1)
 */
public record Receipt(TxType type, boolean status, long cumulativeGasUsed, Bloom logsBloom, List<Log> logs,
                      Long depositNonce, Long depositReceiptVersion) {
    public Receipt {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(logsBloom, "logsBloom");
        logs = List.copyOf(logs);
        if (type != TxType.DEPOSIT && (depositNonce != null || depositReceiptVersion != null)) {
            throw new ConsensusException("only deposit receipts carry a deposit nonce or receipt version");
        }
        if (depositReceiptVersion != null && depositNonce == null) {
            throw new ConsensusException("a deposit receipt version requires a deposit nonce");
        }
    }

    /** A receipt with the bloom computed from its logs and no deposit fields. */
    public static Receipt of(TxType type, boolean status, long cumulativeGasUsed, List<Log> logs) {
        return new Receipt(type, status, cumulativeGasUsed, Bloom.fromLogs(logs), logs, null, null);
    }

    /** The full EIP-2718 encoding. */
    public byte[] encode() {
        return encode(true);
    }

    /** The encoding hashed into the receipts root (the Regolith-to-Canyon deposit quirk, PROTOCOL.md §6.8). */
    public byte[] encodeForReceiptsRoot() {
        return encode(depositReceiptVersion != null);
    }

    private byte[] encode(boolean withDepositNonce) {
        RlpWriter w = new RlpWriter(300 + 100 * logs.size());
        if (type != TxType.LEGACY) w.writeRaw(new byte[] {(byte) type.id()});
        w.startList().writeBoolean(status).writeLong(cumulativeGasUsed).writeBytes(logsBloom.unsafeBytes());
        w.startList();
        for (Log log : logs) writeLog(w, log);
        w.endList();
        if (withDepositNonce && depositNonce != null) {
            w.writeLong(depositNonce);
            if (depositReceiptVersion != null) w.writeLong(depositReceiptVersion);
        }
        w.endList();
        return w.toByteArray();
    }

    static void writeLog(RlpWriter w, Log log) {
        w.startList().writeAddress(log.address());
        Codec.writeHashes(w, log.topics());
        w.writeBytes(log.data()).endList();
    }

    static Log readLog(RlpReader r) {
        RlpReader l = r.readList();
        Address address = l.readAddress();
        List<Hash> topics = Codec.readHashes(l);
        byte[] data = l.readBytes();
        l.ensureDone();
        return new Log(address, topics, data);
    }

    /** Decodes an EIP-2718 receipt; malformed input gives a {@link ConsensusException}. */
    public static Receipt decode(byte[] encoded) {
        if (encoded == null || encoded.length == 0) throw new ConsensusException("empty receipt encoding");
        int first = encoded[0] & 0xff;
        TxType type = first >= 0xc0 ? TxType.LEGACY : TxType.of(first);
        if (first < 0xc0 && type == TxType.LEGACY) throw new ConsensusException("receipt type 0x00 is not a valid typed envelope");
        int off = type == TxType.LEGACY ? 0 : 1;
        try {
            RlpReader r = RlpReader.of(encoded, off, encoded.length - off);
            RlpReader l = r.readList();
            byte[] statusBytes = l.readBytes();
            if (statusBytes.length == Hash.SIZE) {
                throw new ConsensusException("pre-Byzantium receipts with an intermediate state root are not supported");
            }
            if (statusBytes.length > 1 || (statusBytes.length == 1 && statusBytes[0] != 1)) {
                throw new ConsensusException("receipt status must be empty (failure) or 0x01 (success)");
            }
            long cumulativeGas = l.readLong();
            Bloom bloom = Bloom.of(l.readBytes(Bloom.SIZE, "logs bloom"));
            RlpReader ll = l.readList();
            List<Log> logs = new ArrayList<>();
            while (ll.hasNext()) logs.add(readLog(ll));
            Long depositNonce = null;
            Long version = null;
            if (type == TxType.DEPOSIT) {
                if (l.hasNext()) depositNonce = l.readLong();
                if (l.hasNext()) version = l.readLong();
            }
            l.ensureDone();
            r.ensureDone();
            return new Receipt(type, statusBytes.length == 1, cumulativeGas, bloom, logs, depositNonce, version);
        } catch (PrimitivesException e) {
            throw new ConsensusException("malformed " + type + " receipt: " + e.getMessage(), e);
        }
    }
}
