package io.kona4j.conformance.trie;

import io.kona4j.conformance.KnownFailures;
import org.junit.jupiter.api.Test;

class TrieTestsSuiteTest {
    @Test
    void everyTrieTestPasses() throws Exception {
        KnownFailures.runAndCheck("trie");
    }
}
