package io.kona4j.protocol.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.RollupConfigException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Mutated configs read as a config or fail with {@link RollupConfigException}, never anything else. */
class RollupConfigJsonPropertiesTest {
    @Property(tries = 1000)
    void mutatedJsonReadsOrFailsTyped(@ForAll("mutations") String json) {
        try {
            RollupConfig c = RollupConfigJson.read(json);
            assertThat(RollupConfigJson.read(RollupConfigJson.write(c))).isEqualTo(c);
        } catch (RollupConfigException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> mutations() {
        String base = RollupConfigJsonTest.KONA;
        Arbitrary<Integer> at = Arbitraries.integers().between(0, base.length() - 1);
        Arbitrary<Integer> len = Arbitraries.integers().between(0, 12);
        Arbitrary<String> insert = Arbitraries.of("", "0", "-1", "\"x\"", "null", "{}", "[]", "0x", "99999999999999999999",
                "\"0xzz\"", "1e3", "true");
        return Combinators.combine(at, len, insert).as((i, n, s) ->
                base.substring(0, i) + s + base.substring(Math.min(base.length(), i + n)));
    }
}
