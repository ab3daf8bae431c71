package dev.linepay4j.codec.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.linepay4j.discovery.ProviderKind;
import dev.linepay4j.discovery.ProviderLoader;
import dev.linepay4j.discovery.ProviderSelection;
import dev.linepay4j.spi.JsonCodecProvider;
import dev.linepay4j.spi.JsonLimits;
import dev.linepay4j.spi.JsonReadException;
import dev.linepay4j.testkit.contract.ProviderRegistrationContract;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Registration through META-INF/services (the shared contract), and what is particular to this provider. */
class JacksonJsonCodecProviderTest extends ProviderRegistrationContract<JsonCodecProvider> {

    @Override
    protected ProviderKind<JsonCodecProvider> kind() {
        return ProviderKind.JSON_CODEC;
    }

    @Override
    protected JsonCodecProvider provider() {
        return new JacksonJsonCodecProvider();
    }

    @Test
    void theProviderIsNamedJacksonWithPriorityTen() {
        assertThat(provider().id()).isEqualTo("jackson").isEqualTo(JacksonJsonCodecProvider.ID);
        assertThat(provider().priority()).isEqualTo(10);
    }

    @Test
    void aCreatedCodecReadsWithTheGivenLimits() {
        JsonLimits limits = new JsonLimits(16, 4, 10, 10);

        var codec = provider().create(limits);

        assertThat(codec).isInstanceOf(JacksonJsonCodec.class);
        assertThat(((JacksonJsonCodec) codec).limits()).isEqualTo(limits);
        JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> codec.read(new byte[17]));
        assertThat(e.reason()).isEqualTo(JsonReadException.Reason.TOO_LARGE);
    }

    @Test
    void linepay4jsLoaderChoosesJacksonWhenNobodyNamesACodec() {
        ProviderSelection<JsonCodecProvider> selection = ProviderLoader.of(ProviderKind.JSON_CODEC).select(Optional.empty());

        assertThat(selection.provider()).isInstanceOf(JacksonJsonCodecProvider.class);
        assertThat(selection.reason()).isEqualTo(ProviderSelection.Reason.HIGHEST_PRIORITY);
        assertThat(selection.available()).containsExactly("jackson");
    }
}
