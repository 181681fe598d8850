package org.nianbao.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@link ApplicationFigures} as an inline SVG bar chart drawn on the server: per year, one bar for applications
 * received and one bar stacked by outcome. Each outcome has its own fill pattern (not only a colour), every bar
 * carries its number as a direct label, segments tall enough carry theirs, and {@link #description()} says it all
 * in words; the table beside the chart holds every figure.
 */
record ApplicationsChart(int width, int height, List<Bar> bars, List<Label> labels, List<Tick> ticks,
        String description) {

    static final int HEIGHT = 300;
    private static final int TOP = 24;
    private static final int PLOT = 220;
    private static final int LEFT = 44;
    private static final int SLOT = 120;
    private static final int BAR = 36;

    /** The SVG pattern ids of the outcomes, in order, and of the received bar. */
    static final List<String> PATTERNS = List.of("p-granted", "p-partly", "p-denied", "p-unavailable", "p-rejected",
            "p-other");
    static final String RECEIVED_PATTERN = "p-received";

    /** A rectangle; {@code title} is its tooltip and accessible name. */
    record Bar(int x, int y, int width, int height, String pattern, String title) {

        public String fill() {
            return "url(#" + pattern + ")";
        }
    }

    /** A text drawn at (x, y), centred. */
    record Label(int x, int y, String text) {
    }

    /** A horizontal grid line with its value on the axis. */
    record Tick(int y, String text) {
    }

    /** The fill of outcome {@code index} (for the legend). */
    public String outcomeFill(int index) {
        return "url(#" + PATTERNS.get(index % PATTERNS.size()) + ")";
    }

    static ApplicationsChart of(ApplicationFigures figures) {
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        long max = niceMax(figures.max());
        int baseline = TOP + PLOT;
        int slot = 0;
        for (ApplicationFigures.YearFigures year : figures.years()) {
            int x = LEFT + slot * SLOT + 16;
            long received = year.received() == null ? 0 : year.received();
            int h = scale(received, max);
            bars.add(new Bar(x, baseline - h, BAR, h, RECEIVED_PATTERN, year.year() + "年收到申请 " + received + " 件"));
            labels.add(new Label(x + BAR / 2, baseline - h - 6, year.format(year.received())));
            int top = baseline;
            int ox = x + BAR + 8;
            for (int i = 0; i < figures.outcomes().size(); i++) {
                Long value = year.outcomes().get(i);
                int sh = scale(value == null ? 0 : value, max);
                if (sh > 0) {
                    top -= sh;
                    String name = figures.outcomes().get(i).name();
                    bars.add(new Bar(ox, top, BAR, sh, PATTERNS.get(i % PATTERNS.size()),
                            year.year() + "年" + name + " " + value + " 件"));
                    if (sh >= 16) {
                        labels.add(new Label(ox + BAR + 10, top + sh / 2 + 5, value.toString()));
                    }
                }
            }
            labels.add(new Label(ox + BAR / 2, top - 6, String.valueOf(year.outcomesTotal())));
            labels.add(new Label(x + BAR + 4, baseline + 20, year.year() + "年"));
            labels.add(new Label(x + BAR / 2, baseline + 40, "收到"));
            labels.add(new Label(ox + BAR / 2, baseline + 40, "办理结果"));
            slot++;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            long value = max * i / 4;
            ticks.add(new Tick(baseline - scale(value, max), String.valueOf(value)));
        }
        int width = Math.max(LEFT + slot * SLOT + 24, 320);
        return new ApplicationsChart(width, HEIGHT, bars, labels, ticks, describe(figures));
    }

    /** Every figure of the chart in one sentence per year. */
    static String describe(ApplicationFigures figures) {
        if (figures.years().isEmpty()) {
            return "还没有已发布报告的数据。";
        }
        return figures.years().stream().map(y -> {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < figures.outcomes().size(); i++) {
                parts.add(figures.outcomes().get(i).name() + count(y.outcomes().get(i)));
            }
            return y.year() + "年：收到申请" + count(y.received()) + "；办理结果" + String.join("，", parts) + "。";
        }).collect(Collectors.joining(""));
    }

    private static String count(Long value) {
        return value == null ? "空白" : value + "件";
    }

    private static int scale(long value, long max) {
        return (int) Math.round((double) value * PLOT / max);
    }

    /** The axis maximum: the largest figure rounded up to a multiple of 4 (so the four ticks are whole numbers). */
    private static long niceMax(long max) {
        long step = max <= 20 ? 4 : max <= 100 ? 20 : max <= 1000 ? 200 : 2000;
        return Math.max(4, (max + step - 1) / step * step);
    }
}
