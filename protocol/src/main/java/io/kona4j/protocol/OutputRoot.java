package io.kona4j.protocol;

import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;

/**
 * The L2 output commitment, version 0 (PROTOCOL.md §3):
 * {@code keccak256(bytes32(0) ‖ stateRoot ‖ messagePasserStorageRoot ‖ blockHash)} over a 128-byte preimage. The
 * storage root is the L2ToL1MessagePasser's ({@code 0x4200…0016}) taken from the state, not the header's
 * withdrawals root before Isthmus.
 */
public record OutputRoot(Hash stateRoot, Hash messagePasserStorageRoot, Hash blockHash) {
    public static final Hash VERSION_0 = Hash.ZERO;

    /** The 128-byte preimage. */
    public byte[] encode() {
        byte[] out = new byte[128];
        System.arraycopy(stateRoot.unsafeBytes(), 0, out, 32, 32);
        System.arraycopy(messagePasserStorageRoot.unsafeBytes(), 0, out, 64, 32);
        System.arraycopy(blockHash.unsafeBytes(), 0, out, 96, 32);
        return out;
    }

    /** The commitment: keccak256 of {@link #encode()}. */
    public Hash hash() {
        return Keccak256.hash(encode());
    }

    /** Reads a 128-byte version-0 preimage (the agreed output a proof starts from). */
    public static OutputRoot decode(byte[] preimage) {
        if (preimage.length != 128) {
            throw new ProtocolException("an output root preimage is 128 bytes, got " + preimage.length);
        }
        for (int i = 0; i < 32; i++) {
            if (preimage[i] != 0) throw new ProtocolException("unsupported output root version " + Hash.of(preimage, 0));
        }
        return new OutputRoot(Hash.of(preimage, 32), Hash.of(preimage, 64), Hash.of(preimage, 96));
    }
}
