package io.kona4j.protocol.hardforks;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.consensus.DepositTransaction;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.protocol.HardForks;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.TestChains;
import io.kona4j.protocol.deposits.DepositSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values from PROTOCOL.md §1.11 (keccak-verified there) and kona's hardfork tests. */
class UpgradeTransactionsTest {
    @Test
    void countsPerFork() {
        assertThat(UpgradeTransactions.ecotone()).hasSize(6);
        assertThat(UpgradeTransactions.fjord()).hasSize(3);
        assertThat(UpgradeTransactions.isthmus()).hasSize(8);
        assertThat(UpgradeTransactions.jovian()).hasSize(5);
        assertThat(UpgradeTransactions.interop()).hasSize(4);
    }

    @Test
    void selectors() {
        assertThat(Hex.encode(UpgradeTransactions.UPGRADE_TO)).isEqualTo("0x3659cfe6");
        assertThat(Hex.encode(UpgradeTransactions.selector("setEcotone()"))).isEqualTo("0x22b90ab3");
        assertThat(Hex.encode(UpgradeTransactions.selector("setFjord()"))).isEqualTo("0x8e98b106");
        assertThat(Hex.encode(UpgradeTransactions.selector("setIsthmus()"))).isEqualTo("0x291b0383");
        assertThat(Hex.encode(UpgradeTransactions.selector("setJovian()"))).isEqualTo("0xb3d72079");
    }

    @Test
    void createAddresses() {
        assertThat(UpgradeTransactions.createAddress(UpgradeTransactions.deployer(0)))
                .isEqualTo(Address.fromHex("0x07dbe8500fc591d1852B76feE44d5a05e13097Ff"));
        assertThat(UpgradeTransactions.createAddress(UpgradeTransactions.deployer(1)))
                .isEqualTo(Address.fromHex("0xb528D11cC114E026F138fE568744c6D45ce6Da7A"));
        assertThat(UpgradeTransactions.createAddress(UpgradeTransactions.deployer(2)))
                .isEqualTo(Address.fromHex("0xa919894851548179A0750865e7974DA599C0Fac7"));
        assertThat(UpgradeTransactions.createAddress(UpgradeTransactions.deployer(3)))
                .isEqualTo(Address.fromHex("0xFf256497D61dcd71a9e9Ff43967C13fdE1F72D12"));
        assertThat(UpgradeTransactions.createAddress(UpgradeTransactions.deployer(4)))
                .isEqualTo(Address.fromHex("0x93e57A196454CB919193fa9946f14943cf733845"));
        assertThat(UpgradeTransactions.createAddress(UpgradeTransactions.deployer(5)))
                .isEqualTo(Address.fromHex("0x4fa2Be8cd41504037F1838BcE3bCC93bC68Ff537"));
        assertThat(UpgradeTransactions.createAddress(UpgradeTransactions.deployer(6)))
                .isEqualTo(Address.fromHex("0x3Ba4007f5C922FBb33C454B41ea7a1f11E83df2C"));
        assertThat(UpgradeTransactions.createAddress(UpgradeTransactions.deployer(7)))
                .isEqualTo(Address.fromHex("0x4f1db3c6AbD250ba86E0928471A8F7DB3AFd88F1"));
        assertThat(UpgradeTransactions.createAddress(UpgradeTransactions.EIP4788_SENDER))
                .isEqualTo(Address.fromHex("0x000F3df6D732807Ef1319fB7B8bB8522d0Beac02"));
        assertThat(UpgradeTransactions.createAddress(UpgradeTransactions.EIP2935_SENDER))
                .isEqualTo(Address.fromHex("0x0000F90827F1C53a10cb7A02335B175320002935"));
    }

