package io.kona4j.host.fetch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kona4j.consensus.Transaction;
import io.kona4j.host.rpc.LoopbackServer;
import io.kona4j.host.rpc.MalformedResponseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a node puts in a transaction object, reading it gives a transaction or a malformed-response error. */
class RpcTransactionsPropertyTest {
    private static final List<String> FIELDS = List.of("type", "nonce", "gasPrice", "gas", "to", "value", "input", "v",
            "r", "s", "chainId", "yParity", "maxPriorityFeePerGas", "maxFeePerGas", "maxFeePerBlobGas",
            "blobVersionedHashes", "accessList", "authorizationList", "sourceHash", "from", "mint", "isSystemTx");

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.of("0x0", "0x1", "0x2", "0x3", "0x4", "0x7e", "0x", "0x00", "0xzz", "", "12", "0x1b",
                        "0x" + "ff".repeat(33), "0x" + "11".repeat(20), "0x" + "22".repeat(32), "0x" + "00".repeat(8)),
                Arbitraries.strings().ofMaxLength(70));
    }

    @Property(tries = 2000)
    void anyTransactionObjectReadsOrIsMalformed(@ForAll("fieldMaps") Map<String, String> fields) {
        ObjectNode tx = LoopbackServer.JSON.createObjectNode();
        fields.forEach(tx::put);
        RpcJson j = new RpcJson("http://127.0.0.1:1", "eth_getBlockByHash");
        try {
            Transaction t = RpcTransactions.read(j, tx);
            assertThat(t.encode()).isNotEmpty();
        } catch (MalformedResponseException expected) {
            assertThat(expected.getMessage()).contains("eth_getBlockByHash");
        }
    }

    @Provide
    Arbitrary<Map<String, String>> fieldMaps() {
        return Arbitraries.maps(Arbitraries.of(FIELDS), values()).ofMaxSize(FIELDS.size());
    }
}
