package io.kona4j.consensus.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kona4j.consensus.Block;
import io.kona4j.consensus.Bloom;
import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.DepositTransaction;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.Log;
import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.consensus.Receipt;
import io.kona4j.consensus.Transaction;
import io.kona4j.consensus.TxType;
import io.kona4j.consensus.Withdrawal;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.UInt256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The RPC JSON codecs against the real OP Sepolia data in {@code kona-executor/extracted}. */
class JsonCodecTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] BLOCKS = {"26207960", "26207961", "26207962", "26207963", "26208858"};

    private static Path extracted(String rel) {
        String shared = System.getProperty("kona4j.shared", "../../shared");
        return Path.of(shared, "testdata", "kona-executor", "extracted").resolve(rel);
    }

    private static JsonNode fixture(String block) throws IOException {
        return MAPPER.readTree(extracted("block-" + block + "/fixture.json").toFile());
    }

    @Test
    void parentHeaderHashesToThePreviousFixturesExpectedBlockHash() throws IOException {
        for (int i = 0; i + 1 < 4; i++) {
            Header next = HeaderJson.fromTree(fixture(BLOCKS[i + 1]).get("parent_header"));
            assertThat(next.hash().toHex()).isEqualTo(fixture(BLOCKS[i]).get("expected_block_hash").asText());
        }
    }

    @Test
    void headersRoundTripFieldForField() throws IOException {
        JsonNode expected = MAPPER.readTree(extracted("expected_headers_from_next_fixture.json").toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Header h = HeaderJson.fromTree(e.getValue());
            assertThat(h.number()).isEqualTo(Long.parseLong(e.getKey()));
            JsonNode back = MAPPER.readTree(HeaderJson.toJson(h));
            for (Iterator<String> names = e.getValue().fieldNames(); names.hasNext(); ) {
                String name = names.next();
                assertThat(back.get(name)).as(name).isEqualTo(e.getValue().get(name));
            }
            assertThat(back.get("hash").asText()).isEqualTo(h.hash().toHex());
            assertThat(HeaderJson.parse(HeaderJson.toJson(h))).isEqualTo(h);
            assertThat(Header.decode(h.encode())).isEqualTo(h);
        }
    }

    @Test
    void payloadAttributesOfEveryFixture() throws IOException {
        for (String block : BLOCKS) {
            JsonNode raw = fixture(block).get("executing_payload");
            OpPayloadAttributes a = OpPayloadAttributesJson.fromTree(raw);
            assertThat(a.timestamp()).isEqualTo(Long.decode(raw.get("timestamp").asText()));
            assertThat(a.gasLimit()).isEqualTo(0x3938700L);
            // eip1559Params 0x000000fa00000006: denominator 250, elasticity 6 (OP Sepolia after Holocene).
            assertThat(a.eip1559Denominator()).isEqualTo(250);
            assertThat(a.eip1559Elasticity()).isEqualTo(6);
            assertThat(a.withdrawals()).isNull();
            assertThat(a.minBaseFee()).isNull();
            assertThat(a.transactions()).hasSize(raw.get("transactions").size());
            List<Transaction> txs = a.decodedTransactions();
            // The L1-info deposit comes first: from the depositor account to the L1Block predeploy.
            DepositTransaction info = (DepositTransaction) txs.get(0);
            assertThat(info.from()).isEqualTo(Address.fromHex("0xdeaddeaddeaddeaddeaddeaddeaddeaddead0001"));
            assertThat(info.to()).isEqualTo(Address.fromHex("0x4200000000000000000000000000000000000015"));
            OpPayloadAttributes back = OpPayloadAttributesJson.parse(OpPayloadAttributesJson.toJson(a));
            assertThat(back).isEqualTo(a);
        }
    }

    @Test
    void everyFixtureTransactionRoundTripsThroughJson() throws IOException {
        int n = 0;
        for (String block : BLOCKS) {
            for (JsonNode hex : fixture(block).get("executing_payload").get("transactions")) {
                byte[] raw = Hex.decode(hex.asText());
                Transaction tx = Transaction.decode(raw);
                String json = TransactionJson.toJson(tx);
                Transaction back = TransactionJson.parse(json);
                assertThat(back.encode()).isEqualTo(raw);
                n++;
            }
        }
        assertThat(n).isEqualTo(10 + 12 + 48 + 32 + 20);
    }

    @Test
    void blockRoundTrips() throws IOException {
        JsonNode f = fixture("26207961");
        Header parent = HeaderJson.fromTree(f.get("parent_header"));
        List<Transaction> txs = new ArrayList<>();
        for (JsonNode hex : fixture("26207960").get("executing_payload").get("transactions")) {
            txs.add(Transaction.decode(Hex.decode(hex.asText())));
        }
        Block b = new Block(parent, txs, List.of(), List.of(new Withdrawal(1, 2, Address.ZERO, 3)));
        Block back = BlockJson.parse(BlockJson.toJson(b));
        assertThat(back.encode()).isEqualTo(b.encode());
        assertThat(Block.decode(b.encode()).encode()).isEqualTo(b.encode());
    }

    @Test
    void depositTransactionJsonAsOpGethServesIt() {
        String json = """
                {"type":"0x7e","sourceHash":"0x77efb5d9d697e7e37fffcb8b904e28df49667b73d9fc17515eb0e4a0c377d3db",
                 "from":"0xdeaddeaddeaddeaddeaddeaddeaddeaddead0001","to":"0x4200000000000000000000000000000000000015",
                 "mint":"0x0","value":"0x0","gas":"0xf4240","isSystemTx":false,"input":"0x1234",
                 "nonce":"0x18fe6d7","gasPrice":"0x0","v":"0x0","r":"0x0","s":"0x0","depositReceiptVersion":"0x1",
                 "blockHash":"0x01","transactionIndex":"0x0"}""";
        DepositTransaction d = (DepositTransaction) TransactionJson.parse(json);
        assertThat(d.gasLimit()).isEqualTo(1_000_000);
        assertThat(d.isSystemTransaction()).isFalse();
        assertThat(d.input()).containsExactly(0x12, 0x34);
        assertThat(d.mint()).isEqualTo(UInt256.ZERO);
    }

    @Test
    void depositReceiptWithNonceAndVersion() {
        String json = """
                {"type":"0x7e","status":"0x1","cumulativeGasUsed":"0xb6d1","logsBloom":"0x%s",
                 "logs":[{"address":"0x4200000000000000000000000000000000000015","topics":
                 ["0x1111111111111111111111111111111111111111111111111111111111111111"],"data":"0xabcd",
                 "blockNumber":"0x1","logIndex":"0x0","removed":false}],
                 "depositNonce":"0x5","depositReceiptVersion":"0x1","gasUsed":"0xb6d1","effectiveGasPrice":"0x0"}"""
                .formatted("00".repeat(256));
        Receipt r = ReceiptJson.parse(json);
        assertThat(r.type()).isEqualTo(TxType.DEPOSIT);
        assertThat(r.status()).isTrue();
        assertThat(r.cumulativeGasUsed()).isEqualTo(0xb6d1);
        assertThat(r.depositNonce()).isEqualTo(5);
        assertThat(r.depositReceiptVersion()).isEqualTo(1);
        assertThat(r.logs()).containsExactly(new Log(Address.fromHex("0x4200000000000000000000000000000000000015"),
                List.of(Hash.fromHex("0x" + "11".repeat(32))), new byte[] {(byte) 0xab, (byte) 0xcd}));
        assertThat(ReceiptJson.parse(ReceiptJson.toJson(r))).isEqualTo(r);
        Receipt legacy = Receipt.of(TxType.LEGACY, false, 21000, List.of());
        assertThat(ReceiptJson.parse(ReceiptJson.toJson(legacy))).isEqualTo(legacy);
        assertThat(legacy.logsBloom()).isEqualTo(Bloom.EMPTY);
    }

    @Test
    void badJsonNamesTheField() {
        assertThatThrownBy(() -> HeaderJson.parse("{\"number\":\"0x1\"}"))
                .isInstanceOf(ConsensusException.class).hasMessageContaining("'parentHash'");
        assertThatThrownBy(() -> HeaderJson.parse("{\"parentHash\":\"0x12\"}"))
                .isInstanceOf(ConsensusException.class).hasMessageContaining("'parentHash' must be 32 bytes");
        assertThatThrownBy(() -> OpPayloadAttributesJson.parse("{\"timestamp\":\"0x1\",\"eip1559Params\":\"0x00\"}"))
                .isInstanceOf(ConsensusException.class).hasMessageContaining("eip1559Params");
        assertThatThrownBy(() -> TransactionJson.parse("{\"type\":\"0x2\",\"nonce\":\"0x10000000000000000\"}"))
                .isInstanceOf(ConsensusException.class).hasMessageContaining("64 bits");
        assertThatThrownBy(() -> ReceiptJson.parse("{\"status\":\"0x2\"}")).isInstanceOf(ConsensusException.class);
        assertThatThrownBy(() -> BlockJson.parse("{\"transactions\":[\"0x01\"]}"))
                .isInstanceOf(ConsensusException.class).hasMessageContaining("hashes");
        assertThatThrownBy(() -> HeaderJson.parse("{")).isInstanceOf(ConsensusException.class);
        assertThatThrownBy(() -> HeaderJson.parse("[]")).isInstanceOf(ConsensusException.class);
        assertThatThrownBy(() -> HeaderJson.parse("")).isInstanceOf(ConsensusException.class);
    }

    @Test
    void aTransactionHashThatDisagreesWithItsFieldsIsRejected() throws IOException {
        byte[] raw = Hex.decode(fixture("26207960").get("executing_payload").get("transactions").get(1).asText());
        String json = TransactionJson.toJson(Transaction.decode(raw));
        String tampered = json.replaceFirst("\"nonce\":\"0x", "\"nonce\":\"0x1");
        assertThatThrownBy(() -> TransactionJson.parse(tampered)).isInstanceOf(ConsensusException.class)
                .hasMessageContaining("hash");
    }

    @Property(tries = 300)
    void arbitraryTextGivesAValueOrAConsensusException(@ForAll String text) {
        for (var reader : List.<java.util.function.Function<String, Object>>of(HeaderJson::parse,
                TransactionJson::parse, ReceiptJson::parse, BlockJson::parse, OpPayloadAttributesJson::parse)) {
            try {
                reader.apply(text);
            } catch (ConsensusException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    @Property(tries = 300)
    void mutatedFixtureJsonGivesAValueOrAConsensusException(@ForAll int position, @ForAll char replacement)
            throws IOException {
        String json = Files.readString(extracted("expected_headers_from_next_fixture.json"));
        JsonNode one = MAPPER.readTree(json).get("26207960");
        String text = one.toString();
        int i = Math.floorMod(position, text.length());
        String mutated = text.substring(0, i) + replacement + text.substring(i + 1);
        try {
            HeaderJson.parse(mutated);
        } catch (ConsensusException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
