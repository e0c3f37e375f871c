package io.kona4j.primitives.rlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.primitives.Hex;
import io.kona4j.primitives.PrimitivesException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class RlpTest {
    @Test
    void encodesTheYellowPaperExamples() {
        assertThat(Hex.encode(RlpWriter.encodeBytes("dog".getBytes()))).isEqualTo("0x83646f67");
        assertThat(Hex.encode(new RlpWriter().startList().writeBytes("cat".getBytes()).writeBytes("dog".getBytes())
                .endList().toByteArray())).isEqualTo("0xc88363617483646f67");
        assertThat(Hex.encode(RlpWriter.encodeBytes(new byte[0]))).isEqualTo("0x80");
        assertThat(Hex.encode(new RlpWriter().startList().endList().toByteArray())).isEqualTo("0xc0");
        assertThat(Hex.encode(RlpWriter.encodeLong(0))).isEqualTo("0x80");
        assertThat(Hex.encode(RlpWriter.encodeLong(15))).isEqualTo("0x0f");
        assertThat(Hex.encode(RlpWriter.encodeLong(1024))).isEqualTo("0x820400");
        // [ [], [[]], [ [], [[]] ] ]
        RlpWriter w = new RlpWriter().startList().startList().endList().startList().startList().endList().endList()
                .startList().startList().endList().startList().startList().endList().endList().endList().endList();
        assertThat(Hex.encode(w.toByteArray())).isEqualTo("0xc7c0c1c0c3c0c1c0");
        byte[] lorem = "Lorem ipsum dolor sit amet, consectetur adipisicing elit".getBytes();
        assertThat(Hex.encode(RlpWriter.encodeBytes(lorem)).substring(0, 8)).isEqualTo("0xb8384c");
    }

    @Test
    void rejectsNonCanonicalInput() {
        assertThatThrownBy(() -> RlpItem.decode(Hex.decode("8100"))).isInstanceOf(RlpException.class);
        assertThatThrownBy(() -> RlpItem.decode(Hex.decode("b80100"))).isInstanceOf(RlpException.class);
        assertThatThrownBy(() -> RlpItem.decode(Hex.decode("8300"))).isInstanceOf(RlpException.class);
        assertThatThrownBy(() -> RlpItem.decode(Hex.decode("8080"))).isInstanceOf(RlpException.class);
        assertThatThrownBy(() -> RlpItem.decode(Hex.decode("b9003800"))).isInstanceOf(RlpException.class);
        assertThatThrownBy(() -> RlpReader.of(Hex.decode("820001")).readLong()).isInstanceOf(RlpException.class);
        assertThatThrownBy(() -> RlpItem.decode(Hex.decode("bbffffffff"))).isInstanceOf(RlpException.class);
    }

    @Property(tries = 2000)
    void arbitraryBytesDecodeOrFailCleanly(@ForAll byte[] in) {
        try {
            RlpItem item = RlpItem.decode(in);
            assertThat(item.encode()).isEqualTo(in);
        } catch (PrimitivesException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
