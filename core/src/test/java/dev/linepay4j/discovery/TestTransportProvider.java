package dev.linepay4j.discovery;

import dev.linepay4j.spi.HttpTransport;
import dev.linepay4j.spi.HttpTransportProvider;
import dev.linepay4j.spi.TransportSettings;

/** Registered only through a context class loader made by the test. */
public final class TestTransportProvider implements HttpTransportProvider {

    @Override
    public String id() {
        return "test-transport";
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public HttpTransport create(TransportSettings settings) {
        throw new UnsupportedOperationException("discovery tests only choose providers");
    }
}
