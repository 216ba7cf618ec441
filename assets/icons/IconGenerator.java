import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Generates the Sparse GNN Workbench icon in every form the installers need, from one description.
 *
 * <p>The picture: a small graph whose kept edges are solid and whose pruned edges are faint and dashed, i.e. a
 * sparsified graph network. Blue edges and orange nodes stay distinguishable under deuteranopia.
 *
 * <p>Run from the repository root (JDK 17, no dependencies): {@code java assets/icons/IconGenerator.java}.
 * It writes {@code assets/icons/}: {@code sparsegnn-workbench.svg} (source), {@code png/sparsegnn-workbench-N.png}
 * (Linux, README), {@code sparsegnn-workbench.ico} (Windows, PNG-compressed entries) and
 * {@code sparsegnn-workbench.icns} (macOS, PNG entries). Output is deterministic, so a re-run shows no diff.
 */
public final class IconGenerator {

    /** Design canvas: every coordinate below is in these units. */
    private static final double CANVAS = 256;

    private static final Color BACKGROUND_TOP = new Color(0x24, 0x3b, 0x6b);
    private static final Color BACKGROUND_BOTTOM = new Color(0x0e, 0x18, 0x30);
    private static final Color EDGE = new Color(0x8c, 0xcf, 0xff);
    private static final Color NODE = new Color(0xff, 0xa9, 0x3a);
    private static final Color NODE_RIM = new Color(0x0e, 0x18, 0x30);
    /** Pruned edges are drawn in the edge colour at this opacity. */
    private static final double PRUNED_ALPHA = 0.45;

    private record Node(double x, double y, double r) { }

    private record Edge(int from, int to, boolean kept) { }

    private static final List<Node> NODES = List.of(
            new Node(68, 80, 19), new Node(178, 62, 19), new Node(204, 160, 19),
            new Node(118, 202, 19), new Node(52, 168, 17), new Node(126, 128, 24));

    private static final List<Edge> EDGES = List.of(
            new Edge(0, 5, true), new Edge(1, 5, true), new Edge(5, 2, true), new Edge(5, 3, true),
            new Edge(0, 4, true), new Edge(1, 2, true),
            new Edge(0, 1, false), new Edge(4, 3, false), new Edge(2, 3, false), new Edge(4, 5, false));

