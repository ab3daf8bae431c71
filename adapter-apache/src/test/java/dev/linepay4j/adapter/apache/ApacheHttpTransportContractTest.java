package dev.linepay4j.adapter.apache;

import dev.linepay4j.spi.HttpTransport;
import dev.linepay4j.spi.TransportSettings;
import dev.linepay4j.testkit.contract.HttpTransportContract;

/** The shared transport contract, run against the Apache HttpClient adapter with every capability. */
class ApacheHttpTransportContractTest extends HttpTransportContract {

    @Override
    protected HttpTransport createTransport(TransportSettings settings) {
        return new ApacheHttpTransportProvider().create(settings);
    }
}
