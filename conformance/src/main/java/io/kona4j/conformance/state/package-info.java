/**
 * State-test suites: {@code state} (ethereum/tests GeneralStateTests, Cancun/Shanghai/Paris) and {@code prague}
 * (EEST Prague), both on {@link io.kona4j.conformance.state.StateTestRunner}.
 */
package io.kona4j.conformance.state;
