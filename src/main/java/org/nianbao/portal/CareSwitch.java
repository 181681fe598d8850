package org.nianbao.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Turns the 关怀版 on or off with a plain link (no JavaScript): sets or clears the cookie {@link CareMode} reads, then
 * goes back to the page the link was on (only ever a path on this site, non-ASCII
 * characters percent-encoded).
 */
@Controller
class CareSwitch {

    @GetMapping("/care")
    ResponseEntity<Void> change(@RequestParam(defaultValue = "1") String on,
            @RequestParam(defaultValue = "/") String back, HttpServletRequest request) {
        boolean enable = "1".equals(on);
        ResponseCookie cookie = ResponseCookie.from(CareMode.COOKIE, enable ? "1" : "0").path("/").httpOnly(true)
                .secure(request.isSecure()).sameSite("Lax").maxAge(enable ? Duration.ofDays(365) : Duration.ZERO).build();
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.SET_COOKIE, cookie.toString())
                .header(HttpHeaders.LOCATION, safe(back)).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** A local path, never another site (no scheme, no {@code //host}, no backslashes or line breaks). */
    static String safe(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.length() > 2000
                || back.chars().anyMatch(c -> c == '\\' || c < 0x20 || c == 0x7f)) {
            return "/";
        }
        StringBuilder ascii = new StringBuilder();
        for (byte b : back.getBytes(StandardCharsets.UTF_8)) {
            ascii.append(b >= 0 ? String.valueOf((char) b) : String.format("%%%02X", b & 0xff));
        }
        return ascii.toString();
    }
}