    /** Linux hicolor sizes plus the larger ones macOS wants. */
    private static final int[] PNG_SIZES = {16, 24, 32, 48, 64, 128, 256, 512, 1024};
    private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};

    private IconGenerator() { }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path dir = Path.of(args.length > 0 ? args[0] : "assets/icons");
        Files.createDirectories(dir.resolve("png"));
        Files.writeString(dir.resolve("sparsegnn-workbench.svg"), svg(), StandardCharsets.UTF_8);
        for (int size : PNG_SIZES) {
            Files.write(dir.resolve("png/sparsegnn-workbench-" + size + ".png"), png(render(size)));
        }
        Files.write(dir.resolve("sparsegnn-workbench.ico"), ico());
        Files.write(dir.resolve("sparsegnn-workbench.icns"), icns());
        System.out.println("icons written to " + dir.toAbsolutePath().normalize());
    }

    /** Small sizes drop the dashed pruned edges and thicken the rest so the icon still reads at 16-32 px. */
    private static boolean detailed(int size) {
        return size >= 48;
    }

    private static double edgeWidth(boolean detailed) {
        return detailed ? 11 : 18;
    }

    private static double nodeScale(int size) {
        return detailed(size) ? 1.0 : 1.35;
    }

    static BufferedImage render(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / CANVAS, size / CANVAS);

        g.setPaint(new GradientPaint(0, 0, BACKGROUND_TOP, (float) CANVAS, (float) CANVAS, BACKGROUND_BOTTOM));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 104, 104));

        double width = edgeWidth(detailed(size));
        for (Edge e : EDGES) {
            Node a = NODES.get(e.from());
            Node b = NODES.get(e.to());
            if (e.kept()) {
                g.setColor(EDGE);
                g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            } else if (detailed(size)) {
                g.setColor(withAlpha(EDGE, PRUNED_ALPHA));
                g.setStroke(new BasicStroke((float) (width * 0.6), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                        10f, new float[] {12f, 14f}, 0f));
            } else {
                continue;
            }
            g.draw(new Line2D.Double(a.x(), a.y(), b.x(), b.y()));
        }

        for (Node n : NODES) {
            double r = n.r() * nodeScale(size);
            Ellipse2D circle = new Ellipse2D.Double(n.x() - r, n.y() - r, 2 * r, 2 * r);
            g.setColor(NODE);
            g.fill(circle);
            g.setColor(NODE_RIM);
            g.setStroke(new BasicStroke(6f));
            g.draw(circle);
        }
        g.dispose();
        return image;
    }

    /** The same drawing as {@link #render} at full detail, as an SVG document. */
    static String svg() {
        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<!-- Generated by assets/icons/IconGenerator.java; edit that file, not this one. -->\n");
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"256\" height=\"256\" viewBox=\"0 0 256 256\">\n");
        s.append("  <title>Sparse GNN Workbench</title>\n");
        s.append("  <defs>\n    <linearGradient id=\"bg\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\">\n");
        s.append(String.format("      <stop offset=\"0\" stop-color=\"%s\"/>\n", hex(BACKGROUND_TOP)));
        s.append(String.format("      <stop offset=\"1\" stop-color=\"%s\"/>\n", hex(BACKGROUND_BOTTOM)));
        s.append("    </linearGradient>\n  </defs>\n");
        s.append("  <rect x=\"8\" y=\"8\" width=\"240\" height=\"240\" rx=\"52\" fill=\"url(#bg)\"/>\n");
        double width = edgeWidth(true);
        for (Edge e : EDGES) {
            Node a = NODES.get(e.from());
            Node b = NODES.get(e.to());
            String style = e.kept()
                    ? String.format(Locale.ROOT, "stroke=\"%s\" stroke-width=\"%s\"", hex(EDGE), num(width))
                    : String.format(Locale.ROOT, "stroke=\"%s\" stroke-opacity=\"%s\" stroke-width=\"%s\" "
                            + "stroke-dasharray=\"12 14\"", hex(EDGE), num(PRUNED_ALPHA), num(width * 0.6));
            s.append(String.format(Locale.ROOT, "  <line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" %s "
                    + "stroke-linecap=\"round\"/>\n", num(a.x()), num(a.y()), num(b.x()), num(b.y()), style));
        }
        for (Node n : NODES) {
            s.append(String.format(Locale.ROOT, "  <circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"%s\" stroke=\"%s\" "
                    + "stroke-width=\"6\"/>\n", num(n.x()), num(n.y()), num(n.r()), hex(NODE), hex(NODE_RIM)));
        }
        s.append("</svg>\n");
        return s.toString();
    }

    /** ICO with PNG-compressed images (Windows Vista and later). */
    static byte[] ico() throws IOException {
        List<byte[]> images = new ArrayList<>();
        for (int size : ICO_SIZES) {
            images.add(png(render(size)));
        }
        int headerBytes = 6 + 16 * images.size();
        ByteBuffer out = ByteBuffer.allocate(headerBytes + images.stream().mapToInt(b -> b.length).sum())
                .order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        int offset = headerBytes;
        for (int i = 0; i < images.size(); i++) {
            int size = ICO_SIZES[i];
            out.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            out.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            out.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(out::put);
        return out.array();
    }

    /** ICNS with PNG entries: ic11/ic12/ic13/ic14 are the @2x retina variants. */
    static byte[] icns() throws IOException {
        String[] types = {"ic07", "ic08", "ic09", "ic10", "ic11", "ic12", "ic13", "ic14"};
        int[] sizes = {128, 256, 512, 1024, 32, 64, 256, 512};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < types.length; i++) {
            byte[] image = png(render(sizes[i]));
            body.write(types[i].getBytes(StandardCharsets.US_ASCII));
            body.write(ByteBuffer.allocate(4).putInt(8 + image.length).array());
            body.write(image);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("icns".getBytes(StandardCharsets.US_ASCII));
        out.write(ByteBuffer.allocate(4).putInt(8 + body.size()).array());
        body.writeTo(out);
        return out.toByteArray();
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(alpha * 255));
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
