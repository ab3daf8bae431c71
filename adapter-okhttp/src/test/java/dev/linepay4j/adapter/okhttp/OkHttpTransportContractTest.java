package dev.linepay4j.adapter.okhttp;

import dev.linepay4j.spi.HttpTransport;
import dev.linepay4j.spi.TransportSettings;
import dev.linepay4j.testkit.contract.HttpTransportContract;

/** The shared transport contract, run against the OkHttp adapter, which declares every capability. */
class OkHttpTransportContractTest extends HttpTransportContract {

    @Override
    protected HttpTransport createTransport(TransportSettings settings) {
        return new OkHttpTransportProvider().create(settings);
    }
}
