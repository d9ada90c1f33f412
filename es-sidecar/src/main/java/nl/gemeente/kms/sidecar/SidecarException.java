package nl.gemeente.kms.sidecar;

import java.io.Serial;

/**
 * Why an Elasticsearch sidecar could not be started (or a plugin not installed), in one sentence that a developer
 * can act on, for example "port 9250 is in use by another program".
 */
public final class SidecarException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public SidecarException(String message) {
        super(message);
    }

    public SidecarException(String message, Throwable cause) {
        super(message, cause);
    }
}
