package org.nianbao.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.nianbao.report.BulkReports;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.Identity;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.StatTable;
import org.nianbao.statutory.ValueKind;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills a database with published reports for benchmarks and scale tests, through the storage the portal uses
 * ({@link BulkReports}): a province, its cities (each with departments), their counties (each with
 * {@link #TOWNSHIPS} townships and {@link #DEPARTMENTS} departments), and for every agency a published report on
 * each of the last {@code years} years (so both editions when they reach 2020). Figures are random but consistent
 * (every R1 balance holds, totals computed: R1–R4 pass); the prose of sections 一、五、六 is drawn from sentences
 * such reports really contain, about 700 characters a report. The same seed gives the same data.
 */
public final class Generator {

    public static final int TOWNSHIPS = 20;
    public static final int DEPARTMENTS = 40;
    public static final int COUNTIES_PER_CITY = 30;
    public static final int CITY_DEPARTMENTS = 15;

    private static final String SYLLABLES = "安平清河石桥东阳西山南岭北湖长乐永宁新丰青云白水金城玉泉龙门凤凰桃源"
            + "松柏梅林杏花兴隆太和广福洪山黄庄马头柳营胡集";
    private static final List<String> DEPARTMENT_NAMES = List.of("发展和改革委员会", "教育局", "科学技术局",
            "工业和信息化局", "公安局", "民政局", "司法局", "财政局", "人力资源和社会保障局", "自然资源局", "生态环境局",
            "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局", "文化和旅游局", "卫生健康委员会",
            "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局", "林业局", "城市管理局",
            "信访局", "行政审批服务局", "乡村振兴局", "粮食和物资储备局", "档案局", "人民防空办公室", "地方金融监督管理局",
            "数据局", "体育局", "机关事务管理局", "供销合作社", "融媒体中心", "退役军人服务中心", "投资促进局");
    private static final List<String> OVERVIEW = List.of(
            "本年度，我单位坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，"
                    + "围绕中心工作，持续深化政务公开，不断提升政府工作透明度。",
            "（一）主动公开情况。严格落实“五公开”要求，通过政府门户网站、政务新媒体等渠道及时发布政策文件、规划计划、"
                    + "财政预决算、重大项目等信息，做到应公开尽公开。",
            "（二）依申请公开情况。进一步规范依申请公开办理流程，严格按照法定时限答复，全年未发生因答复不规范被纠错的情况。",
            "（三）政府信息管理情况。建立健全公开前保密审查机制，动态调整主动公开基本目录，对现行有效的规范性文件进行全面清理。",
            "（四）政府信息公开平台建设情况。优化政府网站栏目设置，加强政务新媒体管理，完善政务服务便民热线，提升平台集约化水平。",
            "（五）监督保障情况。将政务公开工作纳入年度绩效考核，组织开展业务培训，邀请社会评议人员对公开工作进行评议。",
            "加强政策解读和回应关切，围绕群众关心的教育、医疗、就业、社保等领域，采用图文、视频等形式开展多元化解读。",
            "密切关注网络舆情，建立健全舆情收集、研判、处置和回应机制，对涉及本单位的舆情及时作出回应。",
            "深化基层政务公开标准化规范化建设，编制完善基层政务公开事项目录，推动公开事项向村（社区）延伸。",
            "推进重大行政决策预公开，涉及群众切身利益的决策事项通过座谈会、网上征求意见等方式广泛听取社会意见。",
            "做好建议提案办理结果公开，全年办理人大代表建议和政协委员提案并全部按期答复，办理复文依法向社会公开。",
            "加强政务公开专区建设，在政务服务大厅设置政府信息查阅点，方便群众就近查阅政府信息。");
    private static final List<String> PROBLEMS = List.of(
            "政务公开工作仍存在一些不足：一是部分信息发布不够及时，更新频率有待提高；二是政策解读形式较为单一，"
                    + "图解、视频等解读方式运用不多；三是工作人员业务能力有待进一步提升。",
            "下一步，我们将进一步加强学习培训，提升工作人员的业务水平；强化信息发布审核，确保信息及时准确；"
                    + "丰富政策解读形式，增强解读的针对性和可读性。",
            "网络舆情回应机制还不够健全，对部分热点问题回应不够及时。下一步将完善舆情监测和回应流程，明确责任分工。",
            "依申请公开办理的规范化水平仍需提高，个别答复书说理不够充分。将加强对答复文书的审核把关。",
            "基层政务公开标准目录的动态调整不够及时，将定期组织梳理，确保公开事项与实际工作相符。");
    private static final List<String> OTHER = List.of("本年度未收取信息处理费。",
            "本年度未发生收取信息处理费的情况。人大代表建议和政协委员提案办理结果已在政府网站公开。",
            "无其他需要报告的事项。",
            "本年度未收取信息处理费。落实上级年度政务公开工作要点情况已在网站专栏公开。");

    private final JdbcTemplate jdbc;
    private final BulkReports bulk;
    private final Random random;

    public Generator(JdbcTemplate jdbc, long seed) {
        this.jdbc = jdbc;
        this.bulk = new BulkReports(jdbc);
        this.random = new Random(seed);
    }

    /** What was generated: the agencies, the reports and the codes of the province, a city and a county. */
    public record Generated(int agencies, int reports, String province, String city, String county) {
    }

    /**
     * Generates about {@code reports} published reports, on the {@code years} years up to {@code lastYear}, under a
     * province with code {@code prefix}; agency codes start with {@code prefix}. {@code commit} runs after every
     * city (a transaction boundary for large runs; a no-op in tests).
     */
    public Generated generate(String prefix, int reports, int lastYear, int years, Runnable commit) {
        int agenciesWanted = Math.max(1, (reports + years - 1) / years);
        int perCounty = 1 + TOWNSHIPS + DEPARTMENTS;
        int perCity = 1 + CITY_DEPARTMENTS + COUNTIES_PER_CITY * perCounty;
        int agencies = 1;
        int stored = 0;
        long province = agency(prefix, name(0, 2) + "省人民政府", "PROVINCE", null);
        stored += publish(List.of(new Made(province, prefix, "省")), lastYear, years);
        String firstCity = null;
        String firstCounty = null;
        for (int c = 0; agencies < agenciesWanted; c++) {
            String cityCode = prefix + "-c" + c;
            String cityName = name(c, 2) + "市";
            List<Made> made = new ArrayList<>();
            made.add(new Made(agency(cityCode, cityName + "人民政府", "CITY", province), cityCode, "市"));
            int countiesHere = Math.min(COUNTIES_PER_CITY,
                    Math.max(1, (agenciesWanted - agencies - 1 - CITY_DEPARTMENTS + perCounty - 1) / perCounty));
            for (int d = 0; d < CITY_DEPARTMENTS; d++) {
                long id = agency(cityCode + "-d" + d, cityName + DEPARTMENT_NAMES.get(d), "DEPARTMENT",
                        made.get(0).id());
                made.add(new Made(id, cityCode + "-d" + d, "部门"));
            }
            for (int k = 0; k < countiesHere; k++) {
                String countyCode = cityCode + "-" + k;
                String countyName = name(c * COUNTIES_PER_CITY + k + 7, 2) + "县";
                long county = agency(countyCode, countyName + "人民政府", "COUNTY", made.get(0).id());
                made.add(new Made(county, countyCode, "县"));
                for (int t = 0; t < TOWNSHIPS; t++) {
                    String code = countyCode + "-t" + t;
                    made.add(new Made(agency(code, countyName + name(t * 3 + k, 2) + (t % 4 == 3 ? "街道办事处" : "镇人民政府"),
                            "TOWNSHIP", county), code, "乡镇"));
                }
                for (int d = 0; d < DEPARTMENTS; d++) {
                    String code = countyCode + "-d" + d;
                    made.add(new Made(agency(code, countyName + DEPARTMENT_NAMES.get(d), "DEPARTMENT", county), code,
                            "部门"));
                }
                if (firstCounty == null) {
                    firstCounty = countyCode;
                }
            }
            if (firstCity == null) {
                firstCity = cityCode;
            }
            agencies += made.size();
            stored += publish(made, lastYear, years);
            commit.run();
        }
        return new Generated(agencies, stored, prefix, firstCity, firstCounty);
    }

    private record Made(long id, String code, String level) {
    }

    private int publish(List<Made> agencies, int lastYear, int years) {
        int count = 0;
        for (int year = lastYear - years + 1; year <= lastYear; year++) {
            Edition edition = Edition.forYear(year).orElseThrow();
            List<BulkReports.Published> batch = new ArrayList<>();
            for (Made agency : agencies) {
                batch.add(new BulkReports.Published(agency.id(), content(edition, year), publishedAt(year)));
            }
            bulk.insert(batch);
            count += batch.size();
        }
        return count;
    }

    private long agency(String code, String name, String kind, Long parent) {
        return jdbc.queryForObject("insert into agency (code, name, kind, parent_id) values (?, ?, ?, ?) returning id",
                Long.class, code, name, kind, parent);
    }

    /** Two or three syllables picked by {@code n}: the same n, the same name. */
    private static String name(int n, int length) {
        int count = SYLLABLES.length();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < length; i++) {
            name.append(SYLLABLES.charAt(Math.floorMod(n * 7 + i * 13 + n / count * (i + 1), count)));
        }
        return name.toString();
    }

    /** Mostly within January to March of the next year; one in twenty in April or May (late). */
    private Instant publishedAt(int year) {
        int day = random.nextInt(20) == 0 ? 95 + random.nextInt(50) : 3 + random.nextInt(85);
        return LocalDate.of(year + 1, 1, 1).plusDays(day).atTime(1 + random.nextInt(9), random.nextInt(60),
                random.nextInt(60)).toInstant(ZoneOffset.UTC);
    }

    /** A report with random but consistent figures (every balance holds, totals computed) and realistic prose. */
    ReportContent content(Edition edition, int year) {
        Map<Cell, BigDecimal> values = new HashMap<>();
        for (Cell cell : edition.cells()) {
            if (!edition.isDerived(cell)) {
                values.put(cell, edition.kind(cell) == ValueKind.AMOUNT
                        ? BigDecimal.valueOf(random.nextInt(5000), 2) : BigDecimal.valueOf(random.nextInt(25)));
            }
        }
        ReportContent report = new ReportContent("generated", "generated", year, edition, ReportContent.sections(
                paragraphs(OVERVIEW, 6, 11), paragraphs(PROBLEMS, 2, 4), OTHER.get(random.nextInt(OTHER.size()))),
                values).withComputedTotals();
        return balance(report);
    }

    private String paragraphs(List<String> pool, int min, int max) {
        List<String> chosen = new ArrayList<>(pool);
        java.util.Collections.shuffle(chosen, random);
        return String.join("\n", chosen.subList(0, Math.min(chosen.size(), min + random.nextInt(max - min + 1))));
    }

    /**
     * Makes every declared balance hold in every ordinary column by raising the first left operand or the last
     * ordinary right operand, then recomputes the totals (the tests' report builder uses it too).
     */
    public static ReportContent balance(ReportContent report) {
        Map<Cell, BigDecimal> values = new HashMap<>(report.withComputedTotals().values());
        for (StatTable table : report.edition().tables()) {
            for (Identity identity : table.balances()) {
                if (identity.axis() != Identity.Axis.ROWS) {
                    throw new IllegalStateException("only balances between rows are generated: " + identity);
                }
                for (Column column : table.columns()) {
                    if (column.isTotal()) {
                        continue;
                    }
                    List<Cell> left = cells(table, identity.left(), column);
                    List<Cell> right = cells(table, identity.right(), column);
                    BigDecimal difference = ReportContent.sum(values, left).subtract(ReportContent.sum(values, right));
                    Cell raised = difference.signum() < 0 ? left.get(0) : right.stream()
                            .filter(c -> !table.isDerived(c)).reduce((a, b) -> b).orElseThrow();
                    values.put(raised, values.get(raised).add(difference.abs()));
                }
            }
        }
        return report.withValues(values).withComputedTotals();
    }

    private static List<Cell> cells(StatTable table, List<String> rows, Column column) {
        return rows.stream().map(r -> new Cell(table.code(), r, column.code())).toList();
    }
}
