package io.kona4j.crypto.precompile;

import io.kona4j.crypto.Ripemd160;
import io.kona4j.crypto.Sha256;

/** 0x02 SHA-256, 0x03 RIPEMD-160 (output left-padded to 32 bytes) and 0x04 identity: priced per 32-byte word. */
enum HashPrecompile implements PrecompiledContract {
    SHA256(60, 12) {
        @Override
        public byte[] run(byte[] input) {
            return Sha256.digest(input);
        }
    },
    RIPEMD160(600, 120) {
        @Override
        public byte[] run(byte[] input) {
            byte[] out = new byte[32];
            System.arraycopy(Ripemd160.digest(input), 0, out, 12, 20);
            return out;
        }
    },
    IDENTITY(15, 3) {
        @Override
        public byte[] run(byte[] input) {
            return input.clone();
        }
    };

    private final long base;
    private final long perWord;

    HashPrecompile(long base, long perWord) {
        this.base = base;
        this.perWord = perWord;
    }

    @Override
    public long gas(byte[] input) {
        return base + perWord * Input.words(input.length);
    }
}
