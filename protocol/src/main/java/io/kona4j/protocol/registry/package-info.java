/**
 * Reading and writing rollup configs: kona's JSON (op-node's rollup.json is accepted too), superchain-registry TOML,
 * and the built-in registry of OP Mainnet, OP Sepolia, Base and Base Sepolia.
 */
package io.kona4j.protocol.registry;
