using Microsoft.ML;
using Microsoft.ML.Trainers;
using RoleMapper.Search.Ranking;

namespace RoleMapper.Fitting;

/// <summary>Logistic regression with ML.NET's L-BFGS trainer; the weights come out in the features' own units, so the
/// app applies them with dot products and a sigmoid.</summary>
internal static class LogisticFit
{
    private sealed class Input
    {
        public float[] Features { get; set; } = [];
        public bool Label { get; set; }
    }

    /// <summary>The ranking model: the features followed by the products of every pair of them
    /// (<see cref="Features.Pairs"/>), so the fit can weigh one kind of evidence by another; L1 leaves many products at
    /// 0. Without <paramref name="products"/>, the features alone (for --compare).</summary>
    public static (double Bias, double[] Weights) Fit(IEnumerable<Row> rows, bool products = true) =>
        products ? Fit(rows.Select(r => (WithProducts(r.Features), r.Label)), Features.Count + Features.Pairs.Length)
            : Fit(rows.Select(r => (r.Features, r.Label)), Features.Count);

    /// <summary>A row's probability under a model from <see cref="Fit(IEnumerable{Row}, bool)"/>.</summary>
    public static double Probability((double Bias, double[] Weights) model, Row row) =>
        Probability(model, model.Weights.Length == Features.Count ? row.Features : WithProducts(row.Features));

    public static float[] WithProducts(float[] features)
    {
        var all = new float[Features.Count + Features.Pairs.Length];
        features.CopyTo(all, 0);
        for (var p = 0; p < Features.Pairs.Length; p++)
        {
            all[Features.Count + p] = features[Features.Pairs[p].A] * features[Features.Pairs[p].B];
        }
        return all;
    }

    public static (double Bias, double[] Weights) Fit(IEnumerable<(float[] Features, bool Label)> rows, int dimensions)
    {
        var ml = new MLContext(seed: 1);
        var data = FeatureSchema.Load(ml, rows.Select(r => new Input { Features = r.Features, Label = r.Label }), dimensions);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(Input.Label),
            FeatureColumnName = nameof(Input.Features),
            L1Regularization = 1,
            L2Regularization = 1,
            OptimizationTolerance = 1e-7f,
            MaximumNumberOfIterations = 1000,
        });
        var model = trainer.Fit(data).Model;
        var weights = model.SubModel.Weights.Select(w => (double)w).ToArray();
        var bias = (double)model.SubModel.Bias;
        // ML.NET's probability is 1 / (1 + exp(slope * score + offset)): fold that into the weights, so that the
        // app's sigmoid(bias + w.x) is the same number.
        var (slope, offset) = (model.Calibrator.Slope, model.Calibrator.Offset);
        return (-(slope * bias + offset), weights.Select(w => -slope * w).ToArray());
    }

    public static double Probability((double Bias, double[] Weights) model, float[] features)
    {
        var logit = model.Bias;
        for (var i = 0; i < features.Length; i++)
        {
            logit += model.Weights[i] * features[i];
        }
        return 1 / (1 + Math.Exp(-logit));
    }
}
