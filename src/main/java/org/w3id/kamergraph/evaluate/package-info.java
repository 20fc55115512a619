/**
 * Scores an extracted dataset against hand-made gold files: the engine of the {@code evaluate}
 * command.
 *
 * <p>Consumes a Jena {@link org.apache.jena.query.Dataset} laid out as in the graph contract (one
 * named graph per document, reference data in graphs of their own) and a folder of {@code
 * <id>.gold.json} files; produces an {@link org.w3id.kamergraph.evaluate.Evaluation} with micro
 * precision, recall and F1 per field. The rules are a faithful port of the independent scorer
 * {@code shared/tools/score.py}, so the two agree to within rounding; where a rule looks odd (e.g.
 * how missing documents count) it is because score.py does it that way.
 *
 * <p>Entry point: {@link org.w3id.kamergraph.evaluate.Evaluator}; output: {@link
 * org.w3id.kamergraph.evaluate.EvaluationRenderer}.
 */
package org.w3id.kamergraph.evaluate;
