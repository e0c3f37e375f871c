package io.kona4j.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.primitives.Hash;
import org.junit.jupiter.api.Test;

class OutputRootTest {
    /** kona's {@code output_root.rs} test vector: roots 0xbeef, 0xbabe, 0xc0de left-padded. */
    @Test
    void konaVector() {
        OutputRoot r = new OutputRoot(Hash.fromHex(String.format("0x%064x", 0xbeef)),
                Hash.fromHex(String.format("0x%064x", 0xbabe)), Hash.fromHex(String.format("0x%064x", 0xc0de)));
        assertThat(r.hash()).isEqualTo(Hash.fromHex("0x0c39fb6b07cf6694b13e63e59f7b15255be1c93a4d6d3e0da6c99729647c0d11"));
        assertThat(OutputRoot.decode(r.encode())).isEqualTo(r);
    }

    @Test
    void rejectsOtherVersionsAndLengths() {
        assertThatThrownBy(() -> OutputRoot.decode(new byte[127])).isInstanceOf(ProtocolException.class);
        byte[] v1 = new byte[128];
        v1[31] = 1;
        assertThatThrownBy(() -> OutputRoot.decode(v1)).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("version");
    }
}