    @Test
    void jovianSourceHashesAreTheImplementationsNotTheSpecs() {
        List<DepositTransaction> j = UpgradeTransactions.jovian();
        assertThat(j.get(0).sourceHash()).isEqualTo(h("0xbb1a656f65401240fac3db12e7a79ebb954b11e62f7626eb11691539b798d3bf"));
        assertThat(j.get(1).sourceHash()).isEqualTo(h("0xf3275f829340521028f9ad5bce4ecb1c64a45d448794effa2a77674627338e76"));
        assertThat(j.get(2).sourceHash()).isEqualTo(h("0x239b7021a6c2cf3a918481242bbb5a9499057f24501539467536c691bb133962"));
        assertThat(j.get(3).sourceHash()).isEqualTo(h("0xa70c60aa53b8c1c0d52b39b1e901e7d7c09f7819595cb24048a6bb1983b401ff"));
        assertThat(j.get(4).sourceHash()).isEqualTo(h("0xe836db6a959371756f8941be3e962d000f7e12a32e49e2c9ca42ba177a92716c"));
        assertThat(DepositSource.upgrade("Jovian: L1Block Deployment"))
                .as("the spec's intent gives another hash")
                .isEqualTo(h("0x98faf23b9795967bc0b1c543144739d50dba3ea40420e77ad6ca9848dbfb62e8"));
        assertThat(j.get(0).gasLimit()).isEqualTo(447_315);
        assertThat(j.get(2).gasLimit()).isEqualTo(1_750_714);
    }

    @Test
    void sourceHashPrefixesFromProtocolMd() {
        assertThat(UpgradeTransactions.ecotone().get(0).sourceHash().toHex()).startsWith("0x877a6077").endsWith("46f8");
        assertThat(UpgradeTransactions.ecotone().get(1).sourceHash().toHex()).startsWith("0xa312b451").endsWith("cf42");
        assertThat(UpgradeTransactions.ecotone().get(4).sourceHash().toHex()).startsWith("0x0c1cb38e").endsWith("5f93");
        assertThat(UpgradeTransactions.ecotone().get(5).sourceHash().toHex()).startsWith("0x69b763c4").endsWith("c00c");
        assertThat(UpgradeTransactions.fjord().get(0).sourceHash().toHex()).startsWith("0x86122c53").endsWith("8ea3");
        assertThat(UpgradeTransactions.isthmus().get(6).sourceHash().toHex()).startsWith("0x3ddf4b13").endsWith("5319");
        assertThat(UpgradeTransactions.isthmus().get(7).sourceHash().toHex()).startsWith("0xbfb734da").endsWith("553a");
        for (List<DepositTransaction> set : List.of(UpgradeTransactions.ecotone(), UpgradeTransactions.fjord(),
                UpgradeTransactions.isthmus(), UpgradeTransactions.jovian(), UpgradeTransactions.interop())) {
            for (DepositTransaction t : set) {
                assertThat(t.mint().isZero()).isTrue();
                assertThat(t.value().isZero()).isTrue();
                assertThat(t.isSystemTransaction()).isFalse();
            }
        }
    }

    @Test
    void forBlockOrdersForksActivatingTogether() {
        RollupConfig c = TestChains.rollup(HardForks.through(Hardfork.DELTA, 0).with(Hardfork.ECOTONE, 10L)
                .with(Hardfork.FJORD, 10L).with(Hardfork.GRANITE, 10L).with(Hardfork.HOLOCENE, 10L)
                .with(Hardfork.ISTHMUS, 20L).with(Hardfork.JOVIAN, 20L));
        assertThat(UpgradeTransactions.forBlock(c, 8)).isEmpty();
        List<DepositTransaction> at10 = UpgradeTransactions.forBlock(c, 10);
        assertThat(at10).hasSize(9);
        assertThat(at10.subList(0, 6)).isEqualTo(UpgradeTransactions.ecotone());
        assertThat(at10.subList(6, 9)).isEqualTo(UpgradeTransactions.fjord());
        assertThat(UpgradeTransactions.forBlock(c, 12)).isEmpty();
        List<DepositTransaction> at20 = UpgradeTransactions.forBlock(c, 20);
        assertThat(at20.subList(0, 8)).isEqualTo(UpgradeTransactions.isthmus());
        assertThat(at20.subList(8, 13)).isEqualTo(UpgradeTransactions.jovian());
    }

    private static Hash h(String s) {
        return Hash.fromHex(s);
    }
}
