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

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    /** A length prefix may claim up to 4 GiB; the reader must check it against the input before allocating. */
    @Property(tries = 2000)
    void allocationStaysProportionalToTheInput(@ForAll @net.jqwik.api.constraints.Size(max = 300) byte[] tail,
                                               @ForAll @net.jqwik.api.constraints.IntRange(min = 0xb8, max = 0xff) int prefix) {
        byte[] in = new byte[tail.length + 1];
        in[0] = (byte) prefix;
        System.arraycopy(tail, 0, in, 1, tail.length);
        decodeQuietly(in); // the first run bootstraps each error message's string concatenation
        long before = THREADS.getCurrentThreadAllocatedBytes();
        String error = decodeQuietly(in);
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
        assertThat(error).isNotNull();
        assertThat(allocated).isLessThan(64 * 1024 + 32L * in.length);
    }

    private static String decodeQuietly(byte[] in) {
        try {
            RlpItem.decode(in);
            return "";
        } catch (PrimitivesException e) {
            return e.getMessage();
        }
    }
}
