package org.nianbao.faults;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The one place where control characters are taken out of what people send: every request parameter (form fields,
 * query strings, sign-in) reaches the application without C0 controls other than tab, line feed and carriage
 * return, without DEL and C1 controls, and without unpaired surrogates — characters nobody types, that PostgreSQL
 * refuses (NUL) or that break the text. When any were removed, {@link #STRIPPED} names the parameters and
 * {@link InputNotice} tells the person. JSON bodies are read by the validation API only, which stores nothing.
 * Decision: docs/adr/0011-headers-and-input-hygiene.md.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // after the character-encoding filter, before Spring Security
class ControlCharacters extends HttpFilter {

    /** The request attribute naming the parameters that had control characters removed. */
    static final String STRIPPED = ControlCharacters.class.getName() + ".stripped";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Map<String, String[]> cleaned = null;
        Set<String> stripped = new LinkedHashSet<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = clean(parameter.getKey());
            String[] values = parameter.getValue().clone();
            boolean changed = !name.equals(parameter.getKey());
            for (int i = 0; i < values.length; i++) {
                String value = clean(values[i]);
                changed |= !value.equals(values[i]);
                values[i] = value;
            }
            if (changed) {
                stripped.add(name);
                if (cleaned == null) {
                    cleaned = new LinkedHashMap<>(request.getParameterMap());
                }
                cleaned.remove(parameter.getKey());
                cleaned.merge(name, values, ControlCharacters::concat);
            }
        }
        if (cleaned == null) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(STRIPPED, stripped);
        chain.doFilter(new Cleaned(request, Collections.unmodifiableMap(cleaned)), response);
    }

    /** {@code text} without the characters this filter removes. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unpaired = Character.isHighSurrogate(c)
                    ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
            if (control || unpaired || c == '\uFFFE' || c == '\uFFFF') {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static final class Cleaned extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        Cleaned(HttpServletRequest request, Map<String, String[]> parameters) {
            super(request);
            this.parameters = parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }
    }
}
