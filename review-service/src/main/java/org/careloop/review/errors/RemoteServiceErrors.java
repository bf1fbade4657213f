package org.careloop.review.errors;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Maps a downstream error status to RemoteServiceException, 4xx as Rejected (not worth retrying). */
public class RemoteServiceErrors implements ResponseExceptionMapper<RemoteServiceException> {

    @Override
    public RemoteServiceException toThrowable(Response response) {
        int status = response.getStatus();
        String service = "downstream service";
        return status < 500
                ? new RemoteServiceException.Rejected(service, status)
                : new RemoteServiceException(service, status);
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
