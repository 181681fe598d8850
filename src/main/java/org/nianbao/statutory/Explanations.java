package org.nianbao.statutory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each row and column of the statutory tables means, as the format notices explain it, for the editor's
 * 「本表各行、各列的含义」. Keyed by the codes the editions declare (a row's or a column's code, within its table), so
 * that it serves both editions; a code without an explanation simply shows none.
 */
public final class Explanations {

    /** A row's or a column's printed label with what it means. */
    public record Item(String label, String text) {
    }

    private static final Map<String, String> ROWS = new LinkedHashMap<>();
    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        ROWS.put("applications.received", "本年度（1月1日至12月31日）新收到的政府信息公开申请件数，不含上年结转的申请。");
        ROWS.put("applications.carried_in", "上一年度收到、结转到本年度继续办理的申请件数；应等于上年报告“四、结转下年度继续办理”。");
        ROWS.put("applications.granted", "申请的信息全部予以公开的件数。");
        ROWS.put("applications.partly_granted", "同一申请中部分信息公开、其余不公开、无法提供或不予处理的（区分处理的），"
                + "只计入“部分公开”，不再计入其他情形。");
        ROWS.put("applications.results_total", "以上各项办理结果之和，由系统计算。");
        ROWS.put("applications.carried_out", "本年度收到、到年底尚未办结、转入下一年度继续办理的申请件数。");
        ROWS.put("review_litigation.review", "针对本机关政府信息公开工作提起的行政复议。");
        ROWS.put("review_litigation.suit_direct", "未经行政复议、直接针对本机关政府信息公开工作提起的行政诉讼。");
        ROWS.put("review_litigation.suit_after_review", "经行政复议后又提起的行政诉讼；复议机关作共同被告的，只计入原行政行为机关。");

        COLUMNS.put("applications.natural_person", "以个人名义提出的申请。");
        COLUMNS.put("applications.commercial", "以商业企业名义提出的申请。");
        COLUMNS.put("applications.research", "以科研机构名义提出的申请。");
        COLUMNS.put("applications.public_interest", "以社会公益组织名义提出的申请。");
        COLUMNS.put("applications.legal_services", "以律师事务所等法律服务机构名义提出的申请。");
        COLUMNS.put("applications.other_org", "以其他法人或者其他组织名义提出的申请。");
        COLUMNS.put("applications.total", "各类申请人之和，由系统计算。");
        COLUMNS.put("review_litigation.upheld", "复议机关或法院维持本机关行为的件数。");
        COLUMNS.put("review_litigation.corrected", "本机关行为被撤销、变更、确认违法或责令履行等纠正的件数。");
        COLUMNS.put("review_litigation.other", "驳回、撤回、终止等其他结果的件数。");
        COLUMNS.put("review_litigation.pending", "到年底尚未审结的件数。");
        COLUMNS.put("review_litigation.total", "以上四项之和，由系统计算。");
        COLUMNS.put("proactive.issued", "本年度制定并发布的件数。");
        COLUMNS.put("proactive.repealed", "本年度废止的件数。");
        COLUMNS.put("proactive.in_force", "截至本年末现行有效的件数（一般等于上年现行有效件数加本年制发件数减本年废止件数）。");
        COLUMNS.put("proactive.decisions", "本年度作出的处理决定数量。");
        COLUMNS.put("proactive.amount", "本年度收费金额，单位为万元。");
        COLUMNS.put("proactive.items_change", "与上一年相比项目数量的增减，减少填负数。");
    }

    private Explanations() {
    }

    /** The explained rows of {@code table} and then its explained columns, in the declaration's order. */
    public static List<Item> of(StatTable table) {
        List<Item> items = new ArrayList<>();
        for (Row row : table.rows()) {
            String text = ROWS.get(table.code() + "." + row.code());
            if (text != null) {
                items.add(new Item(row.fullLabel(), text));
            }
        }
        Map<String, Item> columns = new LinkedHashMap<>();
        for (Row row : table.rows()) {
            for (Column column : row.columns()) {
                String text = COLUMNS.get(table.code() + "." + column.code());
                if (text != null) {
                    columns.putIfAbsent(column.code(), new Item(column.label(), text));
                }
            }
        }
        items.addAll(columns.values());
        return items;
    }
}
