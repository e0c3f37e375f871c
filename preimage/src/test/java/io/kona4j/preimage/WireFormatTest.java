package io.kona4j.preimage;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hex;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.kona4j.preimage.Transcript.bcKeccak;
import static io.kona4j.preimage.Transcript.hex;
import static io.kona4j.preimage.Transcript.zeros;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Byte-exact transcripts of both channels, worked out from the ABI (PROTOCOL.md §4, KONA-NOTES §2.8): the client
 * writes the 32-byte key and reads u64 BE length ‖ data; hints travel as u32 BE length ‖ UTF-8 and get the ack 0x00.
 */
class WireFormatTest {
    private static final String L1_HEAD = "a1".repeat(32);

    /** One exchange per key type: what the client must write, what the host answers. */
    private record Exchange(PreimageKey key, String keyHex, String answerHex, String preimageHex) {}

    private static List<Exchange> exchangesForEveryKeyType() {
        List<Exchange> xs = new ArrayList<>();
        // local key 1 (the L1 head), a 32-byte answer
        xs.add(new Exchange(PreimageKey.local(1), "01" + zeros(30) + "01",
                "0000000000000020" + L1_HEAD, L1_HEAD));
        // local key 4 (claimed block number, u64 BE)
        xs.add(new Exchange(PreimageKey.local(4), "01" + zeros(30) + "04",
                "0000000000000008" + "0000000000bc614e", "0000000000bc614e"));
        // keccak256 of "hello": 0x1c8aff95… with byte 0 replaced by 0x02
        xs.add(new Exchange(PreimageKey.keccak256Of(bytes("hello")),
                "028aff950685c2ed4bc3174f3472287b56d9517b9c948127319a09a7a36deac8",
                "0000000000000005" + "68656c6c6f", "68656c6c6f"));
        // global generic: never verified, served as is
        xs.add(new Exchange(PreimageKey.fromHex("0x03" + "42".repeat(31)), "03" + "42".repeat(31),
                "0000000000000003" + "010203", "010203"));
        // sha256 of "hello": 0x2cf24dba… with byte 0 replaced by 0x04
        xs.add(new Exchange(PreimageKey.sha256Of(bytes("hello")),
                "04f24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
                "0000000000000005" + "68656c6c6f", "68656c6c6f"));
        // blob: keccak(commitment48 ‖ z32) with byte 0 = 0x05; z = ω_0 = 1, a 32-byte field element back
        byte[] commitment = Hex.decode("c0" + zeros(47));
        byte[] z = Hex.decode(zeros(31) + "01");
        String blobKey = "05" + Hex.encodeNoPrefix(bcKeccak(commitment, z)).substring(2);
        xs.add(new Exchange(PreimageKey.blob(commitment, z), blobKey,
                "0000000000000020" + "07".repeat(32), "07".repeat(32)));
        // precompile: keccak(address ‖ gas u64 BE ‖ input), answer status 0x01 ‖ output
        byte[] input = Hex.decode("bb".repeat(128));
        String pcKey = "06" + Hex.encodeNoPrefix(bcKeccak(Hex.decode(zeros(19) + "01"), Hex.decode("0000000000000bb8"), input))
                .substring(2);
        xs.add(new Exchange(PreimageKey.precompile(Address.fromHex("0x" + zeros(19) + "01"), 3000, input), pcKey,
                "0000000000000021" + "01" + zeros(12) + "cc".repeat(20), "01" + zeros(12) + "cc".repeat(20)));
        // an empty preimage is a bare zero length
        xs.add(new Exchange(PreimageKey.keccak256Of(new byte[0]),
                "02d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470", "0000000000000000", ""));
        return xs;
    }

    @Test
    void clientGetWritesTheKeyAndReadsTheLengthPrefixedAnswer() {
        for (Exchange x : exchangesForEveryKeyType()) {
            Transcript t = new Transcript(x.answerHex);
            byte[] got = new OracleReader(t.channel).get(x.key);
            assertThat(t.writtenHex()).as("key bytes for %s", x.key.type()).isEqualTo(x.keyHex);
            assertThat(Hex.encodeNoPrefix(got)).isEqualTo(x.preimageHex);
        }
    }

