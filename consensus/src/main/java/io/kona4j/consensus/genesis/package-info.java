/**
 * Genesis: a geth-format genesis definition ({@link io.kona4j.consensus.genesis.Genesis}, read by
 * {@link io.kona4j.consensus.json.GenesisJson}) turned into its state trie ({@link io.kona4j.consensus.genesis.GenesisState})
 * and its block header for the forks active at genesis time. Used for superchain-registry chains and the devnet.
 */
package io.kona4j.consensus.genesis;
