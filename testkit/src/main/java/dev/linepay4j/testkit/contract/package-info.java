/**
 * Contract suites that every adapter passes: {@link dev.linepay4j.testkit.contract.HttpTransportContract}
 * for HTTP transports and {@link dev.linepay4j.testkit.contract.JsonCodecContract} for JSON codecs.
 * They are abstract JUnit 5 classes, published in the testkit's main jar so that third-party adapters
 * can extend them too. None needs a network: the transport suite brings its own loopback server.
 */
package dev.linepay4j.testkit.contract;
