/**
 * JSON-RPC style codecs (Jackson streaming) for the consensus types: headers, transactions, receipts, blocks and
 * OP payload attributes, with the field names and hex quantities that Ethereum and OP nodes serve. Malformed JSON
 * gives a {@link io.kona4j.consensus.ConsensusException} naming the field.
 */
package io.kona4j.consensus.json;
