package io.kona4j.consensus;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.primitives.rlp.RlpReader;
import io.kona4j.primitives.rlp.RlpWriter;
import java.util.Arrays;
import java.util.Objects;

/**
 * A block header of any fork. The fields after {@code nonce} were added fork by fork and are {@code null} when
 * absent: {@code baseFeePerGas} (London), {@code withdrawalsRoot} (Shanghai; OP Canyon), {@code blobGasUsed},
 * {@code excessBlobGas}, {@code parentBeaconBlockRoot} (Cancun; OP Ecotone), {@code requestsHash} (Prague; OP
 * Isthmus). They are encoded in that order and only as a prefix: a later field present requires every earlier one.
 *
 * <p>{@link #encode()} is the RLP list; {@link #hash()} is its keccak256, the block hash; {@link #decode(byte[])}
 * reads it strictly.
 *
 * @param extraData owned by the record: do not modify
 * @param nonce the 8-byte proof-of-work nonce (0 after the Merge)
 */
public record Header(Hash parentHash, Hash ommersHash, Address beneficiary, Hash stateRoot, Hash transactionsRoot,
                     Hash receiptsRoot, Bloom logsBloom, UInt256 difficulty, long number, long gasLimit, long gasUsed,
                     long timestamp, byte[] extraData, Hash mixHash, long nonce, UInt256 baseFeePerGas,
                     Hash withdrawalsRoot, Long blobGasUsed, Long excessBlobGas, Hash parentBeaconBlockRoot,
                     Hash requestsHash) {
    public Header {
        Objects.requireNonNull(parentHash, "parentHash");
        Objects.requireNonNull(ommersHash, "ommersHash");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(stateRoot, "stateRoot");
        Objects.requireNonNull(transactionsRoot, "transactionsRoot");
        Objects.requireNonNull(receiptsRoot, "receiptsRoot");
        Objects.requireNonNull(logsBloom, "logsBloom");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(extraData, "extraData");
        Objects.requireNonNull(mixHash, "mixHash");
        Object[] optional = {baseFeePerGas, withdrawalsRoot, blobGasUsed, excessBlobGas, parentBeaconBlockRoot, requestsHash};
        boolean gap = false;
        for (Object o : optional) {
            if (o == null) gap = true;
            else if (gap) throw new ConsensusException("header has a later fork field without every earlier one "
                    + "(base fee, withdrawals root, blob gas used, excess blob gas, parent beacon root, requests hash)");
        }
    }

    /** Alias of {@link #mixHash()}: after the Merge it carries the beacon chain's randomness. */
    public Hash prevRandao() {
        return mixHash;
    }

    /** keccak256 of the RLP encoding: the block hash. */
    public Hash hash() {
        return Keccak256.hash(encode());
    }

    public byte[] encode() {
        RlpWriter w = new RlpWriter(640);
        writeTo(w);
        return w.toByteArray();
    }

    void writeTo(RlpWriter w) {
        w.startList().writeHash(parentHash).writeHash(ommersHash).writeAddress(beneficiary).writeHash(stateRoot)
                .writeHash(transactionsRoot).writeHash(receiptsRoot).writeBytes(logsBloom.unsafeBytes());
        Codec.writeUInt256(w, difficulty);
        w.writeLong(number).writeLong(gasLimit).writeLong(gasUsed).writeLong(timestamp).writeBytes(extraData)
                .writeHash(mixHash);
        byte[] n = new byte[8];
        Bytes.writeLongBE(nonce, n, 0);
        w.writeBytes(n);
        if (baseFeePerGas != null) Codec.writeUInt256(w, baseFeePerGas);
        if (withdrawalsRoot != null) w.writeHash(withdrawalsRoot);
        if (blobGasUsed != null) w.writeLong(blobGasUsed);
        if (excessBlobGas != null) w.writeLong(excessBlobGas);
        if (parentBeaconBlockRoot != null) w.writeHash(parentBeaconBlockRoot);
        if (requestsHash != null) w.writeHash(requestsHash);
        w.endList();
    }

    /** Decodes a header; malformed input gives a {@link ConsensusException} saying what is wrong. */
    public static Header decode(byte[] rlp) {
        return Codec.decode("header", rlp, Header::readFrom);
    }

    static Header readFrom(RlpReader in) {
        RlpReader l = in.readList();
        Hash parentHash = l.readHash();
        Hash ommersHash = l.readHash();
        Address beneficiary = l.readAddress();
        Hash stateRoot = l.readHash();
        Hash txRoot = l.readHash();
        Hash receiptsRoot = l.readHash();
        Bloom bloom = Bloom.of(l.readBytes(Bloom.SIZE, "logs bloom"));
        UInt256 difficulty = Codec.readUInt256(l);
        long number = l.readLong();
        long gasLimit = l.readLong();
        long gasUsed = l.readLong();
        long timestamp = l.readLong();
        byte[] extra = l.readBytes();
        Hash mixHash = l.readHash();
        long nonce = Bytes.readLongBE(l.readBytes(8, "header nonce"), 0);
        UInt256 baseFee = l.hasNext() ? Codec.readUInt256(l) : null;
        Hash withdrawalsRoot = l.hasNext() ? l.readHash() : null;
        Long blobGasUsed = l.hasNext() ? l.readLong() : null;
        Long excessBlobGas = l.hasNext() ? l.readLong() : null;
        Hash beaconRoot = l.hasNext() ? l.readHash() : null;
        Hash requestsHash = l.hasNext() ? l.readHash() : null;
        if (l.hasNext()) throw new ConsensusException("header has more fields than any known fork");
        return new Header(parentHash, ommersHash, beneficiary, stateRoot, txRoot, receiptsRoot, bloom, difficulty,
                number, gasLimit, gasUsed, timestamp, extra, mixHash, nonce, baseFee, withdrawalsRoot, blobGasUsed,
                excessBlobGas, beaconRoot, requestsHash);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Header h && Arrays.equals(encode(), h.encode());
    }

    @Override
    public int hashCode() {
        return hash().hashCode();
    }

    @Override
    public String toString() {
        return "Header[number=" + number + ", hash=" + hash() + ", parentHash=" + parentHash + ", timestamp="
                + timestamp + ", extraData=" + Hex.encode(extraData) + "]";
    }

    /** A builder starting from an empty post-Merge header (empty roots and ommers hash, zero difficulty). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this header's fields. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.parentHash = parentHash;
        b.ommersHash = ommersHash;
        b.beneficiary = beneficiary;
        b.stateRoot = stateRoot;
        b.transactionsRoot = transactionsRoot;
        b.receiptsRoot = receiptsRoot;
        b.logsBloom = logsBloom;
        b.difficulty = difficulty;
        b.number = number;
        b.gasLimit = gasLimit;
        b.gasUsed = gasUsed;
        b.timestamp = timestamp;
        b.extraData = extraData;
        b.mixHash = mixHash;
        b.nonce = nonce;
        b.baseFeePerGas = baseFeePerGas;
        b.withdrawalsRoot = withdrawalsRoot;
        b.blobGasUsed = blobGasUsed;
        b.excessBlobGas = excessBlobGas;
        b.parentBeaconBlockRoot = parentBeaconBlockRoot;
        b.requestsHash = requestsHash;
        return b;
    }

    /** Assembles a {@link Header} field by field; fields not set keep the defaults of {@link #builder()}. */
    public static final class Builder {
        private Hash parentHash = Hash.ZERO;
        private Hash ommersHash = Hash.EMPTY_OMMERS_HASH;
        private Address beneficiary = Address.ZERO;
        private Hash stateRoot = Hash.EMPTY_TRIE_ROOT;
        private Hash transactionsRoot = Hash.EMPTY_TRIE_ROOT;
        private Hash receiptsRoot = Hash.EMPTY_TRIE_ROOT;
        private Bloom logsBloom = Bloom.EMPTY;
        private UInt256 difficulty = UInt256.ZERO;
        private long number;
        private long gasLimit;
        private long gasUsed;
        private long timestamp;
        private byte[] extraData = Bytes.EMPTY;
        private Hash mixHash = Hash.ZERO;
        private long nonce;
        private UInt256 baseFeePerGas;
        private Hash withdrawalsRoot;
        private Long blobGasUsed;
        private Long excessBlobGas;
        private Hash parentBeaconBlockRoot;
        private Hash requestsHash;

        private Builder() {}

        public Builder parentHash(Hash v) {
            this.parentHash = v;
            return this;
        }

        public Builder ommersHash(Hash v) {
            this.ommersHash = v;
            return this;
        }

        public Builder beneficiary(Address v) {
            this.beneficiary = v;
            return this;
        }

        public Builder stateRoot(Hash v) {
            this.stateRoot = v;
            return this;
        }

        public Builder transactionsRoot(Hash v) {
            this.transactionsRoot = v;
            return this;
        }

        public Builder receiptsRoot(Hash v) {
            this.receiptsRoot = v;
            return this;
        }

        public Builder logsBloom(Bloom v) {
            this.logsBloom = v;
            return this;
        }

        public Builder difficulty(UInt256 v) {
            this.difficulty = v;
            return this;
        }

        public Builder number(long v) {
            this.number = v;
            return this;
        }

        public Builder gasLimit(long v) {
            this.gasLimit = v;
            return this;
        }

        public Builder gasUsed(long v) {
            this.gasUsed = v;
            return this;
        }

        public Builder timestamp(long v) {
            this.timestamp = v;
            return this;
        }

        public Builder extraData(byte[] v) {
            this.extraData = v;
            return this;
        }

        public Builder mixHash(Hash v) {
            this.mixHash = v;
            return this;
        }

        public Builder nonce(long v) {
            this.nonce = v;
            return this;
        }

        public Builder baseFeePerGas(UInt256 v) {
            this.baseFeePerGas = v;
            return this;
        }

        public Builder withdrawalsRoot(Hash v) {
            this.withdrawalsRoot = v;
            return this;
        }

        public Builder blobGasUsed(Long v) {
            this.blobGasUsed = v;
            return this;
        }

        public Builder excessBlobGas(Long v) {
            this.excessBlobGas = v;
            return this;
        }

        public Builder parentBeaconBlockRoot(Hash v) {
            this.parentBeaconBlockRoot = v;
            return this;
        }

        public Builder requestsHash(Hash v) {
            this.requestsHash = v;
            return this;
        }

        public Header build() {
            return new Header(parentHash, ommersHash, beneficiary, stateRoot, transactionsRoot, receiptsRoot, logsBloom, difficulty, number, gasLimit, gasUsed, timestamp, extraData, mixHash, nonce, baseFeePerGas, withdrawalsRoot, blobGasUsed, excessBlobGas, parentBeaconBlockRoot, requestsHash);
        }
    }
}
