package io.kona4j.conformance.opvectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.conformance.SuiteReport;
import io.kona4j.conformance.TestData;
import org.junit.jupiter.api.Test;

class BatchVectorsTest {
    @Test
    void everyBatchVectorPasses() throws Exception {
        SuiteReport report = new SuiteReport(System.out, true);
        BatchVectors.run(TestData.locate().testdata("op-vectors"), report);
        assertThat(report.failures()).isEmpty();
        assertThat(report.passed()).isEqualTo(3);
    }
}
