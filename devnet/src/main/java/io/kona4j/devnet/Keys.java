package io.kona4j.devnet;

import io.kona4j.crypto.Secp256k1;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Keccak256;

import java.nio.charset.StandardCharsets;

/** A secp256k1 key derived from the seed and a role name ({@code keccak256(seed ‖ name)}). */
record Keys(byte[] privateKey, Address address) {
    static Keys of(long seed, String name) {
        byte[] s = new byte[8];
        Bytes.writeLongBE(seed, s, 0);
        byte[] k = Keccak256.digest(Bytes.concat(s, name.getBytes(StandardCharsets.UTF_8)));
        return new Keys(k, Secp256k1.addressOf(k));
    }
}
