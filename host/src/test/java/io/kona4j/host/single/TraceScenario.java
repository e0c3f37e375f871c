package io.kona4j.host.single;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kona4j.consensus.Header;
import io.kona4j.host.backend.RefetchPolicy;
import io.kona4j.host.rpc.LoopbackServer;
import io.kona4j.mpt.SecureTrie;
import io.kona4j.mpt.TrieAccount;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.proof.BootInfo;
import io.kona4j.protocol.Predeploys;
import io.kona4j.protocol.registry.Chains;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An OP Sepolia agreed head (real header 26207960 over a state holding the message passer) served by loopback L1,
 * beacon and L2 nodes: enough for the real client's boot, safe-head and claim checks (trace extension, claims before
 * the safe head). The agreed output root is the spec formula over it, worked out here.
 */
final class TraceScenario implements AutoCloseable {
    static final RefetchPolicy FAST = new RefetchPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(20));

    final Header head;
    final Hash agreedRoot;
    final LoopbackServer l1;
    final LoopbackServer beacon;
    final LoopbackServer l2;

    TraceScenario(ChainFixture fx) throws Exception {
        Hash passerStorage = Keccak256.hash("passer storage".getBytes(StandardCharsets.UTF_8));
        SecureTrie state = SecureTrie.empty();
        state.put(Predeploys.L2_TO_L1_MESSAGE_PASSER.unsafeBytes(),
                new TrieAccount(0, UInt256.ONE, passerStorage, Hash.EMPTY_CODE_HASH).encode());
        head = fx.headers.get(26207960L).toBuilder().stateRoot(state.rootHash()).build();
        agreedRoot = Keccak256.hash(Bytes.concat(new byte[32], state.rootHash().toArray(), passerStorage.toArray(),
                head.hash().toArray()));
        List<byte[]> proof = state.trie().proof(SecureTrie.accountKey(Predeploys.L2_TO_L1_MESSAGE_PASSER));
        l1 = fx.serveNode(new LoopbackServer(), Map.of());
        beacon = new LoopbackServer();
        l2 = fx.serveNode(new LoopbackServer(), Map.of(head.hash(), head.encode()))
                .onRpcResult("eth_getProof", p -> {
                    ObjectNode o = LoopbackServer.JSON.createObjectNode();
                    ArrayNode a = o.putArray("accountProof");
                    proof.forEach(n -> a.add(Hex.encode(n)));
                    o.putArray("storageProof");
                    return o;
                });
    }

    BootInfo boot(Hash claimedRoot, long claimedBlock) {
        return new BootInfo(Keccak256.hash(new byte[] {9}), agreedRoot, claimedRoot, claimedBlock, Chains.OP_SEPOLIA);
    }

    SingleChainHostConfig online(BootInfo boot, Path dataDir) {
        return new SingleChainHostConfig(boot, head.hash(), l1.uri(), beacon.uri(), l2.uri(), dataDir, null, null,
                false, ChainFixture.RPC, FAST);
    }

    static SingleChainHostConfig offline(BootInfo boot, Hash agreedHead, Path dataDir) {
        return new SingleChainHostConfig(boot, agreedHead, null, null, null, dataDir, null, null, false,
                ChainFixture.RPC, FAST);
    }

    int requests() {
        return l1.requests().size() + beacon.requests().size() + l2.requests().size();
    }

    @Override
    public void close() {
        l1.close();
        beacon.close();
        l2.close();
    }
}
