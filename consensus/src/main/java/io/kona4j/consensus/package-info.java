/**
 * The Ethereum and OP data model: headers for every fork, transactions (legacy to EIP-7702 and OP deposits),
 * receipts, logs, blooms, blocks, with their RLP and RPC-JSON codecs.
 */
package io.kona4j.consensus;
