package io.kona4j.preimage;

/** Both client halves of the oracle ABI, as the proof program's providers need them (Kona's {@code CommsClient}). */
public interface CommsClient extends PreimageOracleClient, HintWriterClient {
    /** Joins an oracle and a hint writer into one client. */
    static CommsClient of(PreimageOracleClient oracle, HintWriterClient hints) {
        return new CommsClient() {
            @Override
            public byte[] get(PreimageKey key) {
                return oracle.get(key);
            }

            @Override
            public void getExact(PreimageKey key, byte[] buffer) {
                oracle.getExact(key, buffer);
            }

            @Override
            public void write(String hint) {
                hints.write(hint);
            }
        };
    }
}
