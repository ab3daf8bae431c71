package dev.linepay4j.adapter.okhttp;

import okhttp3.Call;
import okhttp3.EventListener;

/**
 * Remembers, for one call, whether OkHttp started writing the request. Before that moment nothing of
 * the request can have reached the server, so a failure is safe to retry; from that moment on it may
 * have been received and acted upon. The flag is set just before the first header byte is written, so
 * it can err only towards "sent", never towards "not sent".
 *
 * <p>OkHttp reports connect timeouts and read timeouts with the same {@code SocketTimeoutException};
 * this flag is what tells them apart, which is sturdier than reading exception messages.
 */
final class CallProgress extends EventListener {

    // Written by the thread running the call, read by whichever thread classifies the failure.
    private volatile boolean requestStarted;

    @Override
    public void requestHeadersStart(Call call) {
        requestStarted = true;
    }

    /**
     * Whether writing the request began.
     *
     * @return true once the request headers started to go out
     */
    boolean requestStarted() {
        return requestStarted;
    }
}
