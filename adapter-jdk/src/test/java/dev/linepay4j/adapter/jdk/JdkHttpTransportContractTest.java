package dev.linepay4j.adapter.jdk;

import dev.linepay4j.spi.HttpTransport;
import dev.linepay4j.spi.TransportSettings;
import dev.linepay4j.testkit.contract.HttpTransportContract;

/** The shared transport contract, run against the JDK adapter. */
class JdkHttpTransportContractTest extends HttpTransportContract {

    @Override
    protected HttpTransport createTransport(TransportSettings settings) {
        return new JdkHttpTransportProvider().create(settings);
    }
}