    @Test
    void clientGetExactReadsIntoTheCallersBuffer() {
        for (Exchange x : exchangesForEveryKeyType()) {
            Transcript t = new Transcript(x.answerHex);
            byte[] buf = new byte[x.preimageHex.length() / 2];
            new OracleReader(t.channel).getExact(x.key, buf);
            assertThat(t.writtenHex()).isEqualTo(x.keyHex);
            assertThat(Hex.encodeNoPrefix(buf)).isEqualTo(x.preimageHex);
        }
    }

    @Test
    void serverReadsTheKeyAndWritesLengthThenData() {
        for (Exchange x : exchangesForEveryKeyType()) {
            Transcript t = new Transcript(x.keyHex);
            List<PreimageKey> asked = new ArrayList<>();
            new OracleServer(t.channel).nextPreimageRequest(k -> {
                asked.add(k);
                return Hex.decode(x.preimageHex);
            });
            assertThat(asked).containsExactly(x.key);
            assertThat(t.writtenHex()).isEqualTo(x.answerHex);
        }
    }

    @Test
    void hintIsLengthPrefixedUtf8AndWaitsForTheAck() {
        String hint = "l1-block-header 0x" + L1_HEAD;
        // "l1-block-header" (15) + " " + "0x" + 64 hex digits = 82 = 0x52 bytes
        Transcript t = new Transcript("00");
        new HintWriter(t.channel).write(hint);
        assertThat(t.writtenHex()).isEqualTo("00000052" + Hex.encodeNoPrefix(bytes(hint)));
    }

    @Test
    void hintWriterBlocksOnTheAckByte() {
        Transcript noAck = new Transcript("");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HintWriter(noAck.channel).write("l2-code 0x00"))
                .isInstanceOf(ChannelClosedException.class);
    }

    @Test
    void hintReaderRoutesTheStringAndAcksWithZero() {
        String hint = "l2-account-proof 0x" + "0000000000000064" + "11".repeat(20);
        byte[] text = bytes(hint);
        Transcript t = new Transcript(String.format("%08x", text.length) + Hex.encodeNoPrefix(text));
        List<String> routed = new ArrayList<>();
        new HintReader(t.channel).nextHint(routed::add);
        assertThat(routed).containsExactly(hint);
        assertThat(t.writtenHex()).isEqualTo("00");
    }

    @Test
    void hintReaderAcksEvenWhenRoutingFails() {
        Transcript t = new Transcript("00000003" + "616263");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HintReader(t.channel).nextHint(h -> {
            throw new MalformedHintException("unknown hint type " + h);
        })).isInstanceOf(MalformedHintException.class);
        assertThat(t.writtenHex()).isEqualTo("00");
    }

    @Test
    void hintReaderRejectsInvalidUtf8AfterAcking() {
        Transcript t = new Transcript("00000002" + "c328");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HintReader(t.channel).nextHint(h -> { }))
                .isInstanceOf(MalformedHintException.class);
        assertThat(t.writtenHex()).isEqualTo("00");
    }

    @Test
    void aWholeSessionIsTheConcatenationOfItsExchanges() {
        // two requests back to back over one stream: framing must not over-read
        Map<PreimageKey, byte[]> store = new HashMap<>();
        StringBuilder in = new StringBuilder();
        StringBuilder expectedOut = new StringBuilder();
        for (Exchange x : exchangesForEveryKeyType()) {
            store.put(x.key, Hex.decode(x.preimageHex));
            in.append(x.keyHex);
            expectedOut.append(x.answerHex);
        }
        Transcript t = new Transcript(in.toString());
        OracleServer server = new OracleServer(t.channel);
        for (int i = 0; i < store.size(); i++) server.nextPreimageRequest(store::get);
        assertThat(t.writtenHex()).isEqualTo(hex(expectedOut.toString()));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
