package io.kona4j.protocol.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Encodings worked out by hand from the spec layouts (PROTOCOL.md §1.3, §1.4, §1.8). */
class BatchVectorsByHandTest {
    @Test
    void frameLayout() {
        Frame f = new Frame(ChannelId.of(Hex.decode("00112233445566778899aabbccddeeff")), 0x0102, new byte[] {(byte) 0xAB}, true);
        assertThat(Hex.encode(Frame.toBatcherData(List.of(f))))
                .isEqualTo("0x00" + "00112233445566778899aabbccddeeff" + "0102" + "00000001" + "ab" + "01");
    }

    @Test
    void singularBatchLayout() {
        Hash p = Hash.fromHex("0x" + "11".repeat(32));
        Hash e = Hash.fromHex("0x" + "22".repeat(32));
        SingularBatch b = new SingularBatch(p, 5, e, 0x0100, List.of(new byte[] {0x7f}));
        // 0x00 ‖ list(33 + 1 + 33 + 3 + 2 = 72 bytes: long form f848)
        assertThat(Hex.encode(b.encode())).isEqualTo("0x00f848a0" + "11".repeat(32) + "05a0" + "22".repeat(32)
                + "820100" + "c17f");
    }

    @Test
    void spanBatchWithoutTransactions() {
        Hash parent = Hash.fromHex("0x" + "aa".repeat(32));
        Hash origin = Hash.fromHex("0x" + "bb".repeat(32));
        List<SingularBatch> blocks = List.of(new SingularBatch(parent, 7, origin, 1_300, List.of()),
                new SingularBatch(Hash.ZERO, 7, origin, 1_302, List.of()),
                new SingularBatch(Hash.ZERO, 8, origin, 1_304, List.of()));
        RawSpanBatch raw = SpanBatch.fromSingularBatches(blocks, true, 1_000, 10).toRaw();
        // rel ts 300 = ac02, origin 8, checks, 3 blocks, bits 0b101, three zero counts, empty tx columns
        assertThat(Hex.encode(raw.encode())).isEqualTo("0x01" + "ac02" + "08" + "aa".repeat(20) + "bb".repeat(20)
                + "03" + "05" + "000000");
        SpanBatch derived = SpanBatch.derive(raw, 2, 1_000, 10);
        assertThat(derived.startEpochNumber()).isEqualTo(7);
        assertThat(derived.finalTimestamp()).isEqualTo(1_304);
    }

    @Test
    void blobLayout() {
        byte[] data = new byte[130];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i + 1);
        byte[] blob = BlobData.encode(data);
        assertThat(blob[1]).isEqualTo((byte) 0);
        assertThat(Hex.encodeNoPrefix(blob, 2, 3)).isEqualTo("000082");
        assertThat(blob[5]).isEqualTo((byte) 1);
        assertThat(blob[31]).isEqualTo((byte) 27);
        // x = data[27] = 28: chunk A = 28 & 0x3F, its top bits go to field element 1's chunk
        assertThat(blob[0]).isEqualTo((byte) 28);
        assertThat(blob[33]).isEqualTo((byte) 29);
        // y = data[28+31] = 60: B = (60 & 0x0F) | ((28 & 0xC0) >> 2) = 12
        assertThat(blob[32]).isEqualTo((byte) 12);
        // round 1 starts with data[123] = 124 at blob[129]
        assertThat(blob[129]).isEqualTo((byte) 124);
        assertThat(BlobData.decode(blob)).isEqualTo(data);
        blob[BlobData.BLOB_SIZE - 1] = 1;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BlobData.decode(blob)).isInstanceOf(BlobException.class);
    }

    /** A one-block, one-transaction span batch body written out by hand (PROTOCOL.md §1.8 layout). */
    static byte[] oneTxSpan(String txData, String protectedBits) {
        return Hex.decode("00" + "00" + "00".repeat(40) // rel ts, origin, parent check, origin check
                + "01" + "00" + "01" // 1 block, origin bits, 1 tx
                + "00" + "00" // contract creation bits, y parity bits
                + "00".repeat(31) + "01" + "00".repeat(31) + "02" // r = 1, s = 2
                + "11".repeat(20) // to
                + txData + "05" + "0a" + protectedBits); // nonce 5, gas 10
    }

    @Test
    void spanTxTypesAndLegacyV() {
        // type 2: [value, tip, feeCap, data, accessList]
        byte[] typed = SpanBatch.derive(RawSpanBatch.decode(oneTxSpan("02c580808080c0", "")), 2, 0, 10).elements().get(0)
                .transactions().get(0);
        assertThat(Hex.encode(typed)).isEqualTo("0x02" + "e0" + "0a" + "05" + "80" + "80" + "0a" + "94" + "11".repeat(20)
                + "80" + "80" + "c0" + "80" + "01" + "02");
        // legacy, protected: v = 2·10 + 35 + 0 = 55 (0x37); unprotected: v = 27 (0x1b)
        byte[] prot = SpanBatch.derive(RawSpanBatch.decode(oneTxSpan("c3808080", "01")), 2, 0, 10).elements().get(0)
                .transactions().get(0);
        assertThat(Hex.encode(prot)).isEqualTo("0xdd" + "05" + "80" + "0a" + "94" + "11".repeat(20) + "80" + "80" + "37"
                + "01" + "02");
        byte[] unprot = SpanBatch.derive(RawSpanBatch.decode(oneTxSpan("c3808080", "00")), 2, 0, 10).elements().get(0)
                .transactions().get(0);
        assertThat(unprot[unprot.length - 3]).isEqualTo((byte) 0x1b);
        // any other type decodes (op-node reads tx_datas opaquely) but fails to derive
        RawSpanBatch blob = RawSpanBatch.decode(oneTxSpan("03c0", ""));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SpanBatch.derive(blob, 2, 0, 10))
                .isInstanceOf(BatchFormatException.class).hasMessageContaining("unsupported type 3");
        // a protected bit set beyond the one legacy transaction is a broken bit list
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RawSpanBatch.decode(oneTxSpan("c3808080", "02")))
                .isInstanceOf(BatchFormatException.class).hasMessageContaining("protected bits");
    }
}
