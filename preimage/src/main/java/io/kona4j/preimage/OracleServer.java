package io.kona4j.preimage;

import io.kona4j.primitives.Bytes;

/**
 * The host side of the preimage channel (Kona's {@code OracleServer}): read a 32-byte key, answer u64 BE length ‖
 * preimage from a {@link PreimageFetcher}. A fetch failure is thrown without answering, as in Kona.
 */
public final class OracleServer {
    private final Channel channel;
    private final byte[] keyBuffer = new byte[PreimageKey.SIZE];
    private final byte[] lengthBuffer = new byte[8];

    public OracleServer(Channel channel) {
        this.channel = channel;
    }

    public Channel channel() {
        return channel;
    }

    /** Serves one request; {@link ChannelClosedException} when the client has gone. */
    public void nextPreimageRequest(PreimageFetcher fetcher) {
        channel.readExact(keyBuffer, 0, PreimageKey.SIZE);
        PreimageKey key = PreimageKey.fromBytes(keyBuffer);
        byte[] value = fetcher.getPreimage(key);
        Bytes.writeLongBE(value.length, lengthBuffer, 0);
        channel.write(lengthBuffer, 0, 8);
        if (value.length > 0) channel.write(value, 0, value.length);
    }
}
