package org.careloop.policy.triage;

import java.util.ArrayList;
import java.util.List;

/**
 * A multinomial logistic regression over sentence embeddings, trained at start from the labelled exemplars
 * (one class per kind: triage's red-flag categories or the draft checks' unsafe kinds, and one background class
 * always last: "not an emergency" for triage, "careful" for drafts). L2 regularisation keeps its probabilities
 * from saturating on sentences unlike any exemplar. Deterministic: full-batch gradient descent
 * from zero weights on standardised features, so the same exemplars always give the same model.
 */
public final class ExemplarClassifier {

    private static final int EPOCHS = 300;
    private static final double LEARNING_RATE = 0.5;

    private final int classes;
    private final int dims;
    private final double[] mean;
    private final double[] scale;
    private final double[][] weights;
    private final double[] bias;
    private final double regularisation;

    /**
     * {@code labels[i]} is the class of {@code vectors[i]}, in {@code 0..classes-1}. The same input trained by the
     * build ({@link ExemplarVectors}) is read instead of trained again: training is deterministic.
     */
    public ExemplarClassifier(float[][] vectors, int[] labels, int classes, double regularisation) {
        this(vectors, labels, classes, regularisation, true);
    }

    /** Trained now, whatever the build stored: to check that what it stored is what training gives. */
    static ExemplarClassifier retrained(List<float[][]> kinds, float[][] background, double regularisation) {
        return trained(kinds, background, regularisation, false);
    }

    private ExemplarClassifier(float[][] vectors, int[] labels, int classes, double regularisation, boolean useStored) {
        this.classes = classes;
        this.regularisation = regularisation;
        this.dims = vectors[0].length;
        this.mean = new double[dims];
        this.scale = new double[dims];
        this.weights = new double[classes][dims];
        this.bias = new double[classes];
        String name = "classifier-" + ExemplarVectors.trainingKey(vectors, labels, classes, regularisation);
        double[][] stored = useStored ? ExemplarVectors.storedModel(name) : null;
        if (stored != null && stored.length == classes + 3) {
            System.arraycopy(stored[0], 0, mean, 0, dims);
            System.arraycopy(stored[1], 0, scale, 0, dims);
            System.arraycopy(stored[2], 0, bias, 0, classes);
            for (int c = 0; c < classes; c++) {
                System.arraycopy(stored[3 + c], 0, weights[c], 0, dims);
            }
            return;
        }
        standardisation(vectors);
        double[][] x = new double[vectors.length][];
        for (int i = 0; i < vectors.length; i++) {
            x[i] = standardised(vectors[i]);
        }
        train(x, labels);
        double[][] rows = new double[classes + 3][];
        rows[0] = mean;
        rows[1] = scale;
        rows[2] = bias;
        System.arraycopy(weights, 0, rows, 3, classes);
        ExemplarVectors.offerModel(name, rows);
    }

    /**
     * Trained on the vectors of each kind (classes 0..n-1, in order) and of the background (class n, the last):
     * how triage and the draft checks both build theirs.
     */
    public static ExemplarClassifier trained(List<float[][]> kinds, float[][] background, double regularisation) {
        return trained(kinds, background, regularisation, true);
    }

    private static ExemplarClassifier trained(
            List<float[][]> kinds, float[][] background, double regularisation, boolean useStored) {
        List<float[]> vectors = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            for (float[] v : kinds.get(k)) {
                vectors.add(v);
                labels.add(k);
            }
        }
        for (float[] v : background) {
            vectors.add(v);
            labels.add(kinds.size());
        }
        return new ExemplarClassifier(
                vectors.toArray(new float[0][]),
                labels.stream().mapToInt(Integer::intValue).toArray(),
                kinds.size() + 1,
                regularisation,
                useStored);
    }

    /** The probability of each class for a sentence vector. */
    public double[] probabilities(float[] vector) {
        return softmax(standardised(vector));
    }

    private void train(double[][] x, int[] labels) {
        int n = x.length;
        // The last class is the background ("not an emergency", "careful"): it weighs as much as all the others
        // together, and they weigh alike among themselves. Weighting every class alike instead would make an emergency
        // seventeen times
        // likelier than not, a priori, and raised a swollen knee to testicular torsion.
        int[] perClass = new int[classes];
        for (int label : labels) {
            perClass[label]++;
        }
        int categories = classes - 1;
        double[] classWeight = new double[classes];
        for (int c = 0; c < classes; c++) {
            double share = c == categories ? 0.5 : 0.5 / categories;
            classWeight[c] = perClass[c] == 0 ? 0 : share * n / perClass[c];
        }
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            double[][] gradW = new double[classes][dims];
            double[] gradB = new double[classes];
            for (int i = 0; i < n; i++) {
                double[] p = softmax(x[i]);
                double w = classWeight[labels[i]];
                for (int c = 0; c < classes; c++) {
                    double error = (p[c] - (labels[i] == c ? 1 : 0)) * w;
                    gradB[c] += error;
                    double[] g = gradW[c];
                    double[] xi = x[i];
                    for (int d = 0; d < dims; d++) {
                        g[d] += error * xi[d];
                    }
                }
            }
            for (int c = 0; c < classes; c++) {
                bias[c] -= LEARNING_RATE * gradB[c] / n;
                for (int d = 0; d < dims; d++) {
                    weights[c][d] -= LEARNING_RATE * (gradW[c][d] / n + regularisation * weights[c][d]);
                }
            }
        }
    }

    private double[] softmax(double[] x) {
        double[] z = new double[classes];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            double s = bias[c];
            double[] w = weights[c];
            for (int d = 0; d < dims; d++) {
                s += w[d] * x[d];
            }
            z[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < classes; c++) {
            z[c] /= sum;
        }
        return z;
    }

    private void standardisation(float[][] vectors) {
        for (float[] v : vectors) {
            for (int d = 0; d < dims; d++) {
                mean[d] += v[d];
            }
        }
        for (int d = 0; d < dims; d++) {
            mean[d] /= vectors.length;
        }
        for (float[] v : vectors) {
            for (int d = 0; d < dims; d++) {
                scale[d] += (v[d] - mean[d]) * (v[d] - mean[d]);
            }
        }
        for (int d = 0; d < dims; d++) {
            scale[d] = Math.sqrt(scale[d] / vectors.length) + 1e-6;
        }
    }

    private double[] standardised(float[] v) {
        double[] out = new double[dims];
        for (int d = 0; d < dims; d++) {
            out[d] = (v[d] - mean[d]) / scale[d];
        }
        return out;
    }
}
