package io.kona4j.proof.hint;

import io.kona4j.preimage.HintWriterClient;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.PrimitivesException;

import java.util.Arrays;

/**
 * A typed hint. On the wire it is {@code "<type> 0x<data as lowercase hex>"} (Kona's {@code Hint::encode}, alloy
 * {@code Bytes} display); parsing follows Kona's: split on single spaces into exactly two parts, hex-decode the second
 * (with or without 0x). The factories build each type's data layout; {@link #checkLayout()} enforces it host side.
 */
public final class Hint {
    private final HintType type;
    private final byte[] data;

    private Hint(HintType type, byte[] data) {
        this.type = type;
        this.data = data;
    }

    /** A hint whose data is the concatenation of {@code parts} (Kona's {@code HintType::with_data}). */
    public static Hint of(HintType type, byte[]... parts) {
        return new Hint(type, Bytes.concat(parts));
    }

    public static Hint l1BlockHeader(Hash blockHash) {
        return of(HintType.L1_BLOCK_HEADER, blockHash.unsafeBytes());
    }

    public static Hint l1Transactions(Hash blockHash) {
        return of(HintType.L1_TRANSACTIONS, blockHash.unsafeBytes());
    }

    public static Hint l1Receipts(Hash blockHash) {
        return of(HintType.L1_RECEIPTS, blockHash.unsafeBytes());
    }

    /** Kona's 48-byte layout: versioned hash ‖ index ‖ L1 block timestamp (the spec's 40-byte form has no index). */
    public static Hint l1Blob(Hash versionedHash, long index, long l1Timestamp) {
        return of(HintType.L1_BLOB, versionedHash.unsafeBytes(), u64(index), u64(l1Timestamp));
    }

    public static Hint l1Precompile(Address address, long requiredGas, byte[] input) {
        return of(HintType.L1_PRECOMPILE, address.unsafeBytes(), u64(requiredGas), input);
    }

    public static Hint l2BlockHeader(Hash blockHash) {
        return of(HintType.L2_BLOCK_HEADER, blockHash.unsafeBytes());
    }

    public static Hint l2Transactions(Hash blockHash) {
        return of(HintType.L2_TRANSACTIONS, blockHash.unsafeBytes());
    }

    public static Hint l2Code(Hash codeHash) {
        return of(HintType.L2_CODE, codeHash.unsafeBytes());
    }

    public static Hint startingL2Output(Hash agreedOutputRoot) {
        return of(HintType.STARTING_L2_OUTPUT, agreedOutputRoot.unsafeBytes());
    }

    public static Hint l2StateNode(Hash nodeHash) {
        return of(HintType.L2_STATE_NODE, nodeHash.unsafeBytes());
    }

    public static Hint l2AccountProof(long blockNumber, Address address) {
        return of(HintType.L2_ACCOUNT_PROOF, u64(blockNumber), address.unsafeBytes());
    }

    public static Hint l2AccountStorageProof(long blockNumber, Address address, Hash slot) {
        return of(HintType.L2_ACCOUNT_STORAGE_PROOF, u64(blockNumber), address.unsafeBytes(), slot.unsafeBytes());
    }

    /** Parent hash ‖ the payload attributes' JSON bytes, sent hex-encoded like every other hint. */
    public static Hint l2PayloadWitness(Hash parentHash, byte[] attributesJson) {
        return of(HintType.L2_PAYLOAD_WITNESS, parentHash.unsafeBytes(), attributesJson);
    }

    /** Parses a hint string as Kona's host does; the data layout is not checked here (see {@link #checkLayout()}). */
    public static Hint parse(String s) {
        String[] parts = s.split(" ", -1);
        if (parts.length != 2) {
            throw new HintParsingException("a hint is '<type> <hex data>', got " + parts.length + " space-separated parts: '"
                    + HintType.abbreviate(s) + "'");
        }
        HintType type = HintType.fromWireName(parts[0]);
        try {
            return new Hint(type, Hex.decode(parts[1]));
        } catch (PrimitivesException e) {
            throw new HintParsingException(type + " hint data is not hex: " + e.getMessage(), e);
        }
    }

    public HintType type() {
        return type;
    }

    public byte[] data() {
        return data.clone();
    }

    public int dataLength() {
        return data.length;
    }

    /** Checks the data length against the type's layout; returns this for chaining. */
    public Hint checkLayout() {
        type.checkDataLength(data.length);
        return this;
    }

    /** The 32-byte hash at {@code offset} of the data. */
    public Hash hashAt(int offset) {
        requireRange(offset, Hash.SIZE);
        return Hash.of(data, offset);
    }

    /** The u64 BE at {@code offset} of the data. */
    public long u64At(int offset) {
        requireRange(offset, 8);
        return Bytes.readLongBE(data, offset);
    }

    /** The 20-byte address at {@code offset} of the data. */
    public Address addressAt(int offset) {
        requireRange(offset, Address.SIZE);
        return Address.of(data, offset);
    }

    /** The data from {@code offset} to the end. */
    public byte[] tail(int offset) {
        requireRange(offset, 0);
        return Arrays.copyOfRange(data, offset, data.length);
    }

    /** The wire string. */
    public String encode() {
        return type.wireName() + " " + Hex.encode(data);
    }

    /** Sends the hint and waits for the host's ack. */
    public void send(HintWriterClient writer) {
        writer.write(encode());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hint h && h.type == type && Arrays.equals(h.data, data);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return HintType.abbreviate(encode());
    }

    private void requireRange(int offset, int length) {
        if (offset < 0 || offset > data.length - length) {
            throw new HintParsingException(type + " hint data of " + data.length + " bytes has no " + length
                    + " bytes at offset " + offset);
        }
    }

    private static byte[] u64(long v) {
        byte[] b = new byte[8];
        Bytes.writeLongBE(v, b, 0);
        return b;
    }
}
