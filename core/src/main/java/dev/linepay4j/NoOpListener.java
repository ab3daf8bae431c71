package dev.linepay4j;

/** The one listener that hears nothing: {@link LinePayListener#noOp()}. */
final class NoOpListener implements LinePayListener {

    static final NoOpListener INSTANCE = new NoOpListener();

    private NoOpListener() {
    }

    @Override
    public String toString() {
        return "LinePayListener.noOp()";
    }
}
