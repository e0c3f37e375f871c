package io.kona4j.proof.hint;

import io.kona4j.preimage.HintReader;
import io.kona4j.preimage.HintWriter;
import io.kona4j.preimage.StreamChannel;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every hint type's string and bytes on the hint channel, written out by hand from Kona's format (KONA-NOTES §2.9):
 * {@code u32 BE length ‖ "<type> 0x<hex>"}, answered by the single ack byte.
 */
class HintWireTest {
    private static final Hash H = Hash.fromHex("0x" + "1f".repeat(32));
    private static final String HX = "1f".repeat(32);
    private static final Address A = Address.fromHex("0x4200000000000000000000000000000000000016");
    private static final String AX = "4200000000000000000000000000000000000016";

    /** hint → its exact wire string. */
    private static Map<Hint, String> everyType() {
        Map<Hint, String> m = new LinkedHashMap<>();
        m.put(Hint.l1BlockHeader(H), "l1-block-header 0x" + HX);
        m.put(Hint.l1Transactions(H), "l1-transactions 0x" + HX);
        m.put(Hint.l1Receipts(H), "l1-receipts 0x" + HX);
        m.put(Hint.l1Blob(H, 3, 1_700_000_000L), "l1-blob 0x" + HX + "0000000000000003" + "000000006553f100");
        m.put(Hint.l1Precompile(Address.fromHex("0x0000000000000000000000000000000000000001"), 3000, Hex.decode("deadbeef")),
                "l1-precompile 0x" + "0000000000000000000000000000000000000001" + "0000000000000bb8" + "deadbeef");
        m.put(Hint.l2BlockHeader(H), "l2-block-header 0x" + HX);
        m.put(Hint.l2Transactions(H), "l2-transactions 0x" + HX);
        m.put(Hint.l2Code(H), "l2-code 0x" + HX);
        m.put(Hint.startingL2Output(H), "starting-l2-output 0x" + HX);
        m.put(Hint.l2StateNode(H), "l2-state-node 0x" + HX);
        m.put(Hint.l2AccountProof(100, A), "l2-account-proof 0x" + "0000000000000064" + AX);
        m.put(Hint.l2AccountStorageProof(100, A, H), "l2-account-storage-proof 0x" + "0000000000000064" + AX + HX);
        // {"a":1} = 7b 22 61 22 3a 31 7d
        m.put(Hint.l2PayloadWitness(H, "{\"a\":1}".getBytes(StandardCharsets.UTF_8)),
                "l2-payload-witness 0x" + HX + "7b2261223a317d");
        return m;
    }

    @Test
    void theWireNamesAreKonas() {
        assertThat(java.util.Arrays.stream(HintType.values()).map(HintType::wireName)).containsExactly(
                "l1-block-header", "l1-transactions", "l1-receipts", "l1-blob", "l1-precompile", "l2-block-header",
                "l2-transactions", "l2-code", "starting-l2-output", "l2-state-node", "l2-account-proof",
                "l2-account-storage-proof", "l2-payload-witness");
    }

    @Test
    void everyTypeEncodesToItsExactString() {
        Map<Hint, String> m = everyType();
        assertThat(m.keySet().stream().map(Hint::type)).containsExactly(HintType.values());
        m.forEach((hint, wire) -> {
            assertThat(hint.encode()).isEqualTo(wire);
            assertThat(Hint.parse(wire)).isEqualTo(hint);
            hint.checkLayout();
        });
    }

    @Test
    void everyTypeTravelsAsLengthPrefixedAsciiAndIsAcked() {
        for (Map.Entry<Hint, String> e : everyType().entrySet()) {
            byte[] ascii = e.getValue().getBytes(StandardCharsets.US_ASCII);
            String expected = String.format("%08x", ascii.length) + Hex.encodeNoPrefix(ascii);

            ByteArrayOutputStream clientOut = new ByteArrayOutputStream();
            e.getKey().send(new HintWriter(StreamChannel.of("client", new ByteArrayInputStream(new byte[] {0}), clientOut)));
            assertThat(Hex.encodeNoPrefix(clientOut.toByteArray())).isEqualTo(expected);

            ByteArrayOutputStream hostOut = new ByteArrayOutputStream();
            List<Hint> routed = new ArrayList<>();
            new HintReader(StreamChannel.of("host", new ByteArrayInputStream(clientOut.toByteArray()), hostOut))
                    .nextHint(s -> routed.add(Hint.parse(s).checkLayout()));
            assertThat(routed).containsExactly(e.getKey());
            assertThat(hostOut.toByteArray()).containsExactly(0);
        }
    }

    @Test
    void byteLengthsOfTheLayouts() {
        assertThat(Hint.l1Blob(H, 0, 0).dataLength()).isEqualTo(48);
        assertThat(Hint.l2AccountProof(0, A).dataLength()).isEqualTo(28);
        assertThat(Hint.l2AccountStorageProof(0, A, H).dataLength()).isEqualTo(60);
        assertThat(Hint.l1Precompile(A, 0, new byte[0]).dataLength()).isEqualTo(28);
    }

    @Test
    void fieldsReadBackFromTheirOffsets() {
        Hint blob = Hint.l1Blob(H, 7, 1_700_000_000L);
        assertThat(blob.hashAt(0)).isEqualTo(H);
        assertThat(blob.u64At(32)).isEqualTo(7);
        assertThat(blob.u64At(40)).isEqualTo(1_700_000_000L);
        Hint proof = Hint.l2AccountStorageProof(100, A, H);
        assertThat(proof.u64At(0)).isEqualTo(100);
        assertThat(proof.addressAt(8)).isEqualTo(A);
        assertThat(proof.hashAt(28)).isEqualTo(H);
        assertThat(Hint.l1Precompile(A, 5, Hex.decode("0102")).tail(28)).containsExactly(1, 2);
        assertThatThrownBy(() -> blob.hashAt(20)).isInstanceOf(HintParsingException.class);
    }

    @Test
    void malformedHintsAreRejected() {
        for (String bad : new String[] {"l1-block-header", "l1-block-header  0x00", "l1-block-header 0x00 0x00",
                "l1-header 0x00", "l1-block-header 0xzz", "l1-block-header 0x0", ""}) {
            assertThatThrownBy(() -> Hint.parse(bad)).as(bad).isInstanceOf(HintParsingException.class);
        }
        assertThat(Hint.parse("l2-code 0x").dataLength()).isZero();
        assertThat(Hint.parse("l2-code " + HX).encode()).isEqualTo("l2-code 0x" + HX);
        assertThatThrownBy(() -> Hint.parse("l2-code 0x00").checkLayout()).isInstanceOf(HintParsingException.class);
        assertThatThrownBy(() -> Hint.parse("l1-blob 0x" + HX + "0000000000000003").checkLayout())
                .isInstanceOf(HintParsingException.class).hasMessageContaining("exactly 48");
        assertThatThrownBy(() -> Hint.parse("l1-precompile 0x" + AX).checkLayout())
                .isInstanceOf(HintParsingException.class).hasMessageContaining("at least 28");
    }

    @Property
    void anyStringParsesOrIsAHintParsingException(@ForAll String s) {
        try {
            Hint h = Hint.parse(s);
            assertThat(Hint.parse(h.encode())).isEqualTo(h);
        } catch (HintParsingException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property
    void encodeParseRoundTrips(@ForAll HintType type, @ForAll byte[] data) {
        Hint h = Hint.of(type, data);
        assertThat(Hint.parse(h.encode())).isEqualTo(h);
    }
}
