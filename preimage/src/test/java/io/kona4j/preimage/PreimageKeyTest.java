package io.kona4j.preimage;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.kona4j.preimage.Transcript.bcKeccak;
import static io.kona4j.preimage.Transcript.zeros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreimageKeyTest {
    private static final byte[] HELLO = "hello".getBytes(StandardCharsets.US_ASCII);
    // keccak256("hello") and sha256("hello"), the well-known digests.
    private static final String KECCAK_HELLO = "1c8aff950685c2ed4bc3174f3472287b56d9517b9c948127319a09a7a36deac8";
    private static final String SHA256_HELLO = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

    @Test
    void typeBytesAreThoseOfTheSpec() {
        assertThat(PreimageKeyType.LOCAL.code()).isEqualTo((byte) 1);
        assertThat(PreimageKeyType.KECCAK256.code()).isEqualTo((byte) 2);
        assertThat(PreimageKeyType.GLOBAL_GENERIC.code()).isEqualTo((byte) 3);
        assertThat(PreimageKeyType.SHA256.code()).isEqualTo((byte) 4);
        assertThat(PreimageKeyType.BLOB.code()).isEqualTo((byte) 5);
        assertThat(PreimageKeyType.PRECOMPILE.code()).isEqualTo((byte) 6);
        for (int b : new int[] {0, 7, 128, 129, 255}) {
            assertThatThrownBy(() -> PreimageKeyType.fromCode(b)).isInstanceOf(InvalidPreimageKeyException.class);
        }
    }

    @Test
    void localKeyCarriesItsIndexInTheLastEightBytes() {
        assertThat(PreimageKey.local(1).toHex()).isEqualTo("0x01" + zeros(30) + "01");
        assertThat(PreimageKey.local(7).toHex()).isEqualTo("0x01" + zeros(30) + "07");
        assertThat(PreimageKey.local(0x0102030405060708L).toHex()).isEqualTo("0x01" + zeros(23) + "0102030405060708");
        assertThat(PreimageKey.local(5).localIndex()).isEqualTo(5);
        assertThatThrownBy(() -> PreimageKey.fromHex("0x01" + "ff" + zeros(29) + "01").localIndex())
                .isInstanceOf(InvalidPreimageKeyException.class);
    }

    @Test
    void globalKeysOverwriteTheDigestsFirstByte() {
        assertThat(PreimageKey.keccak256Of(HELLO).toHex()).isEqualTo("0x02" + KECCAK_HELLO.substring(2));
        assertThat(PreimageKey.keccak256(Hash.fromHex(KECCAK_HELLO)).toHex()).isEqualTo("0x02" + KECCAK_HELLO.substring(2));
        assertThat(PreimageKey.sha256Of(HELLO).toHex()).isEqualTo("0x04" + SHA256_HELLO.substring(2));
        assertThat(PreimageKey.of(Hash.fromHex("0x" + "ff".repeat(32)), PreimageKeyType.LOCAL).toHex())
                .isEqualTo("0x01" + "ff".repeat(31));
    }

    @Test
    void blobKeyHashesCommitmentAndZ() {
        byte[] commitment = Hex.decode("c0" + zeros(47));
        byte[] z = Hex.decode(zeros(31) + "01");
        byte[] expected = bcKeccak(commitment, z);
        expected[0] = 5;
        assertThat(PreimageKey.blob(commitment, z).toArray()).isEqualTo(expected);
        assertThatThrownBy(() -> PreimageKey.blob(new byte[47], z)).isInstanceOf(InvalidPreimageKeyException.class);
    }

    @Test
    void precompileKeyHashesAddressGasAndInput() {
        byte[] input = Hex.decode("aa".repeat(128));
        byte[] expected = bcKeccak(Hex.decode(zeros(19) + "01"), Hex.decode("0000000000000bb8"), input);
        expected[0] = 6;
        assertThat(PreimageKey.precompile(Address.fromHex("0x" + zeros(19) + "01"), 3000, input).toArray()).isEqualTo(expected);
    }

    @Test
    void checkPreimageVerifiesOnlyDigestKeys() {
        PreimageKey.keccak256Of(HELLO).checkPreimage(HELLO);
        PreimageKey.sha256Of(HELLO).checkPreimage(HELLO);
        assertThatThrownBy(() -> PreimageKey.keccak256Of(HELLO).checkPreimage("hellO".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(PreimageHashMismatchException.class);
        assertThatThrownBy(() -> PreimageKey.sha256Of(HELLO).checkPreimage(new byte[0]))
                .isInstanceOf(PreimageHashMismatchException.class);
        PreimageKey.local(1).checkPreimage(HELLO);
        PreimageKey.blob(new byte[48], new byte[32]).checkPreimage(HELLO);
    }

    @Property
    void anyThirtyTwoBytesParseOrAreRejectedWithTheModulesError(@ForAll @Size(32) byte[] raw) {
        try {
            PreimageKey key = PreimageKey.fromBytes(raw);
            assertThat(key.toArray()).isEqualTo(raw);
            assertThat(key.type().code()).isEqualTo(raw[0]);
            assertThat(PreimageKey.fromHex(key.toHex())).isEqualTo(key);
        } catch (InvalidPreimageKeyException e) {
            assertThat(raw[0] == 0 || (raw[0] & 0xff) > 6).isTrue();
        }
    }

    @Property
    void anyLengthOtherThanThirtyTwoIsRejected(@ForAll @Size(max = 64) byte[] raw) {
        if (raw.length == 32) return;
        assertThatThrownBy(() -> PreimageKey.fromBytes(raw)).isInstanceOf(InvalidPreimageKeyException.class);
    }
}
