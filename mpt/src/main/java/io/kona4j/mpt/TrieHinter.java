package io.kona4j.mpt;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;

/**
 * Tells a host which data the client is about to read, so an online host can fetch it before the client asks for the
 * preimages (Kona's {@code TrieHinter}; hint strings in KONA-NOTES §2.9). Back ends holding the whole witness up front
 * use {@link #NOOP}.
 */
public interface TrieHinter {
    /** A hinter that does nothing. */
    TrieHinter NOOP = new TrieHinter() {
        @Override
        public void hintTrieNode(Hash hash) {}

        @Override
        public void hintAccountProof(Address address, long blockNumber) {}

        @Override
        public void hintStorageProof(Address address, UInt256 slot, long blockNumber) {}

        @Override
        public void hintExecutionWitness(Hash parentHash, byte[] payloadAttributesJson) {}
    };

    /** The node with this hash will be read ({@code l2-state-node}). */
    void hintTrieNode(Hash hash);

    /** The account proof of {@code address} in the state of block {@code blockNumber} ({@code l2-account-proof}). */
    void hintAccountProof(Address address, long blockNumber);

    /** The storage proof of {@code slot} of {@code address} at block {@code blockNumber} ({@code l2-account-storage-proof}). */
    void hintStorageProof(Address address, UInt256 slot, long blockNumber);

    /**
     * Every node executing a payload on {@code parentHash} will read ({@code l2-payload-witness}). The attributes are
     * passed as the JSON the hint carries, since this module does not know the payload-attributes type.
     */
    void hintExecutionWitness(Hash parentHash, byte[] payloadAttributesJson);
}
