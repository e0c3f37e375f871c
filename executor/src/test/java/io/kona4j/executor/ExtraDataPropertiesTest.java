package io.kona4j.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.executor.fee.DaFootprint;
import io.kona4j.executor.fee.FastLz;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class ExtraDataPropertiesTest {
    @Property
    void holoceneAndJovianRoundTrip(@ForAll @LongRange(min = 1, max = 0xffffffffL) long denominator,
                                    @ForAll @LongRange(min = 1, max = 0xffffffffL) long elasticity,
                                    @ForAll long minBaseFee) {
        ExtraData e = new ExtraData(new Eip1559Params(denominator, elasticity), minBaseFee);
        assertThat(ExtraData.decodeJovian(e.encodeJovian())).isEqualTo(e);
        assertThat(ExtraData.decodeHolocene(e.encodeHolocene())).isEqualTo(new ExtraData(e.params(), 0));
    }

    @Property
    void arbitraryBytesDecodeOrFailWithTheExecutorsError(@ForAll @Size(max = 40) byte[] extra) {
        for (int form = 0; form < 2; form++) {
            try {
                ExtraData e = form == 0 ? ExtraData.decodeHolocene(extra) : ExtraData.decodeJovian(extra);
                assertThat(form == 0 ? e.encodeHolocene() : e.encodeJovian()).isEqualTo(extra);
            } catch (InvalidBlockException expected) {
                // the only failure allowed
            }
        }
    }

    @Property
    void fastLzNeverFailsAndStaysWithinTheLiteralBound(@ForAll @Size(max = 5000) byte[] data,
                                                       @ForAll @IntRange(min = 0, max = 65535) int scalar) {
        int n = FastLz.compressedLength(data);
        // Worst case: every byte a literal, one extra byte per run of 32.
        assertThat(n).isBetween(0, data.length + (data.length + 31) / 32);
        assertThat(DaFootprint.ofCompressedLength(n, scalar)).isGreaterThanOrEqualTo(100L * scalar);
    }
}
