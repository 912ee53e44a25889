package uk.mhhs.gateway.ingress;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves {@code POST /dip-channel/{id}} (channel matched ignoring case, as the DIP does) ahead of Spring MVC and the
 * other filters: the hottest endpoint of the gateway skips handler mapping, argument resolution, message converters
 * and the {@code http.server.requests} observation (it has its own {@code dip.ingress.request} timer), which cost
 * about a third of its request-thread CPU. Every other request, including the channel's sub-paths ({@code pubconfig},
 * {@code replay}, {@code requeue}), goes on down the chain; {@link DipChannelController} maps the same endpoint in
 * MVC, where it is documented and served should this filter not be registered.
 */
final class DipChannelFilter implements Filter {

    private static final String PREFIX = "/dip-channel/";

    private final ChannelPosts posts;

    DipChannelFilter(ChannelPosts posts) {
        this.posts = posts;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String id = "POST".equals(http.getMethod()) ? channelOf(http) : null;
        if (id == null) {
            chain.doFilter(request, response);
            return;
        }
        write(posts.post(id, http), (HttpServletResponse) response);
    }

    /** The {@code {id}} of {@code /dip-channel/{id}} (decoded, as MVC would bind it), or null for any other path. */
    static String channelOf(HttpServletRequest request) {
        String path = request.getPathInfo() == null ? request.getServletPath()
                : request.getServletPath() + request.getPathInfo();
        return channelOf(path);
    }

    static String channelOf(String path) {
        if (path == null || path.length() <= PREFIX.length()
                || !path.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                || path.indexOf('/', PREFIX.length()) >= 0) {
            return null;
        }
        return path.substring(PREFIX.length());
    }

    static void write(ChannelPosts.Answer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        if (answer.json() == null) {
            response.setContentLength(0);
            return;
        }
        response.setContentType("application/json");
        response.setContentLength(answer.json().length);
        response.getOutputStream().write(answer.json());
    }
}
