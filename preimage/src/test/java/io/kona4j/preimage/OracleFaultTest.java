package io.kona4j.preimage;

import io.kona4j.primitives.Hex;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.kona4j.preimage.Transcript.zeros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OracleFaultTest {
    private static final PreimageKey HELLO_KECCAK = PreimageKey.keccak256Of("hello".getBytes(StandardCharsets.US_ASCII));
    private static final PreimageKey HELLO_SHA = PreimageKey.sha256Of("hello".getBytes(StandardCharsets.US_ASCII));

    @Test
    void aKeccakPreimageThatDoesNotHashToItsKeyIsRejected() {
        Transcript t = new Transcript("0000000000000005" + "68656c6c4f");
        assertThatThrownBy(() -> new OracleReader(t.channel).get(HELLO_KECCAK))
                .isInstanceOf(PreimageHashMismatchException.class).hasMessageContaining(HELLO_KECCAK.toHex());
    }

    @Test
    void aSha256PreimageThatDoesNotHashToItsKeyIsRejected() {
        Transcript t = new Transcript("0000000000000005" + "68656c6c4f");
        assertThatThrownBy(() -> new OracleReader(t.channel).getExact(HELLO_SHA, new byte[5]))
                .isInstanceOf(PreimageHashMismatchException.class);
    }

    @Test
    void aLengthOverTheLimitIsAnErrorNotAnAllocation() {
        for (String len : new String[] {"4000000000000000", "ffffffffffffffff", "0000000000000401"}) {
            Transcript t = new Transcript(len);
            assertThatThrownBy(() -> new OracleReader(t.channel, 1024).get(PreimageKey.local(1)))
                    .isInstanceOf(LengthLimitExceededException.class);
        }
        Transcript hint = new Transcript("ffffffff");
        assertThatThrownBy(() -> new HintReader(hint.channel, 1024).nextHint(h -> { }))
                .isInstanceOf(LengthLimitExceededException.class);
    }

    @Test
    void aLargeDeclaredLengthUnderTheLimitIsReadAsTheBytesArrive() {
        // 1 MiB declared, 100 KiB sent: the read fails as a closed channel, having buffered only what arrived
        Transcript t = new Transcript("0000000000100000" + "ab".repeat(100 * 1024));
        assertThatThrownBy(() -> new OracleReader(t.channel).get(PreimageKey.local(1)))
                .isInstanceOf(ChannelClosedException.class);
        byte[] big = new byte[300 * 1024];
        java.util.Arrays.fill(big, (byte) 7);
        Transcript ok = new Transcript(String.format("%016x", big.length) + Hex.encodeNoPrefix(big));
        assertThat(new OracleReader(ok.channel).get(PreimageKey.local(1))).isEqualTo(big);
        Transcript hint = new Transcript(String.format("%08x", big.length) + Hex.encodeNoPrefix(big));
        java.util.List<String> routed = new java.util.ArrayList<>();
        new HintReader(hint.channel).nextHint(routed::add);
        assertThat(routed.get(0)).hasSize(big.length);
    }

    @Test
    void getExactWithTheWrongBufferSizeKeepsTheStreamFramed() {
        Transcript t = new Transcript("0000000000000003" + "010203" + "0000000000000002" + "0405");
        OracleReader reader = new OracleReader(t.channel);
        assertThatThrownBy(() -> reader.getExact(PreimageKey.local(6), new byte[32]))
                .isInstanceOf(BufferLengthMismatchException.class).hasMessageContaining("3 bytes");
        assertThat(reader.get(PreimageKey.local(7))).containsExactly(4, 5);
    }

    @Test
    void aTruncatedAnswerIsAClosedChannel() {
        Transcript t = new Transcript("0000000000000020" + "aa".repeat(10));
        assertThatThrownBy(() -> new OracleReader(t.channel).get(PreimageKey.local(1)))
                .isInstanceOf(ChannelClosedException.class);
        Transcript none = new Transcript("");
        assertThatThrownBy(() -> new OracleReader(none.channel).get(PreimageKey.local(1)))
                .isInstanceOf(ChannelClosedException.class);
    }

    @Test
    void theServerRejectsAnUnknownKeyType() {
        for (String type : new String[] {"00", "07", "ff"}) {
            Transcript t = new Transcript(type + zeros(31));
            assertThatThrownBy(() -> new OracleServer(t.channel).nextPreimageRequest(k -> new byte[0]))
                    .isInstanceOf(InvalidPreimageKeyException.class);
            assertThat(t.writtenHex()).isEmpty();
        }
    }

    @Test
    void aMissingKeyIsTypedAndNothingIsAnswered() {
        Transcript t = new Transcript("01" + zeros(30) + "09");
        assertThatThrownBy(() -> new OracleServer(t.channel).nextPreimageRequest(k -> {
            throw new KeyNotFoundException(k);
        })).isInstanceOfSatisfying(KeyNotFoundException.class, e -> assertThat(e.key()).isEqualTo(PreimageKey.local(9)));
        assertThat(t.writtenHex()).isEmpty();
    }

    @Property
    void arbitraryHostBytesGiveAPreimageOrThisModulesError(@ForAll @Size(max = 80) byte[] answer) {
        Transcript t = new Transcript(Hex.encodeNoPrefix(answer));
        try {
            byte[] got = new OracleReader(t.channel, 64).get(PreimageKey.local(1));
            assertThat(got.length).isLessThanOrEqualTo(64);
        } catch (PreimageException expected) {
            assertThat(expected).isInstanceOfAny(ChannelClosedException.class, LengthLimitExceededException.class);
        }
    }

    @Property
    void arbitraryClientBytesGiveAHintOrThisModulesError(@ForAll @Size(max = 80) byte[] request) {
        Transcript t = new Transcript(Hex.encodeNoPrefix(request));
        try {
            new HintReader(t.channel, 64).nextHint(h -> { });
        } catch (PreimageException expected) {
            assertThat(expected).isInstanceOfAny(ChannelClosedException.class, LengthLimitExceededException.class,
                    MalformedHintException.class);
        }
    }

    @Property
    void arbitraryKeyBytesAreServedOrRejectedWithThisModulesError(@ForAll @Size(max = 40) byte[] request) {
        Transcript t = new Transcript(Hex.encodeNoPrefix(request));
        try {
            new OracleServer(t.channel).nextPreimageRequest(k -> new byte[] {1});
            assertThat(t.writtenHex()).isEqualTo("000000000000000101");
        } catch (PreimageException expected) {
            assertThat(expected).isInstanceOfAny(ChannelClosedException.class, InvalidPreimageKeyException.class);
        }
    }
}
