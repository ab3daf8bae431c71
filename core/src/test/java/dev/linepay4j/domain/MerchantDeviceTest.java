package dev.linepay4j.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MerchantDeviceTest {

    @Test
    void bothPartsGivenMakeADevice() {
        MerchantDevice device = MerchantDevice.of("POS-0042", "POS");

        assertThat(device.profileId()).isEqualTo("POS-0042");
        assertThat(device.type()).isEqualTo("POS");
    }

    @Test
    void neitherPartGivenMeansNoDevice() {
        assertThat(MerchantDevice.ofNullable(null, null)).isEmpty();
    }

    @Test
    void bothPartsGivenAsNullableMakeADevice() {
        assertThat(MerchantDevice.ofNullable("POS-0042", "POS")).contains(new MerchantDevice("POS-0042", "POS"));
    }

    @Test
    void aProfileIdWithoutTypeIsRefused() {
        ValidationException e = (ValidationException) catchThrowable(() -> MerchantDevice.ofNullable("POS-0042", null));

        assertThat(e.violations()).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("X-LINE-MerchantDeviceType"))
                .satisfies(v -> assertThat(v.message()).contains("set both device headers or neither"));
    }

    @Test
    void aTypeWithoutProfileIdIsRefused() {
        ValidationException e = (ValidationException) catchThrowable(() -> MerchantDevice.ofNullable(null, "POS"));

        assertThat(e.violations()).extracting(Violation::field).containsExactly("X-LINE-MerchantDeviceProfileId");
    }

    @Test
    void aLoneGivenPartIsStillCheckedForHeaderSafety() {
        ValidationException e = (ValidationException) catchThrowable(
                () -> MerchantDevice.ofNullable("POS\r\nX-Evil: 1", null));

        assertThat(e.violations()).extracting(Violation::field)
                .containsExactly("X-LINE-MerchantDeviceType", "X-LINE-MerchantDeviceProfileId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POS\r\nX-Evil: 1", "POS\n", "P\tOS", "端末", "POS\u007f"})
    void valuesThatAreNotPrintableAsciiNeverReachAHeader(String value) {
        assertThatThrownBy(() -> MerchantDevice.of(value, "POS"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("X-LINE-MerchantDeviceProfileId: must be printable ASCII");
    }

    @ParameterizedTest
    @ValueSource(strings = {" POS", "POS "})
    void spacesAtEitherEndAreRefusedBecauseHttpStripsThem(String value) {
        assertThatThrownBy(() -> MerchantDevice.of("POS-1", value))
                .hasMessageContaining("X-LINE-MerchantDeviceType: must not start or end with a space");
    }

    @Test
    void aSpaceInsideIsAllowed() {
        assertThat(MerchantDevice.of("Front desk 2", "POS").profileId()).isEqualTo("Front desk 2");
    }

    @Test
    void aHundredCharactersAreAcceptedAndOneMoreIsRefused() {
        assertThat(MerchantDevice.of("p".repeat(100), "POS").profileId()).hasSize(100);
        assertThatThrownBy(() -> MerchantDevice.of("p".repeat(101), "POS"))
                .hasMessage("X-LINE-MerchantDeviceProfileId: must be at most 100 characters, was 101");
    }

    @Test
    void bothBrokenPartsAreReportedTogether() {
        ValidationException e = (ValidationException) catchThrowable(() -> MerchantDevice.of("", null));

        assertThat(e.violations()).containsExactly(
                new Violation("X-LINE-MerchantDeviceProfileId", "must not be blank"),
                new Violation("X-LINE-MerchantDeviceType", "is required"));
    }

    @Test
    void optionalDeviceComposesWithOptionalApi() {
        Optional<MerchantDevice> device = MerchantDevice.ofNullable("POS-0042", "POS");

        assertThat(device.map(MerchantDevice::type)).contains("POS");
    }
}
