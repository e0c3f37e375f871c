package io.kona4j.evm.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.evm.BlockEnv;
import io.kona4j.evm.BlockHashLookup;
import io.kona4j.evm.Evm;
import io.kona4j.evm.Message;
import io.kona4j.evm.SpecId;
import io.kona4j.evm.state.InMemoryState;
import io.kona4j.evm.state.JournaledState;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.UInt256;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandardJsonTracerTest {
    @Test
    void writesTheEip3155FieldsOfEveryStep() {
        Address sender = Address.fromHex("0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b");
        Address target = Address.fromHex("0x095e7baea6a6c7c4c2dfeb977efac326af552d87");
        InMemoryState pre = new InMemoryState();
        pre.put(sender, 0, UInt256.valueOf(1_000_000_000L), new byte[0], Map.of());
        // PUSH1 2, PUSH1 3, ADD, PUSH1 0, MSTORE, STOP
        pre.put(target, 0, UInt256.ZERO, Hex.decode("0x600260030160005200"), Map.of());
        BlockEnv env = new BlockEnv(1, 1000, Address.ZERO, 30_000_000, UInt256.valueOf(7), Hash.ZERO, UInt256.ONE,
                BlockHashLookup.NONE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Evm(SpecId.CANCUN, 1).transact(Message.call(sender, target, UInt256.ZERO, new byte[0], 100_000), env,
                new JournaledState(pre), new StandardJsonTracer(new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        // 100,000 − 21,000 = 79,000 = 0x13498 to start; PUSH1/ADD cost 3, MSTORE 3 + 3 for the first memory word
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "{\"pc\":0,\"op\":96,\"gas\":\"0x13498\",\"gasCost\":\"0x3\",\"memSize\":0,\"stack\":[],\"depth\":1,"
                        + "\"returnData\":\"0x\",\"refund\":\"0x0\",\"opName\":\"PUSH1\"}",
                "{\"pc\":2,\"op\":96,\"gas\":\"0x13495\",\"gasCost\":\"0x3\",\"memSize\":0,\"stack\":[\"0x2\"],\"depth\":1,"
                        + "\"returnData\":\"0x\",\"refund\":\"0x0\",\"opName\":\"PUSH1\"}",
                "{\"pc\":4,\"op\":1,\"gas\":\"0x13492\",\"gasCost\":\"0x3\",\"memSize\":0,\"stack\":[\"0x2\",\"0x3\"],"
                        + "\"depth\":1,\"returnData\":\"0x\",\"refund\":\"0x0\",\"opName\":\"ADD\"}",
                "{\"pc\":5,\"op\":96,\"gas\":\"0x1348f\",\"gasCost\":\"0x3\",\"memSize\":0,\"stack\":[\"0x5\"],\"depth\":1,"
                        + "\"returnData\":\"0x\",\"refund\":\"0x0\",\"opName\":\"PUSH1\"}",
                "{\"pc\":7,\"op\":82,\"gas\":\"0x1348c\",\"gasCost\":\"0x6\",\"memSize\":0,\"stack\":[\"0x5\",\"0x0\"],"
                        + "\"depth\":1,\"returnData\":\"0x\",\"refund\":\"0x0\",\"opName\":\"MSTORE\"}",
                "{\"pc\":8,\"op\":0,\"gas\":\"0x13486\",\"gasCost\":\"0x0\",\"memSize\":32,\"stack\":[],\"depth\":1,"
                        + "\"returnData\":\"0x\",\"refund\":\"0x0\",\"opName\":\"STOP\"}",
                "{\"output\":\"\",\"gasLeft\":\"0x13486\"}");
    }
}
