/**
 * The fault-proof client program: boot info, hints, caching oracle and oracle-backed providers.
 */
package io.kona4j.proof;
