package io.kona4j.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.crypto.Secp256k1;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.UInt256;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionTest {
    /** The signed example transaction of EIP-155 (chain id 1, key 0x4646…46). */
    private static final String EIP155_TX = "0xf86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a7"
            + "6400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800"
            + "ccf555c9f3dc64214b297fb1966a3b6d83";

    @Test
    void decodesTheEip155Example() {
        Transaction tx = Transaction.decode(Hex.decode(EIP155_TX));
        assertThat(tx).isInstanceOf(LegacyTransaction.class);
        LegacyTransaction legacy = (LegacyTransaction) tx;
        assertThat(legacy.nonce()).isEqualTo(9);
        assertThat(legacy.chainId()).isEqualTo(1);
        assertThat(legacy.gasPrice()).isEqualTo(UInt256.valueOf(20_000_000_000L));
        assertThat(Hex.encode(legacy.signingHash()))
                .isEqualTo("0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53");
        assertThat(tx.sender()).isEqualTo(Address.fromHex("0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f"));
        assertThat(Hex.encode(tx.encode())).isEqualTo(EIP155_TX);
        assertThat(IntrinsicGas.of(tx, EthereumFork.CANCUN).gas()).isEqualTo(21_000);
    }

    @Test
    void blockWithAllTransactionTypesDecodesAndRecoversEverySender() throws Exception {
        var fixture = TestFiles.json("ethereum-tests/BlockchainTests/ValidBlocks/bcEIP4844-blobtransactions/"
                + "blockWithAllTransactionTypes.json");
        int checked = 0;
        for (var test : fixture) {
            for (var b : test.get("blocks")) {
                byte[] rlp = Hex.decode(b.get("rlp").asText());
                Block block = Block.decode(rlp);
                assertThat(block.encode()).isEqualTo(rlp);
                assertThat(block.hash().toHex()).isEqualTo(b.get("blockHeader").get("hash").asText());
                var txs = b.get("transactions");
                assertThat(block.transactions()).hasSize(txs.size());
                for (int i = 0; i < txs.size(); i++) {
                    Transaction tx = block.transactions().get(i);
                    assertThat(tx.sender().toHex()).isEqualTo(txs.get(i).get("sender").asText());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(3);
    }

    @Test
    void signedTransactionsRoundTrip() {
        byte[] key = Hex.decode("4646464646464646464646464646464646464646464646464646464646464646");
        Address to = Address.fromHex("0x3535353535353535353535353535353535353535");
        Eip1559Transaction unsigned = new Eip1559Transaction(10, 3, UInt256.valueOf(2), UInt256.valueOf(100), 50_000,
                to, UInt256.ONE, Hex.decode("0x00ff"), List.of(new AccessListEntry(to, List.of())), 0, UInt256.ONE,
                UInt256.ONE);
        var sig = Secp256k1.signHash(unsigned.signingHash(), key);
        Eip1559Transaction signed = new Eip1559Transaction(10, 3, UInt256.valueOf(2), UInt256.valueOf(100), 50_000, to,
                UInt256.ONE, Hex.decode("0x00ff"), unsigned.accessList(), sig.recoveryId(),
                UInt256.fromBigInteger(sig.r()), UInt256.fromBigInteger(sig.s()));
        Transaction back = Transaction.decode(signed.encode());
        assertThat(back).isEqualTo(signed);
        assertThat(back.sender()).isEqualTo(Secp256k1.addressOf(key));
        assertThat(back.hash()).isEqualTo(signed.hash());
        // 21000 + 4 + 16 + 2400 (one address, no keys); Prague floor 21000 + 10·(1 + 4)
        assertThat(IntrinsicGas.of(back, EthereumFork.PRAGUE)).isEqualTo(new IntrinsicGas(23_420, 21_050));
    }

    @Test
    void rejectsMalformedEnvelopes() {
        assertThatThrownBy(() -> Transaction.decode(new byte[0])).isInstanceOf(ConsensusException.class);
        assertThatThrownBy(() -> Transaction.decode(Hex.decode("0x05c0"))).isInstanceOf(ConsensusException.class)
                .hasMessageContaining("unknown transaction type 0x05");
        assertThatThrownBy(() -> Transaction.decode(Hex.decode(EIP155_TX + "00"))).isInstanceOf(ConsensusException.class)
                .hasMessageContaining("trailing");
        assertThatThrownBy(() -> Transaction.decode(Hex.decode("0x02c0"))).isInstanceOf(ConsensusException.class);
    }
}
