package io.kona4j.mpt;

import io.kona4j.primitives.Hash;
import io.kona4j.primitives.PrimitivesException;
import io.kona4j.primitives.UInt256;
import io.kona4j.primitives.rlp.RlpReader;
import io.kona4j.primitives.rlp.RlpWriter;
import java.util.Objects;

/**
 * An account as the state trie stores it: RLP list {@code [nonce, balance, storageRoot, codeHash]} (Yellow Paper
 * §4.1). The nonce is an unsigned 64-bit value (EIP-2681).
 */
public record TrieAccount(long nonce, UInt256 balance, Hash storageRoot, Hash codeHash) {
    /** An account with nothing: zero nonce and balance, empty storage, empty code. */
    public static final TrieAccount EMPTY = new TrieAccount(0, UInt256.ZERO, Hash.EMPTY_TRIE_ROOT, Hash.EMPTY_CODE_HASH);

    public TrieAccount {
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(storageRoot, "storageRoot");
        Objects.requireNonNull(codeHash, "codeHash");
    }

    public byte[] encode() {
        return new RlpWriter(80).startList()
                .writeLong(nonce)
                .writeBytes(balance.toMinimalBytes())
                .writeHash(storageRoot)
                .writeHash(codeHash)
                .endList().toByteArray();
    }

    /** Decodes a state-trie value strictly; malformed bytes give a {@link MptException} naming what is wrong. */
    public static TrieAccount decode(byte[] rlp) {
        try {
            RlpReader outer = RlpReader.of(rlp);
            RlpReader r = outer.readList();
            outer.ensureDone();
            long nonce = r.readLong();
            UInt256 balance = UInt256.fromBytes(r.readUInt256Bytes());
            Hash storageRoot = r.readHash();
            Hash codeHash = r.readHash();
            r.ensureDone();
            return new TrieAccount(nonce, balance, storageRoot, codeHash);
        } catch (PrimitivesException e) {
            throw new MptException("malformed account in the state trie: " + e.getMessage());
        }
    }
}
