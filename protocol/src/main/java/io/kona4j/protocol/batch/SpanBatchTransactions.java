package io.kona4j.protocol.batch;

import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.LegacyTransaction;
import io.kona4j.consensus.SignedTransaction;
import io.kona4j.consensus.Transaction;
import io.kona4j.consensus.TxType;
import io.kona4j.primitives.PrimitivesException;
import io.kona4j.primitives.rlp.RlpReader;
import io.kona4j.primitives.rlp.RlpWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The transaction columns of a span batch (PROTOCOL.md §1.8, op-node {@code span_batch_txs.go}):
 * {@code contract_creation_bits ‖ y_parity_bits ‖ tx_sigs ‖ tx_tos ‖ tx_datas ‖ tx_nonces ‖ tx_gases ‖
 * protected_bits}. The columns are kept as read, so re-encoding is byte-identical; full EIP-2718 transactions are
 * rebuilt by {@link #fullTransactions(long)}.
 *
 * <p>As op-node: a tx_data with an explicit type byte 0x00 counts as legacy for the protected bits and then fails to
 * derive. One deliberate difference: op-node reads legacy/2930/1559 value and fee fields as unbounded big integers;
 * here a field over 256 bits fails derivation (such a transaction could never execute).
 */
public final class SpanBatchTransactions {
    static final int SIG_SIZE = 64;

    private final int count;
    private final byte[] contractCreationBits;
    private final byte[] yParityBits;
    private final byte[] sigs;
    private final byte[] tos;
    private final byte[][] datas;
    private final long[] nonces;
    private final long[] gases;
    private final byte[] protectedBits;
    private final int legacyCount;

    private SpanBatchTransactions(int count, byte[] contractCreationBits, byte[] yParityBits, byte[] sigs, byte[] tos,
                                  byte[][] datas, long[] nonces, long[] gases, byte[] protectedBits, int legacyCount) {
        this.count = count;
        this.contractCreationBits = contractCreationBits;
        this.yParityBits = yParityBits;
        this.sigs = sigs;
        this.tos = tos;
        this.datas = datas;
        this.nonces = nonces;
        this.gases = gases;
        this.protectedBits = protectedBits;
        this.legacyCount = legacyCount;
    }

    public int count() {
        return count;
    }

    /** The EIP-2718 type of transaction {@code i} as its tx_data says (0 for legacy). */
    public int txType(int i) {
        int b = datas[i][0] & 0xff;
        return b <= 0x7f ? b : 0;
    }

    static SpanBatchTransactions decode(ByteInput in, int count) {
        byte[] creation = SpanBatchBits.read(in, count, "contract creation bits");
        byte[] parity = SpanBatchBits.read(in, count, "y parity bits");
        byte[] sigs = in.readBytes((long) count * SIG_SIZE, "tx signatures");
        int creations = SpanBatchBits.popCount(creation);
        byte[] tos = in.readBytes((long) (count - creations) * 20, "tx recipients");
        if (count > in.remaining()) {
            throw new BatchFormatException("span batch truncated: " + count + " tx datas declared, " + in.remaining()
                    + " bytes remain");
        }
        byte[][] datas = new byte[count][];
        int legacy = 0;
        for (int i = 0; i < count; i++) {
            datas[i] = readTxData(in, i);
            if ((datas[i][0] & 0xff) > 0x7f || datas[i][0] == 0) legacy++;
        }
        long[] nonces = readUvarints(in, count, "tx nonce");
        long[] gases = readUvarints(in, count, "tx gas");
        byte[] prot = SpanBatchBits.read(in, legacy, "protected bits");
        return new SpanBatchTransactions(count, creation, parity, sigs, tos, datas, nonces, gases, prot, legacy);
    }

    private static long[] readUvarints(ByteInput in, int count, String what) {
        if (count > in.remaining()) {
            throw new BatchFormatException("span batch truncated: " + count + " values of " + what + " declared, "
                    + in.remaining() + " bytes remain");
        }
        long[] out = new long[count];
        for (int i = 0; i < count; i++) out[i] = in.readUvarint(what);
        return out;
    }

    /** One tx_data: an optional type byte (≤ 0x7F) and one RLP list, as op-node's {@code ReadTxData}. */
    private static byte[] readTxData(ByteInput in, int index) {
        int start = in.position();
        byte[] b = in.data();
        if (in.remaining() < 1) throw new BatchFormatException("span batch truncated in tx data " + index);
        int listAt = (b[start] & 0xff) <= 0x7f ? start + 1 : start;
        if (listAt >= b.length) throw new BatchFormatException("tx data " + index + " has a type byte but no payload");
        if ((b[listAt] & 0xff) < 0xc0) {
            throw new BatchFormatException("tx data " + index + " payload must be an RLP list");
        }
        try {
            RlpReader r = RlpReader.of(b, listAt, b.length - listAt);
            r.skip();
            int end = r.position();
            in.skip(end - start);
            return Arrays.copyOfRange(b, start, end);
        } catch (PrimitivesException e) {
            throw new BatchFormatException("tx data " + index + ": " + e.getMessage(), e);
        }
    }

    void encode(ByteOutput out) {
        out.write(contractCreationBits);
        out.write(yParityBits);
        out.write(sigs);
        out.write(tos);
        for (byte[] d : datas) out.write(d);
        for (long n : nonces) ByteInput.writeUvarint(out, n);
        for (long g : gases) ByteInput.writeUvarint(out, g);
        out.write(protectedBits);
    }

    /**
     * Rebuilds every transaction's EIP-2718 encoding for L2 chain {@code chainId}. Fails (op-node's derive error) on
     * a tx type other than legacy, 1, 2 or 4, malformed tx data, or a set-code transaction without a recipient.
     */
    public List<byte[]> fullTransactions(long chainId) {
        List<byte[]> out = new ArrayList<>(count);
        int toIdx = 0;
        int legacyIdx = 0;
        for (int i = 0; i < count; i++) {
            byte[] d = datas[i];
            int type = (d[0] & 0xff) <= 0x7f ? d[0] & 0xff : 0;
            boolean explicitType = (d[0] & 0xff) <= 0x7f;
            boolean create = SpanBatchBits.get(contractCreationBits, i);
            int toOff = -1;
            if (!create) {
                toOff = toIdx * 20;
                toIdx++;
            }
            int y = SpanBatchBits.get(yParityBits, i) ? 1 : 0;
            boolean legacy = type == 0;
            boolean protectedTx = false;
            if (legacy) protectedTx = SpanBatchBits.get(protectedBits, legacyIdx++);
            if (legacy && explicitType) {
                throw new BatchFormatException("span batch tx " + i + " has type byte 0x00, which is not a typed envelope");
            }
            try {
                out.add(switch (type) {
                    case 0 -> legacyTx(d, i, toOff, y, protectedTx, chainId);
                    case 1, 2, 4 -> typedTx(d, i, type, toOff, y, chainId);
                    default -> throw new BatchFormatException("span batch tx " + i + " has unsupported type " + type);
                });
            } catch (PrimitivesException e) {
                throw new BatchFormatException("span batch tx " + i + " (type " + type + "): " + e.getMessage(), e);
            }
        }
        return out;
    }

    private byte[] legacyTx(byte[] d, int i, int toOff, int y, boolean protectedTx, long chainId) {
        RlpReader l = RlpReader.of(d).readList();
        byte[] value = uint256Raw(l);
        byte[] gasPrice = uint256Raw(l);
        byte[] data = stringRaw(l);
        l.ensureDone();
        long v = protectedTx ? chainId * 2 + 35 + y : 27 + y;
        RlpWriter w = new RlpWriter(d.length + 128);
        w.startList().writeLong(nonces[i]).writeRaw(gasPrice).writeLong(gases[i]);
        writeTo(w, toOff);
        w.writeRaw(value).writeRaw(data).writeLong(v);
        writeSig(w, i);
        return w.endList().toByteArray();
    }

    private byte[] typedTx(byte[] d, int i, int type, int toOff, int y, long chainId) {
        RlpReader l = RlpReader.of(d, 1, d.length - 1).readList();
        byte[] value = uint256Raw(l);
        byte[] fee1 = uint256Raw(l);
        byte[] fee2 = type == 1 ? null : uint256Raw(l);
        byte[] data = stringRaw(l);
        byte[] accessList = accessListRaw(l);
        byte[] authList = type == 4 ? authorizationListRaw(l) : null;
        l.ensureDone();
        if (type == 4 && toOff < 0) {
            throw new BatchFormatException("span batch tx " + i + " is a set-code transaction without a recipient");
        }
        RlpWriter w = new RlpWriter(d.length + 160);
        w.writeRaw(new byte[] {(byte) type});
        w.startList().writeLong(chainId).writeLong(nonces[i]).writeRaw(fee1);
        if (fee2 != null) w.writeRaw(fee2);
        w.writeLong(gases[i]);
        writeTo(w, toOff);
        w.writeRaw(value).writeRaw(data).writeRaw(accessList);
        if (authList != null) w.writeRaw(authList);
        w.writeLong(y);
        writeSig(w, i);
        w.endList();
        return w.toByteArray();
    }

    private void writeTo(RlpWriter w, int toOff) {
        if (toOff < 0) w.writeBytes(new byte[0]);
        else w.writeBytes(tos, toOff, 20);
    }

    private void writeSig(RlpWriter w, int i) {
        int off = i * SIG_SIZE;
        writeUnsigned(w, sigs, off);
        writeUnsigned(w, sigs, off + 32);
    }

    private static void writeUnsigned(RlpWriter w, byte[] b, int off) {
        int s = off;
        while (s < off + 32 && b[s] == 0) s++;
        w.writeBytes(b, s, off + 32 - s);
    }

    private static byte[] uint256Raw(RlpReader l) {
        byte[] raw = l.readRaw();
        RlpReader.of(raw).readUInt256Bytes();
        return raw;
    }

    private static byte[] stringRaw(RlpReader l) {
        if (l.nextIsList()) throw new BatchFormatException("expected a byte string, found a list");
        return l.readRaw();
    }

    private static byte[] accessListRaw(RlpReader l) {
        byte[] raw = l.readRaw();
        RlpReader list = RlpReader.of(raw).readList();
        while (list.hasNext()) {
            RlpReader tuple = list.readList();
            tuple.readAddress();
            RlpReader keys = tuple.readList();
            while (keys.hasNext()) keys.readHash();
            tuple.ensureDone();
        }
        return raw;
    }

    private static byte[] authorizationListRaw(RlpReader l) {
        byte[] raw = l.readRaw();
        RlpReader list = RlpReader.of(raw).readList();
        while (list.hasNext()) {
            RlpReader a = list.readList();
            a.readUInt256Bytes();
            a.readAddress();
            a.readLong();
            long v = a.readLong();
            if (v > 0xff) throw new BatchFormatException("authorization y parity " + v + " does not fit in 8 bits");
            a.readUInt256Bytes();
            a.readUInt256Bytes();
            a.ensureDone();
        }
        return raw;
    }

    /**
     * Builds the columns from EIP-2718 transactions, for span batches made by a batcher. Deposits and blob
     * transactions cannot be carried; a protected transaction must be signed for {@code chainId}.
     */
    public static SpanBatchTransactions fromTransactions(List<byte[]> txs, long chainId) {
        int n = txs.size();
        byte[] creation = new byte[SpanBatchBits.byteLength(n)];
        byte[] parity = new byte[SpanBatchBits.byteLength(n)];
        byte[] sigs = new byte[n * SIG_SIZE];
        ByteOutput tos = new ByteOutput(n * 20);
        byte[][] datas = new byte[n][];
        long[] nonces = new long[n];
        long[] gases = new long[n];
        List<Boolean> prot = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Transaction tx;
            try {
                tx = Transaction.decode(txs.get(i));
            } catch (ConsensusException e) {
                throw new BatchFormatException("transaction " + i + " does not decode: " + e.getMessage(), e);
            }
            if (!(tx instanceof SignedTransaction st) || tx.type() == TxType.EIP4844) {
                throw new BatchFormatException("transaction " + i + " of type " + tx.type()
                        + " cannot be carried in a span batch");
            }
            boolean isProtected = !(tx instanceof LegacyTransaction lt) || lt.isProtected();
            if (tx instanceof LegacyTransaction) prot.add(isProtected);
            if (isProtected && st.chainId() != chainId) {
                throw new BatchFormatException("protected transaction " + i + " has chain id " + st.chainId()
                        + ", the span batch is for chain " + chainId);
            }
            if (tx.to() == null) SpanBatchBits.set(creation, i);
            else tos.write(tx.to().unsafeBytes());
            int y = st.recoveryId();
            if (y < 0 || y > 1) throw new BatchFormatException("transaction " + i + " has an unusable v / y parity");
            if (y == 1) SpanBatchBits.set(parity, i);
            st.r().toBytes32(sigs, i * SIG_SIZE);
            st.s().toBytes32(sigs, i * SIG_SIZE + 32);
            nonces[i] = st.nonce();
            gases[i] = tx.gasLimit();
            datas[i] = txData(txs.get(i), tx.type());
        }
        byte[] protectedBits = new byte[SpanBatchBits.byteLength(prot.size())];
        for (int i = 0; i < prot.size(); i++) if (prot.get(i)) SpanBatchBits.set(protectedBits, i);
        return new SpanBatchTransactions(n, creation, parity, sigs, tos.toByteArray(), datas, nonces, gases,
                protectedBits, prot.size());
    }

    /** The tx_data of an envelope: its value, fee, data and list fields, copied as they are encoded. */
    private static byte[] txData(byte[] envelope, TxType type) {
        boolean legacy = type == TxType.LEGACY;
        RlpReader l = legacy ? RlpReader.of(envelope).readList() : RlpReader.of(envelope, 1, envelope.length - 1).readList();
        List<byte[]> items = new ArrayList<>();
        while (l.hasNext()) items.add(l.readRaw());
        int[] pick = switch (type) {
            case LEGACY -> new int[] {4, 1, 5};
            case EIP2930 -> new int[] {5, 2, 6, 7};
            case EIP1559 -> new int[] {6, 2, 3, 7, 8};
            case EIP7702 -> new int[] {6, 2, 3, 7, 8, 9};
            default -> throw new BatchFormatException("transaction type " + type + " cannot be carried in a span batch");
        };
        RlpWriter w = new RlpWriter(envelope.length);
        if (!legacy) w.writeRaw(new byte[] {(byte) type.id()});
        w.startList();
        for (int p : pick) w.writeRaw(items.get(p));
        return w.endList().toByteArray();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SpanBatchTransactions t) || t.count != count || t.legacyCount != legacyCount) return false;
        if (!Arrays.equals(contractCreationBits, t.contractCreationBits) || !Arrays.equals(yParityBits, t.yParityBits)
                || !Arrays.equals(sigs, t.sigs) || !Arrays.equals(tos, t.tos) || !Arrays.equals(nonces, t.nonces)
                || !Arrays.equals(gases, t.gases) || !Arrays.equals(protectedBits, t.protectedBits)) {
            return false;
        }
        return Arrays.deepEquals(datas, t.datas);
    }

    @Override
    public int hashCode() {
        return count * 31 + Arrays.hashCode(sigs);
    }
}
