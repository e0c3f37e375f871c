package io.kona4j.proof.l2;

import io.kona4j.consensus.Header;
import io.kona4j.mpt.Trie;
import io.kona4j.mpt.TrieAccount;
import io.kona4j.mpt.TrieHinter;
import io.kona4j.mpt.TrieProvider;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.primitives.rlp.RlpReader;

/**
 * Block-hash lookback through the EIP-2935 history contract's storage in an L2 state (Kona's
 * {@code eip_2935_history_lookup}), used from Isthmus to leap back instead of walking headers one by one. Block
 * {@code b}'s hash is in slot {@code b % 8191}; a target further back than the window gives the oldest hash the ring
 * holds (slot {@code head % 8191}, block {@code head - 8191}). The storage-proof hint goes out first, as Kona sends it.
 */
public final class Eip2935 {
    public static final Address HISTORY_STORAGE_ADDRESS = Address.fromHex("0x0000F90827F1C53a10cb7A02335B175320002935");
    /** keccak256 of the contract address: its key in the state trie. */
    static final byte[] HASHED_ADDRESS = Keccak256.digest(HISTORY_STORAGE_ADDRESS.toArray());
    public static final long HISTORY_SERVE_WINDOW = 8191;

    private Eip2935() {}

    /** The storage slot Kona reads for {@code target} in the state of {@code head}. */
    public static long slot(long headNumber, long target) {
        long distance = headNumber >= target ? headNumber - target : 0;
        return (distance <= HISTORY_SERVE_WINDOW ? target : headNumber) % HISTORY_SERVE_WINDOW;
    }

    /**
     * The block hash the history contract holds for {@code target} in {@code head}'s state, or null if the account,
     * the slot, or a 32-byte value is not there. Trie nodes come from {@code provider} and are hash-checked.
     */
    public static Hash lookup(Header head, long target, TrieProvider provider, TrieHinter hinter) {
        long slot = slot(head.number(), target);
        hinter.hintStorageProof(HISTORY_STORAGE_ADDRESS, UInt256.valueOf(slot), head.number());
        byte[] account = Trie.open(head.stateRoot(), provider).get(HASHED_ADDRESS);
        if (account == null) return null;
        TrieAccount a = TrieAccount.decode(account);
        byte[] slotKey = Keccak256.digest(UInt256.valueOf(slot).toBytes32());
        byte[] value = Trie.open(a.storageRoot(), provider).get(slotKey);
        if (value == null) return null;
        RlpReader r = RlpReader.of(value);
        byte[] word = r.readBytes();
        r.ensureDone();
        return word.length == Hash.SIZE ? Hash.wrap(word) : null;
    }
}
