package io.kona4j.proof.l1;

import io.kona4j.consensus.Eip1559Transaction;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.Log;
import io.kona4j.consensus.Receipt;
import io.kona4j.consensus.Transaction;
import io.kona4j.consensus.TxType;
import io.kona4j.derive.ChainProvider;
import io.kona4j.derive.errors.CriticalException;
import io.kona4j.derive.errors.PipelineError;
import io.kona4j.preimage.PreimageHashMismatchException;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import io.kona4j.proof.TestChains;
import io.kona4j.proof.TestOracle;
import io.kona4j.protocol.BlockInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OracleL1ChainProviderTest {
    final TestOracle oracle = new TestOracle();
    final List<Header> chain = TestChains.l1Chain(oracle, 100, 1_700_000_000L, 6);
    final Hash head = chain.get(5).hash();
    final OracleL1ChainProvider provider = new OracleL1ChainProvider(head, oracle);

    @Test
    void headerByHashSendsKonasHintThenRequestsTheKeccakKey() {
        Hash h = chain.get(2).hash();
        assertEquals(chain.get(2), provider.headerByHash(h));
        assertEquals(List.of("l1-block-header " + h), oracle.hints);
        assertEquals(List.of(PreimageKey.keccak256(h)), oracle.requests);
        assertEquals(0x02, oracle.requests.get(0).toArray()[0]);
    }

    @Test
    void blockInfoByNumberWalksParentsBackFromTheHead() {
        BlockInfo b = provider.blockInfoByNumber(101);
        assertEquals(new BlockInfo(chain.get(1).hash(), 101, chain.get(0).hash(), 1_700_000_012L), b);
        List<String> expected = new ArrayList<>();
        for (int i = 5; i >= 1; i--) expected.add("l1-block-header " + chain.get(i).hash());
        assertEquals(expected, oracle.hints);
        oracle.hints.clear();
        assertEquals(chain.get(3).hash(), provider.blockInfoByNumber(103).hash());
        assertEquals(List.of(), oracle.hints, "walked headers are remembered");
        assertEquals(chain.get(0).hash(), provider.blockInfoByNumber(100).hash());
        assertEquals(List.of("l1-block-header " + chain.get(0).hash()), oracle.hints, "only the new header");
    }

    @Test
    void aNumberPastTheHeadIsACriticalEndOfSource() {
        CriticalException e = assertThrows(CriticalException.class, () -> provider.blockInfoByNumber(106));
        assertEquals(PipelineError.END_OF_SOURCE, e.error());
    }

    @Test
    void transactionsAndReceiptsAreReadThroughTheHeadersTrieRoots() {
        List<byte[]> txs = new ArrayList<>();
        List<byte[]> receipts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Eip1559Transaction tx = new Eip1559Transaction(1, i, UInt256.ONE, UInt256.valueOf(10), 21_000,
                    Address.fromHex("0x00000000000000000000000000000000000000aa"), UInt256.valueOf(i), new byte[i],
                    List.of(), i & 1, UInt256.valueOf(1000 + i), UInt256.valueOf(2000 + i));
            txs.add(tx.encode());
            receipts.add(Receipt.of(TxType.EIP1559, true, 21_000L * (i + 1), List.of(new Log(Address.ZERO,
                    List.of(Hash.ZERO), new byte[]{(byte) i})))
                    .encode());
        }
        Hash txRoot = TestChains.putList(oracle, txs);
        Hash rcRoot = TestChains.putList(oracle, receipts);
        Header h = chain.get(5).toBuilder().transactionsRoot(txRoot).receiptsRoot(rcRoot).build();
        Hash hash = TestChains.putHeader(oracle, h);

        ChainProvider.BlockAndTransactions bt = provider.blockInfoAndTransactionsByHash(hash);
        assertEquals(20, bt.transactions().size());
        for (int i = 0; i < 20; i++) assertArrayEquals(txs.get(i), bt.transactions().get(i).encode());
        assertEquals(BlockInfo.of(h, hash), bt.blockInfo());
        List<Receipt> rs = provider.receiptsByHash(hash);
        assertEquals(20, rs.size());
        assertEquals(21_000L * 20, rs.get(19).cumulativeGasUsed());
        assertEquals(List.of("l1-block-header " + hash, "l1-transactions " + hash, "l1-block-header " + hash,
                "l1-receipts " + hash), oracle.hints);
    }

    @Test
    void aTamperedHeaderIsAHashMismatchNotData() {
        Hash h = chain.get(4).hash();
        byte[] rlp = chain.get(4).encode();
        rlp[rlp.length - 1] ^= 1;
        oracle.put(PreimageKey.keccak256(h), rlp);
        assertThrows(PreimageHashMismatchException.class, () -> provider.blockInfoByNumber(100));
    }

    @Test
    void aTamperedTrieNodeIsAHashMismatch() {
        List<byte[]> txs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            txs.add(new Eip1559Transaction(1, i, UInt256.ONE, UInt256.ONE, 21_000, Address.ZERO, UInt256.ZERO,
                    new byte[64], List.of(), 0, UInt256.ONE, UInt256.ONE).encode());
        }
        Hash root = TestChains.putList(oracle, txs);
        byte[] node = oracle.store.get(PreimageKey.keccak256(root)).clone();
        node[node.length - 1] ^= 1;
        oracle.put(PreimageKey.keccak256(root), node);
        Hash hash = TestChains.putHeader(oracle, chain.get(5).toBuilder().transactionsRoot(root).build());
        assertThrows(PreimageHashMismatchException.class, () -> provider.blockInfoAndTransactionsByHash(hash));
    }

    @Test
    void decodedTransactionsAreTheTypedOnes() {
        Hash root = TestChains.putList(oracle, List.of(new Eip1559Transaction(5, 0, UInt256.ONE, UInt256.ONE,
                21_000, Address.ZERO, UInt256.ZERO, new byte[0], List.of(), 0, UInt256.ONE, UInt256.ONE).encode()));
        Hash hash = TestChains.putHeader(oracle, chain.get(5).toBuilder().transactionsRoot(root).build());
        Transaction t = provider.blockInfoAndTransactionsByHash(hash).transactions().get(0);
        assertEquals(TxType.EIP1559, t.type());
    }
}
