package io.kona4j.host.single;

import io.kona4j.consensus.Header;
import io.kona4j.consensus.Transaction;
import io.kona4j.crypto.kzg.EthKzgBlobKzg;
import io.kona4j.derive.ChainProvider;
import io.kona4j.derive.sources.IndexedBlobHash;
import io.kona4j.host.HostStats;
import io.kona4j.host.backend.OnlineHostBackend;
import io.kona4j.host.kv.CheckedKeyValueStore;
import io.kona4j.host.kv.MemoryKeyValueStore;
import io.kona4j.host.rpc.LoopbackServer;
import io.kona4j.host.rpc.LoopbackServer.Reply;
import io.kona4j.preimage.BufferLengthMismatchException;
import io.kona4j.preimage.CommsClient;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.preimage.PreimageOracleClient;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.proof.l1.OracleBlobProvider;
import io.kona4j.proof.l1.OracleL1ChainProvider;
import io.kona4j.protocol.BlockInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's own oracle-backed providers (proof module: Kona's hint strings and keys) reading through the online
 * backend: every hint they send is routed, fetched from the loopback nodes and served back, so the host half and the
 * client half agree on every key. The blob comes back KZG-checked by the client.
 */
@Timeout(120)
class ClientProvidersOverHostTest {
    @Test
    void l1HeadersTransactionsAndBlobsRoundTripThroughTheHost() throws Exception {
        ChainFixture fx = new ChainFixture();
        byte[] blob = new byte[131072];
        for (int i = 0; i < 4096; i++) Bytes.writeLongBE(i * 31L + 5, blob, i * 32 + 24);
        byte[] commitment = EthKzgBlobKzg.instance().blobToCommitment(blob);
        byte[] vh = MessageDigest.getInstance("SHA-256").digest(commitment);
        vh[0] = 0x01;
        Hash versionedHash = Hash.wrap(vh);
        try (LoopbackServer l1 = fx.serveNode(new LoopbackServer(), Map.of());
             LoopbackServer beacon = new LoopbackServer()
                     .onGet("/eth/v1/config/spec", p -> Reply.json(200, "{\"data\":{\"SECONDS_PER_SLOT\":\"12\"}}"))
                     .onGet("/eth/v1/beacon/genesis", p -> Reply.json(200, "{\"data\":{\"genesis_time\":\"0\"}}"))
                     .onGet("/eth/v1/beacon/blobs/" + fx.block61.timestamp() / 12,
                             p -> Reply.json(200, "{\"data\":[\"" + Hex.encode(blob) + "\"]}"));
             LoopbackServer l2 = new LoopbackServer();
             SingleChainProviders providers = new SingleChainProviders(l1.uri(), beacon.uri(), l2.uri(), ChainFixture.RPC)) {
            HostStats stats = new HostStats();
            OnlineHostBackend backend = new OnlineHostBackend(new CheckedKeyValueStore(new MemoryKeyValueStore()),
                    new SingleChainHintHandler(providers, Hash.ZERO, Hash.ZERO, false, w -> { }), Set.of(),
                    TraceScenario.FAST, stats);
            CommsClient client = CommsClient.of(new PreimageOracleClient() {
                @Override
                public byte[] get(PreimageKey key) {
                    return backend.getPreimage(key);
                }

                @Override
                public void getExact(PreimageKey key, byte[] buffer) {
                    byte[] v = backend.getPreimage(key);
                    if (v.length != buffer.length) throw new BufferLengthMismatchException(key, v.length, buffer.length);
                    System.arraycopy(v, 0, buffer, 0, v.length);
                }
            }, backend::routeHint);

            OracleL1ChainProvider chain = new OracleL1ChainProvider(fx.block61.hash(), client);
            Header h = chain.headerByHash(fx.block61.hash());
            assertThat(h).isEqualTo(fx.block61);
            ChainProvider.BlockAndTransactions bt = chain.blockInfoAndTransactionsByHash(fx.block61.hash());
            assertThat(bt.transactions()).hasSize(12);
            List<Transaction> txs = bt.transactions();
            for (int i = 0; i < 12; i++) assertThat(txs.get(i).encode()).isEqualTo(fx.txs61.get(i));
            assertThat(chain.blockInfoByNumber(fx.block61.number() - 1).hash())
                    .isEqualTo(fx.headers.get(26207960L).hash());

            OracleBlobProvider blobs = new OracleBlobProvider(client, EthKzgBlobKzg.instance());
            List<byte[]> got = blobs.getAndValidateBlobs(BlockInfo.of(fx.block61),
                    List.of(new IndexedBlobHash(0, versionedHash)));
            assertThat(got).singleElement().isEqualTo(blob);
            assertThat(stats.fetchFailures()).isZero();
        }
    }
}
