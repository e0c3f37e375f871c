package io.kona4j.proof;

import io.kona4j.preimage.BufferLengthMismatchException;
import io.kona4j.preimage.PreimageKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CachingOracleTest {
    @Test
    void hitsAreServedFromTheCacheAndHintsAlwaysPass() {
        MapOracle oracle = new MapOracle();
        oracle.store.put(PreimageKey.local(1), new byte[] {1, 2, 3});
        CachingOracle cache = new CachingOracle(4, oracle, oracle);
        cache.write("l2-code 0x00");
        assertThat(cache.get(PreimageKey.local(1))).containsExactly(1, 2, 3);
        cache.write("l2-code 0x00");
        byte[] buf = new byte[3];
        cache.getExact(PreimageKey.local(1), buf);
        assertThat(buf).containsExactly(1, 2, 3);
        assertThat(oracle.requests).isEqualTo(1);
        assertThat(oracle.hints).hasSize(2);
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isEqualTo(1);
    }

    @Test
    void wrapsAnyOracleAndHintWriterJoinedAsOneClient() {
        MapOracle oracle = new MapOracle();
        oracle.store.put(PreimageKey.local(2), new byte[] {5});
        java.util.List<String> hints = new java.util.ArrayList<>();
        CachingOracle cache = new CachingOracle(2, io.kona4j.preimage.CommsClient.of(oracle, hints::add), hints::add);
        cache.write("l2-code 0x01");
        assertThat(cache.get(PreimageKey.local(2))).containsExactly(5);
        io.kona4j.preimage.CommsClient joined = io.kona4j.preimage.CommsClient.of(cache, cache);
        joined.write("l2-code 0x02");
        byte[] one = new byte[1];
        joined.getExact(PreimageKey.local(2), one);
        assertThat(one).containsExactly(5);
        assertThat(hints).containsExactly("l2-code 0x01", "l2-code 0x02");
        assertThat(oracle.requests).isEqualTo(1);
    }

    @Test
    void callersCannotCorruptTheCache() {
        MapOracle oracle = new MapOracle();
        oracle.store.put(PreimageKey.local(1), new byte[] {1, 2, 3});
        CachingOracle cache = new CachingOracle(4, oracle, oracle);
        cache.get(PreimageKey.local(1))[0] = 9;
        assertThat(cache.get(PreimageKey.local(1))).containsExactly(1, 2, 3);
    }

    @Test
    void leastRecentlyUsedIsEvictedFirst() {
        MapOracle oracle = new MapOracle();
        for (int i = 1; i <= 4; i++) oracle.store.put(PreimageKey.local(i), new byte[] {(byte) i});
        CachingOracle cache = new CachingOracle(3, oracle, oracle);
        cache.get(PreimageKey.local(1));
        cache.get(PreimageKey.local(2));
        cache.get(PreimageKey.local(3));
        cache.get(PreimageKey.local(1));          // 2 is now the eldest
        cache.get(PreimageKey.local(4));          // evicts 2
        assertThat(cache.size()).isEqualTo(3);
        int before = oracle.requests;
        cache.get(PreimageKey.local(1));
        cache.get(PreimageKey.local(3));
        cache.get(PreimageKey.local(4));
        assertThat(oracle.requests).isEqualTo(before);
        cache.get(PreimageKey.local(2));
        assertThat(oracle.requests).isEqualTo(before + 1);
    }

    @Test
    void getExactChecksTheLengthOfACachedValue() {
        MapOracle oracle = new MapOracle();
        oracle.store.put(PreimageKey.local(1), new byte[] {1, 2, 3});
        CachingOracle cache = new CachingOracle(4, oracle, oracle);
        cache.get(PreimageKey.local(1));
        assertThatThrownBy(() -> cache.getExact(PreimageKey.local(1), new byte[32]))
                .isInstanceOf(BufferLengthMismatchException.class);
        cache.flush();
        assertThat(cache.size()).isZero();
    }
}
