package io.kona4j.preimage;

/**
 * A length prefix on the wire (u64 preimage length, u32 hint length) is over the configured maximum. Nothing of that
 * size is allocated; the channel is closed, since the stream can no longer be framed.
 */
public final class LengthLimitExceededException extends PreimageException {
    public LengthLimitExceededException(String what, long declared, long limit) {
        super(what + " declares " + Long.toUnsignedString(declared) + " bytes, over the limit of " + limit
                + " bytes; the channel was closed");
    }
}
