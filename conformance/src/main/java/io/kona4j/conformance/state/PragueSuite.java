package io.kona4j.conformance.state;

import io.kona4j.conformance.FixtureSkips;
import io.kona4j.conformance.Suite;
import io.kona4j.conformance.SuiteReport;
import io.kona4j.conformance.TestData;
import io.kona4j.evm.SpecId;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

/**
 * EEST Prague state tests and evmone's state tests, Prague cases (OP Isthmus): EIP-7702, 2537, 7623, 2935. The
 * snapshot predates Prague's final rules in places; those cases are named in {@code fixture-skips/prague.txt}
 * with the EIP change that outdated them (see {@link FixtureSkips}).
 */
public final class PragueSuite implements Suite {
    @Override
    public String name() {
        return "prague";
    }

    @Override
    public String description() {
        return "EEST eest-prague/state_tests + evmone_tests, Prague cases: post-state root and logs";
    }

    @Override
    public List<Path> defaultPaths(TestData data) {
        return List.of(data.testdata("eest-prague/state_tests"), data.testdata("eest-prague/evmone_tests"));
    }

    @Override
    public void run(List<Path> paths, SuiteReport report) throws Exception {
        new StateTestRunner(EnumSet.of(SpecId.PRAGUE), null, null, FixtureSkips.forSuite(name())).run(paths, report);
    }
}
