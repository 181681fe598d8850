package org.nianbao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.Section;
import org.nianbao.statutory.StatTable;
import org.nianbao.statutory.ValueKind;

/** The one mechanism between codes and fields, and what it says when an edition has no entity to live in. */
class StoredTablesTest {

    @Test
    void theEntitiesMirrorBothEditions() {
        assertThat(StoredTables.problems(Edition.all())).isEmpty();
    }

    @Test
    void aNewEditionWithoutItsFieldsIsRefusedWithWhatIsMissing() {
        List<Column> columns = List.of(Column.of("apples", "苹果箱数", ValueKind.COUNT),
                Column.of("in_force", "现行有效件数", ValueKind.AMOUNT));
        StatTable harvest = new StatTable("harvest", "表甲", null, StatTable.Layout.GRID,
                List.of(new Row("north", List.of("北山"), "第一项", null, columns, List.of())), null, null, List.of());
        StatTable proactive = new StatTable("proactive", "表二", null, StatTable.Layout.GRID,
                List.of(new Row("regulations", List.of("规章"), "规章", null, columns, List.of())), null, null,
                List.of());
        Edition edition = new Edition("2099", 2099, 2099, List.of(new Section("一", "summary", "一、收成概况", null),
                new Section("二", "harvest", "二、收成", harvest), new Section("三", "proactive", "三、主动公开", proactive)),
                List.of(), List.of());

        assertThat(StoredTables.problems(List.of(edition))).containsExactly(
                "2099年版 表甲（harvest）: no Report field mapped to harvest_row",
                "2099年版 proactive.regulations.apples: no Integer field apples in ProactiveRow",
                "2099年版 proactive.regulations.in_force: no BigDecimal field inForce in ProactiveRow",
                "2099年版 一、收成概况: no String field summary in Report");
        assertThatThrownBy(() -> StoredTables.check(List.of(edition))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("harvest_row");
    }

    @Test
    void cellsAreReadAndWrittenByColumnCodeExactly() {
        StatutoryRow row = StoredTables.newRow("proactive");
        assertThat(row).isInstanceOf(ProactiveRow.class);
        row.set("in_force", BigDecimal.valueOf(7));
        row.set("amount", new BigDecimal("1.5"));
        assertThat(row.get("in_force")).isEqualTo(BigDecimal.valueOf(7));
        assertThat(row.get("amount")).isEqualTo(new BigDecimal("1.500000"));
        assertThat(row.get("issued")).isNull();
        assertThatThrownBy(() -> row.get("natural_person")).hasMessage("no column natural_person");
        assertThatThrownBy(() -> row.set("in_force", new BigDecimal("1.5"))).isInstanceOf(ArithmeticException.class);
        assertThat(StoredTables.keyColumn("review_litigation")).isEqualTo("group_code");
        assertThat(StoredTables.camel("items_last_year")).isEqualTo("itemsLastYear");
        assertThat(StoredTables.snake("itemsLastYear")).isEqualTo("items_last_year");
    }
}
