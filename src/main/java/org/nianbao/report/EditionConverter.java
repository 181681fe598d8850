package org.nianbao.report;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.nianbao.statutory.Edition;

/** Stores an edition as its id ({@code 2019}, {@code 2021}). */
@Converter
class EditionConverter implements AttributeConverter<Edition, String> {

    @Override
    public String convertToDatabaseColumn(Edition edition) {
        return edition == null ? null : edition.id();
    }

    @Override
    public Edition convertToEntityAttribute(String id) {
        return id == null ? null : Edition.byId(id).orElseThrow(() -> new IllegalStateException("edition " + id));
    }
}
