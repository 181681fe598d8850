package org.nianbao.portal;

/** Something a public URL names does not exist; answered with the Chinese 404 page. */
class NotFoundException extends RuntimeException {

    NotFoundException(String message) {
        super(message);
    }
}
