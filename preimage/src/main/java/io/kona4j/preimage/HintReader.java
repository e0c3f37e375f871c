package io.kona4j.preimage;

import io.kona4j.primitives.Bytes;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The host side of the hint channel (Kona's {@code HintReader}): read u32 BE length ‖ hint, route it, answer the
 * one-byte ack {@code 0x00}. The ack is written even when the hint is not UTF-8 or routing fails, so the client never
 * blocks; the error is thrown afterwards. A length over the limit closes the channel instead of allocating.
 */
public final class HintReader {
    /** Default largest hint: room for a payload-witness hint carrying a block's worth of JSON attributes. */
    public static final int DEFAULT_MAX_HINT_LENGTH = 64 * 1024 * 1024;
    private static final byte[] ACK = {0x00};

    private final Channel channel;
    private final int maxLength;
    private final byte[] lengthBuffer = new byte[4];

    public HintReader(Channel channel) {
        this(channel, DEFAULT_MAX_HINT_LENGTH);
    }

    public HintReader(Channel channel, int maxLength) {
        if (maxLength < 0) throw new IllegalArgumentException("maximum hint length must not be negative");
        this.channel = channel;
        this.maxLength = maxLength;
    }

    public Channel channel() {
        return channel;
    }

    /** Reads, routes and acknowledges one hint; {@link ChannelClosedException} when the client has gone. */
    public void nextHint(HintRouter router) {
        channel.readExact(lengthBuffer, 0, 4);
        long length = Bytes.readIntBE(lengthBuffer, 0) & 0xffffffffL;
        if (length > maxLength) {
            channel.close();
            throw new LengthLimitExceededException("hint", length, maxLength);
        }
        byte[] raw = Framing.readPayload(channel, (int) length);
        String hint;
        try {
            hint = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw acknowledged(new MalformedHintException("a " + raw.length + "-byte hint is not valid UTF-8", e));
        }
        try {
            router.routeHint(hint);
        } catch (RuntimeException e) {
            throw acknowledged(e);
        }
        channel.write(ACK, 0, 1);
    }

    /** Acknowledges a hint that failed, keeping the failure as the error to report. */
    private RuntimeException acknowledged(RuntimeException failure) {
        try {
            channel.write(ACK, 0, 1);
        } catch (ChannelClosedException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }
}
