package org.nianbao.portal;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Answers what {@link StoredFileCache} keeps in Tomcat itself, as a valve of the portal's context: before Tomcat
 * builds the request's filter chain and wraps it for the servlet, which for a few kilobytes costs more than sending
 * them. The same answer as the filter's (the filter still answers where there is no Tomcat, as under MockMvc);
 * anything not kept goes on to the application untouched. Each connection's write buffer holds a stored answer of
 * up to {@link StoredFileCache#WRITE_BUFFER} whole. ADR 0008.
 */
@Component
class StoredFileValve implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final StoredFileCache cache;

    StoredFileValve(StoredFileCache cache) {
        this.cache = cache;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // room for a stored JSON or CSV with its headers: one write instead of one per 8 KB (Tomcat's default); off
        // the heap, so that the JDK does not copy it once more into a temporary direct buffer for each write
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appWriteBufSize", String.valueOf(StoredFileCache.WRITE_BUFFER));
            connector.setProperty("socket.directBuffer", "true");
        });
        factory.addContextValves(new ValveBase(true) {
            @Override
            public void invoke(Request request, Response response) throws IOException, ServletException {
                if (!cache.answer(request, response)) {
                    getNext().invoke(request, response);
                }
            }
        });
    }
}
