package uk.mhhs.gateway.ingress;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /dip-channel/{id}} of the official spec (path matched ignoring case, as the DIP does), as Spring MVC
 * maps it: the mapping the OpenAPI document is checked against. {@link DipChannelFilter} serves the same requests
 * ahead of MVC, so this method answers only where that filter is not registered; both hand the request to
 * {@link ChannelPosts}.
 */
@RestController
class DipChannelController {

    private final ChannelPosts posts;

    DipChannelController(ChannelPosts posts) {
        this.posts = posts;
    }

    @PostMapping("/{channel:(?i)dip-channel}/{id}")
    void send(@PathVariable String id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        DipChannelFilter.write(posts.post(id, request), response);
    }
}
