package org.careloop.review.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.careloop.review.errors.ErrorMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A signed-in user on a page of another role gets a page that says so, with links to their own areas, instead of
 * the browser's blank error. Everywhere else (the API) the answer is the error contract's 403 (ErrorMappers).
 */
public class PageErrors {

    @Inject
    PageContext context;

    @Inject
    @Location("error.html")
    Template error;

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        if (!SecurityHeaders.isPage("/" + uri.getPath().replaceFirst("^/", ""))) {
            return ErrorMappers.forbidden();
        }
        return context.render(
                Response.Status.FORBIDDEN,
                error.data("title", "Not for your role")
                        .data(
                                "message",
                                "You are signed in, but this page is for another role. Use the links at the top of the page.")
                        .data("back", "/"));
    }
}
