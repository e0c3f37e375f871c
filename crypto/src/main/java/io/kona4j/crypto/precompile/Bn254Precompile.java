package io.kona4j.crypto.precompile;

import io.kona4j.crypto.bn254.Bn254;

/**
 * 0x06 ecAdd, 0x07 ecMul and 0x08 ecPairing (EIP-196, EIP-197) at Istanbul prices (EIP-1108): 150, 6000 and
 * 45000 + 34000 per 192-byte pair. Invalid points, coordinates ≥ p and a pairing input that is not a whole number of
 * pairs fail the call.
 */
enum Bn254Precompile implements PrecompiledContract {
    ADD {
        @Override
        public long gas(byte[] input) {
            return 150;
        }

        @Override
        public byte[] run(byte[] input) {
            return Bn254.add(input);
        }
    },
    MUL {
        @Override
        public long gas(byte[] input) {
            return 6000;
        }

        @Override
        public byte[] run(byte[] input) {
            return Bn254.mul(input);
        }
    },
    PAIRING {
        @Override
        public long gas(byte[] input) {
            return 45000 + 34000L * (input.length / Bn254.PAIR_SIZE);
        }

        @Override
        public byte[] run(byte[] input) {
            Boolean ok = Bn254.pairingCheck(input);
            if (ok == null) return null;
            byte[] out = new byte[32];
            if (ok) out[31] = 1;
            return out;
        }
    }
}
