package org.careloop.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgChartsTest {

    @Test
    void aLineChartIsWellFormedSvgWithOnePathPerSeries() throws Exception {
        String svg = SvgCharts.lines(
                "Messages <per> second",
                "seconds",
                "messages / s",
                List.of(
                        new Series("accepted", List.of(new double[] {0, 3}, new double[] {1, 5})),
                        new Series("reached task", List.of(new double[] {0, 1}, new double[] {1, 4}))));

        Document doc = parse(svg);

        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getElementsByTagName("path").getLength()).isEqualTo(2);
        assertThat(svg).contains("Messages &lt;per&gt; second").doesNotContain("<script");
    }

    @Test
    void groupedBarsDrawOneBarPerSeriesAndCategory() throws Exception {
        String svg = SvgCharts.groupedBars(
                "steps",
                "ms",
                List.of("screen", "draft"),
                List.of(
                        new Series("p50", List.of(new double[] {0, 10}, new double[] {1, 20})),
                        new Series("p99", List.of(new double[] {0, 30}, new double[] {1, 60}))));

        // 4 bars, 2 legend squares, 1 background
        assertThat(parse(svg).getElementsByTagName("rect").getLength()).isEqualTo(7);
    }

    @Test
    void aHistogramOfNoValuesIsStillAChart() throws Exception {
        String svg = SvgCharts.histogram("empty", "ms", new Latencies().bins(10));

        assertThat(parse(svg).getDocumentElement().getTagName()).isEqualTo("svg");
    }

    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(SvgCharts.niceStep(0.7)).isEqualTo(1);
        assertThat(SvgCharts.niceStep(13)).isEqualTo(20);
        assertThat(SvgCharts.niceStep(420)).isEqualTo(500);
        assertThat(SvgCharts.niceCeiling(87)).isEqualTo(100);
        assertThat(SvgCharts.niceCeiling(0)).isEqualTo(1);
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
