package org.careloop.review.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every response. The pages get a Content-Security-Policy that allows scripts only from this
 * origin (no inline scripts, no eval); the admin page also allows inline styles, which bpmn-js sets on the diagram.
 * Pages hold PHI, so browsers must not store them.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String CSP_ADMIN = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    /**
     * A recorded bias audit's page is HTML an admin's tool wrote: its inline styles and SVG may show, nothing else runs
     * or loads, and the sandbox gives it an origin of its own.
     */
    static final String CSP_RECORDED_REPORT = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::headers);
    }

    void headers(RoutingContext rc) {
        String path = rc.normalizedPath();
        rc.addHeadersEndHandler(v -> {
            MultiMap headers = rc.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "same-origin");
            if (!path.startsWith("/api/") && !path.startsWith("/q/")) {
                headers.set("Content-Security-Policy", csp(path));
                headers.set("X-Frame-Options", "DENY");
            }
            if (isPage(path)) {
                headers.set("Cache-Control", "no-store");
            }
        });
        rc.next();
    }

    static String csp(String path) {
        if (path.startsWith("/admin/bias-audits/")) {
            return CSP_RECORDED_REPORT;
        }
        return path.startsWith("/admin") ? CSP_ADMIN : CSP;
    }

    static boolean isPage(String path) {
        return path.equals("/portal")
                || path.startsWith("/portal/")
                || path.equals("/inbox")
                || path.startsWith("/inbox/")
                || path.equals("/admin")
                || path.startsWith("/admin/");
    }
}
