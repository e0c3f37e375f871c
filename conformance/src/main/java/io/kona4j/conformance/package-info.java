/**
 * Runners for the external conformance suites under ../shared/testdata, shared by the CLI and the tests.
 */
package io.kona4j.conformance;
