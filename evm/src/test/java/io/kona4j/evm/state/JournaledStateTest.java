package io.kona4j.evm.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournaledStateTest {
    private static final Address A = Address.fromHex("0x00000000000000000000000000000000000000aa");
    private static final Address B = Address.fromHex("0x00000000000000000000000000000000000000bb");

    private static InMemoryState pre() {
        InMemoryState s = new InMemoryState();
        s.put(A, 1, UInt256.valueOf(100), new byte[] {0x00}, Map.of(UInt256.ONE, UInt256.valueOf(7)));
        return s;
    }

    @Test
    void revertUndoesEverySinceTheSnapshot() {
        JournaledState s = new JournaledState(pre());
        s.setStorage(A, UInt256.ONE, UInt256.valueOf(8));
        int snap = s.snapshot();
        s.setStorage(A, UInt256.ONE, UInt256.valueOf(9));
        s.addBalance(B, UInt256.valueOf(5));
        s.warmAddress(B);
        s.addRefund(4800);
        s.revertToSnapshot(snap);
        assertThat(s.storage(A, UInt256.ONE)).isEqualTo(UInt256.valueOf(8));
        assertThat(s.originalStorage(A, UInt256.ONE)).isEqualTo(UInt256.valueOf(7));
        assertThat(s.exists(B)).isFalse();
        assertThat(s.isWarm(B)).isFalse();
        assertThat(s.refund()).isZero();
    }

    @Test
    void finalizeDeletesTouchedEmptyAccountsAndCommitsOriginals() {
        InMemoryState pre = pre();
        JournaledState s = new JournaledState(pre);
        s.addBalance(B, UInt256.ZERO);
        s.setStorage(A, UInt256.ONE, UInt256.ZERO);
        s.finalizeTransaction(true);
        assertThat(s.exists(B)).isFalse();
        assertThat(s.originalStorage(A, UInt256.ONE)).isEqualTo(UInt256.ZERO);
        pre.apply(s.changes());
        assertThat(pre.storageOf(A)).isEmpty();
        assertThat(pre.account(B)).isNull();
    }

    @Test
    void emptyStateHasTheEmptyTrieRoot() {
        assertThat(new InMemoryState().stateRoot()).isEqualTo(Hash.EMPTY_TRIE_ROOT);
    }
}
