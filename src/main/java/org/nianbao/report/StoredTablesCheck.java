package org.nianbao.report;

import org.nianbao.statutory.Edition;
import org.springframework.stereotype.Component;

/** Stops the start-up unless the entities mirror every edition (see {@link StoredTables}). */
@Component
class StoredTablesCheck {

    StoredTablesCheck() {
        StoredTables.check(Edition.all());
    }
}
