package org.nianbao.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import jakarta.servlet.http.HttpSession;

/**
 * A form post refused because the session had ended or its CSRF token was missing or stale: what was typed, kept in
 * the (new) session under the path it was posted to, so that the page can offer it again after sign-in. Sign-in
 * keeps the session's attributes (the session id changes, its content stays).
 *
 * @param params the posted fields, without the CSRF token
 */
public record UnsavedPost(String path, Map<String, String> params, Instant at) implements Serializable {

    private static final String KEY = UnsavedPost.class.getName();

    public UnsavedPost {
        params = Map.copyOf(params);
    }

    static void keep(HttpSession session, UnsavedPost post) {
        @SuppressWarnings("unchecked")
        LinkedHashMap<String, UnsavedPost> kept = session.getAttribute(KEY) instanceof LinkedHashMap<?, ?> map
                ? new LinkedHashMap<>((Map<String, UnsavedPost>) map) : new LinkedHashMap<>();
        kept.put(post.path(), post);
        session.setAttribute(KEY, kept);
    }

    /** The post kept for {@code path}, removed from the session; null when none is. */
    public static UnsavedPost take(HttpSession session, String path) {
        if (session == null || !(session.getAttribute(KEY) instanceof LinkedHashMap<?, ?> map)
                || !(map.get(path) instanceof UnsavedPost post)) {
            return null;
        }
        @SuppressWarnings("unchecked")
        LinkedHashMap<String, UnsavedPost> kept = new LinkedHashMap<>((Map<String, UnsavedPost>) map);
        kept.remove(path);
        session.setAttribute(KEY, kept);
        return post;
    }
}
