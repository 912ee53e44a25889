package uk.mhhs.dipclient.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Every request to a service passes here before any controller: the {@link ServiceAccess} policy says which role
 * the call needs, the presented token ({@code Authorization: Bearer <token>}, the service's own header, or the
 * password of {@code Authorization: Basic} for a browser) which role the caller holds. A refused call gets 401 or
 * 403 in the API's error shape and a log line naming the call, never the token.
 */
public final class AccessFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccessFilter.class);

    private final ServiceAccess access;
    private final RoleTokens tokens;

    public AccessFilter(ServiceAccess access, RoleTokens tokens) {
        this.access = access;
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        String path = path(request);
        Optional<Role> required = access.policy().required(method, path);
        if (required.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        List<String> presented = presented(request);
        Optional<Role> caller = presented.stream().map(tokens::roleOf).flatMap(Optional::stream)
                .max(Enum::compareTo);
        switch (access.policy().decide(method, path, caller)) {
            case ALLOWED -> chain.doFilter(request, response);
            case UNAUTHENTICATED -> refuse(request, response, new Refusal(401, required.get(),
                    presented.isEmpty() ? "token missing" : "token unknown",
                    "send " + withArticle(required.get()) + " token (or a higher role's) as Authorization: Bearer"
                            + " <token> or in " + access.header()));
            case FORBIDDEN -> refuse(request, response, new Refusal(403, required.get(),
                    withArticle(caller.get()) + " token may not make this call",
                    method + " " + path + " needs the " + required.get().label() + " role"));
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal)
            throws IOException {
        log.warn("{} refused {} {} from {}: {} ({})", access.service(), request.getMethod(), path(request),
                request.getRemoteAddr(), refusal.status(), refusal.problem());
        response.setStatus(refusal.status());
        if (refusal.status() == 401) {
            // no Basic challenge: a browser would put up its own log-in box over a page that asks for the token
            response.setHeader("WWW-Authenticate", "Bearer realm=\"" + access.service() + "\"");
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JsonMapper.shared().writeValueAsString(access.refusals().apply(refusal)));
    }

    private static String withArticle(Role role) {
        return (role == Role.READ_ONLY ? "a " : "an ") + role.label();
    }

    /** The path the container mapped (decoded, normalised, without ;parameters); the URI where there is none. */
    private static String path(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.isEmpty() ? request.getRequestURI().substring(request.getContextPath().length()) : path;
    }

    private List<String> presented(HttpServletRequest request) {
        List<String> presented = new ArrayList<>();
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            presented.add(authorization.substring(7).trim());
        } else if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            basicPassword(authorization.substring(6).trim()).ifPresent(presented::add);
        }
        String header = request.getHeader(access.header());
        if (header != null) {
            presented.add(header);
        }
        return presented;
    }

    /** The password of {@code user:password} (the user name is not checked: the token says the role). */
    private static Optional<String> basicPassword(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(pair.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
