package io.kona4j.consensus;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.PrimitivesException;
import io.kona4j.primitives.UInt256;
import io.kona4j.primitives.rlp.RlpReader;
import java.util.ArrayList;
import java.util.List;

/** EIP-2718 envelope decoding for every transaction type. */
final class TransactionCodec {
    private TransactionCodec() {}

    static Transaction decode(byte[] envelope) {
        if (envelope == null || envelope.length == 0) throw new ConsensusException("empty transaction encoding");
        int first = envelope[0] & 0xff;
        if (first >= 0xc0) return Codec.decode("legacy transaction", envelope, TransactionCodec::readLegacy);
        if (first > 0x7f) {
            throw new ConsensusException(String.format(
                    "transaction encoding starts with 0x%02x: neither a type byte (< 0x80) nor an RLP list", first));
        }
        TxType type = TxType.of(first);
        if (type == TxType.LEGACY) throw new ConsensusException("transaction type 0x00 is not a valid typed envelope");
        try {
            RlpReader r = RlpReader.of(envelope, 1, envelope.length - 1);
            Transaction tx = switch (type) {
                case EIP2930 -> readEip2930(r);
                case EIP1559 -> readEip1559(r);
                case EIP4844 -> readEip4844(r);
                case EIP7702 -> readEip7702(r);
                case DEPOSIT -> readDeposit(r);
                case LEGACY -> throw new IllegalStateException();
            };
            r.ensureDone();
            return tx;
        } catch (PrimitivesException e) {
            throw new ConsensusException("malformed " + type + " transaction: " + e.getMessage(), e);
        }
    }

    /** Reads one transaction as it appears in a block body: a legacy list, or a string holding a typed envelope. */
    static Transaction readFromBody(RlpReader r) {
        if (r.nextIsList()) return decode(r.readRaw());
        byte[] envelope = r.readBytes();
        if (envelope.length > 0 && (envelope[0] & 0xff) >= 0xc0) {
            throw new ConsensusException("a legacy transaction must not be wrapped in a byte string in a block body");
        }
        return decode(envelope);
    }

    private static LegacyTransaction readLegacy(RlpReader in) {
        RlpReader l = in.readList();
        LegacyTransaction tx = new LegacyTransaction(l.readLong(), Codec.readUInt256(l), l.readLong(),
                l.readOptionalAddress(), Codec.readUInt256(l), l.readBytes(), l.readLong(), Codec.readUInt256(l),
                Codec.readUInt256(l));
        l.ensureDone();
        return tx;
    }

    private static Eip2930Transaction readEip2930(RlpReader in) {
        RlpReader l = in.readList();
        Eip2930Transaction tx = new Eip2930Transaction(l.readLong(), l.readLong(), Codec.readUInt256(l), l.readLong(),
                l.readOptionalAddress(), Codec.readUInt256(l), l.readBytes(), Codec.readAccessList(l), yParity(l),
                Codec.readUInt256(l), Codec.readUInt256(l));
        l.ensureDone();
        return tx;
    }

    private static Eip1559Transaction readEip1559(RlpReader in) {
        RlpReader l = in.readList();
        Eip1559Transaction tx = new Eip1559Transaction(l.readLong(), l.readLong(), Codec.readUInt256(l),
                Codec.readUInt256(l), l.readLong(), l.readOptionalAddress(), Codec.readUInt256(l), l.readBytes(),
                Codec.readAccessList(l), yParity(l), Codec.readUInt256(l), Codec.readUInt256(l));
        l.ensureDone();
        return tx;
    }

    private static Eip4844Transaction readEip4844(RlpReader in) {
        RlpReader l = in.readList();
        long chainId = l.readLong();
        long nonce = l.readLong();
        UInt256 tip = Codec.readUInt256(l);
        UInt256 maxFee = Codec.readUInt256(l);
        long gas = l.readLong();
        Address to = requiredTo(l, "blob");
        UInt256 value = Codec.readUInt256(l);
        byte[] data = l.readBytes();
        List<AccessListEntry> accessList = Codec.readAccessList(l);
        UInt256 blobFee = Codec.readUInt256(l);
        List<Hash> hashes = Codec.readHashes(l);
        Eip4844Transaction tx = new Eip4844Transaction(chainId, nonce, tip, maxFee, gas, to, value, data, accessList,
                blobFee, hashes, yParity(l), Codec.readUInt256(l), Codec.readUInt256(l));
        l.ensureDone();
        return tx;
    }

    private static Eip7702Transaction readEip7702(RlpReader in) {
        RlpReader l = in.readList();
        long chainId = l.readLong();
        long nonce = l.readLong();
        UInt256 tip = Codec.readUInt256(l);
        UInt256 maxFee = Codec.readUInt256(l);
        long gas = l.readLong();
        Address to = requiredTo(l, "set-code");
        UInt256 value = Codec.readUInt256(l);
        byte[] data = l.readBytes();
        List<AccessListEntry> accessList = Codec.readAccessList(l);
        RlpReader al = l.readList();
        List<Authorization> auths = new ArrayList<>();
        while (al.hasNext()) auths.add(Authorization.readFrom(al));
        Eip7702Transaction tx = new Eip7702Transaction(chainId, nonce, tip, maxFee, gas, to, value, data, accessList,
                auths, yParity(l), Codec.readUInt256(l), Codec.readUInt256(l));
        l.ensureDone();
        return tx;
    }

    private static DepositTransaction readDeposit(RlpReader in) {
        RlpReader l = in.readList();
        DepositTransaction tx = new DepositTransaction(l.readHash(), l.readAddress(), l.readOptionalAddress(),
                Codec.readUInt256(l), Codec.readUInt256(l), l.readLong(), l.readBoolean(), l.readBytes());
        l.ensureDone();
        return tx;
    }

    private static Address requiredTo(RlpReader l, String kind) {
        Address to = l.readOptionalAddress();
        if (to == null) throw new ConsensusException("a " + kind + " transaction must have a recipient (no contract creation)");
        return to;
    }

    private static int yParity(RlpReader l) {
        long y = l.readLong();
        if (y != 0 && y != 1) throw new ConsensusException("signature y parity must be 0 or 1, got " + Long.toUnsignedString(y));
        return (int) y;
    }
}
