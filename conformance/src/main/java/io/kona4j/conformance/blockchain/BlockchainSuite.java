package io.kona4j.conformance.blockchain;

import io.kona4j.conformance.Suite;
import io.kona4j.conformance.SuiteReport;
import io.kona4j.conformance.TestData;
import java.nio.file.Path;
import java.util.List;

/** ethereum/tests BlockchainTests ValidBlocks and InvalidBlocks (Cancun): block import and rejection. */
public final class BlockchainSuite implements Suite {
    @Override
    public String name() {
        return "blockchain";
    }

    @Override
    public String description() {
        return "ethereum/tests BlockchainTests {ValidBlocks,InvalidBlocks} (Cancun): import, reject bad blocks, head hash";
    }

    @Override
    public List<Path> defaultPaths(TestData data) {
        return List.of(data.testdata("ethereum-tests/BlockchainTests/ValidBlocks"),
                data.testdata("ethereum-tests/BlockchainTests/InvalidBlocks"));
    }

    @Override
    public void run(List<Path> paths, SuiteReport report) throws Exception {
        new BlockchainTestRunner(null).run(paths, report);
    }
}
