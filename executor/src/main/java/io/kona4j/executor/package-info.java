/**
 * The stateless OP block builder: executes payload attributes over a trie witness and assembles the header.
 */
package io.kona4j.executor;
