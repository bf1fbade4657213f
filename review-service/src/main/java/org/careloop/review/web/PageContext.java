package org.careloop.review.web;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.careloop.review.security.CurrentUser;

/** Per request: who is signed in, the CSRF token for the page's forms, and the cookie that goes with it. */
@RequestScoped
public class PageContext {

    @Inject
    RoutingContext request;

    @Inject
    CurrentUser user;

    @Inject
    Csrf csrf;

    private String newNonce;

    /** What the layout shows: the user's name, which areas they may open, the CSRF token. */
    @io.quarkus.qute.TemplateData
    /** {@code oversight}: an admin or a safety officer, who may read the oversight figures. */
    public record Page(
            String userName,
            String username,
            boolean patient,
            boolean clinician,
            boolean admin,
            boolean oversight,
            String csrf) {}

    public Page page() {
        var roles = user.roles();
        return new Page(
                user.displayName(),
                user.username(),
                roles.contains("patient"),
                roles.contains("clinician") || roles.contains("senior-clinician"),
                roles.contains("admin"),
                roles.contains("admin") || roles.contains("safety-officer"),
                csrfToken());
    }

    public CurrentUser user() {
        return user;
    }

    /** The token for this page's forms; issues a cookie nonce if the browser has none. */
    public String csrfToken() {
        String nonce = cookieNonce();
        if (nonce == null) {
            if (newNonce == null) {
                newNonce = csrf.newNonce();
            }
            nonce = newNonce;
        }
        return csrf.token(nonce, user.username());
    }

    /** Rejects a state-changing request without a valid token (form field or header) or from another site. */
    public void requireCsrf(String formToken) {
        String fetchSite = request.request().getHeader("Sec-Fetch-Site");
        if ("cross-site".equals(fetchSite)) {
            throw forbidden("cross-site request refused");
        }
        String token = formToken != null && !formToken.isBlank()
                ? formToken
                : request.request().getHeader(Csrf.HEADER);
        if (!csrf.valid(cookieNonce(), user.username(), token)) {
            throw forbidden("the form has expired or did not come from this site: reload the page and try again");
        }
    }

    private static ForbiddenException forbidden(String message) {
        return new ForbiddenException(Response.status(403)
                .type(MediaType.TEXT_PLAIN_TYPE)
                .entity(message)
                .build());
    }

    /** 200 with the page, and the CSRF cookie when a new nonce was issued while rendering it. */
    public Response render(TemplateInstance template) {
        return render(Response.Status.OK, template);
    }

    public Response render(Response.Status status, TemplateInstance template) {
        return render(status.getStatusCode(), template);
    }

    /** Any status, also those without a constant in {@code Response.Status} (422, 429). */
    public Response render(int status, TemplateInstance template) {
        // Render now so that a nonce issued by csrfToken() inside the template is known before the headers go out.
        String html = template.data("page", page()).render();
        Response.ResponseBuilder builder = Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html);
        if (newNonce != null) {
            builder.cookie(csrf.cookie(newNonce));
        }
        return builder.build();
    }

    /** 303 See Other: after a form post, the browser loads the result page with GET. */
    public Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    private String cookieNonce() {
        Cookie cookie = request.request().getCookie(Csrf.COOKIE);
        return cookie == null ? null : cookie.getValue();
    }
}
