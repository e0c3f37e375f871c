package io.kona4j.conformance.state;

import io.kona4j.conformance.Suite;
import io.kona4j.conformance.SuiteReport;
import io.kona4j.conformance.TestData;
import io.kona4j.evm.SpecId;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

/** ethereum/tests GeneralStateTests under Cancun, Shanghai and Paris (the forks OP Ecotone, Canyon, Bedrock use). */
public final class StateSuite implements Suite {
    @Override
    public String name() {
        return "state";
    }

    @Override
    public String description() {
        return "ethereum/tests GeneralStateTests (Cancun, Shanghai, Paris): post-state root and logs";
    }

    @Override
    public List<Path> defaultPaths(TestData data) {
        return List.of(data.testdata("ethereum-tests/GeneralStateTests"));
    }

    @Override
    public void run(List<Path> paths, SuiteReport report) throws Exception {
        new StateTestRunner(EnumSet.of(SpecId.PARIS, SpecId.SHANGHAI, SpecId.CANCUN), null, null).run(paths, report);
    }
}
