package io.kona4j.protocol.info;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.ProtocolException;

/** Fixed-layout reads and writes for the L1-info calldata; reads check the layout's exact length first. */
final class Calldata {
    private Calldata() {}

    static void requireLength(byte[] data, int expected, String layout) {
        if (data.length != expected) {
            throw new L1InfoDecodeException("invalid " + layout + " L1-info calldata length: expected " + expected
                    + " bytes, got " + data.length);
        }
    }

    /** A uint64 in a 32-byte ABI word: the 24 high bytes must be zero (op-node's solabi.ReadUint64). */
    static long wordU64(byte[] d, int off, String field) {
        for (int i = off; i < off + 24; i++) {
            if (d[i] != 0) throw new L1InfoDecodeException("L1-info " + field + " does not fit 64 bits (non-zero padding)");
        }
        return Bytes.readLongBE(d, off + 24);
    }

    static Address wordAddress(byte[] d, int off, String field) {
        for (int i = off; i < off + 12; i++) {
            if (d[i] != 0) throw new L1InfoDecodeException("L1-info " + field + " has non-zero address padding");
        }
        return Address.of(d, off + 12);
    }

    static UInt256 u256(byte[] d, int off) {
        return UInt256.fromBytes(d, off, 32);
    }

    static Hash hash(byte[] d, int off) {
        return Hash.of(d, off);
    }

    static void putWordU64(byte[] d, int off, long v) {
        Bytes.writeLongBE(v, d, off + 24);
    }

    static void putAddressWord(byte[] d, int off, Address a) {
        System.arraycopy(a.unsafeBytes(), 0, d, off + 12, 20);
    }

    static void put(byte[] d, int off, UInt256 v) {
        v.toBytes32(d, off);
    }

    static void put(byte[] d, int off, Hash h) {
        System.arraycopy(h.unsafeBytes(), 0, d, off, 32);
    }

    static long u32(byte[] d, int off) {
        return Bytes.readIntBE(d, off) & 0xFFFFFFFFL;
    }

    static void putU32(byte[] d, int off, long v) {
        Bytes.writeIntBE((int) v, d, off);
    }

    static void requireU32(long v, String field) {
        if ((v >>> 32) != 0) throw new ProtocolException(field + " is a u32, got " + Long.toUnsignedString(v));
    }
}
