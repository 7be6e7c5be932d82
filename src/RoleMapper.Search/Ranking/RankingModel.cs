using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoleMapper.Search.Ranking;

/// <summary>
/// The fitted ranking model (data/matching/ranking-model.json, written by tools/RoleMapper.Fitting): logistic
/// regression over <see cref="Features"/> and the products of pairs of them, giving the probability that a standard is
/// an acceptable answer for the title; candidates are ordered by it. The products let the fit say that one kind of
/// evidence counts for more when another is present (a name match backed by the map's neighbours), which a sum of
/// single features cannot. The confidence thresholds were chosen on cross-validated predictions so
/// that High and Medium keep their promised precision (<see cref="ConfidenceThresholds"/>).
/// The app only loads this file; refitting is a deliberate step (docs/matching.md).
/// </summary>
public sealed record RankingModel
{
    public const string FileName = "ranking-model.json";

    public required string Kind { get; init; }
    public required double Bias { get; init; }
    /// <summary>Weight per feature name; every feature the matcher computes must have one.</summary>
    public required Dictionary<string, double> Weights { get; init; }
    /// <summary>Weight per product of two features, keyed "a*b" (<see cref="Features.Pair"/>); a pair not listed
    /// weighs 0.</summary>
    public Dictionary<string, double>? Interactions { get; init; }
    public required ConfidenceThresholds Confidence { get; init; }
    /// <summary>What the model was fitted on and how it did in cross-validation (for people; never read by code).</summary>
    public JsonElement? Fitted { get; init; }

    [JsonIgnore]
    internal float[] Vector { get; private init; } = [];

    /// <summary>The products' weights as a Count x Count matrix, row the first feature of the pair, column the second
    /// (the upper triangle; 0 where the model has no weight).</summary>
    [JsonIgnore]
    internal float[] Products { get; private init; } = [];

    /// <summary>A model that knows nothing: every candidate 0.5, every band Low. Only for the fitting tool, which
    /// needs the features before there is a model.</summary>
    public static RankingModel Unfitted { get; } = Prepare(new RankingModel
    {
        Kind = "unfitted",
        Bias = 0,
        Weights = Features.Names.ToDictionary(n => n, _ => 0.0),
        Confidence = new ConfidenceThresholds(2, 2),
    }, "unfitted");

    /// <remarks>Most of a candidate's features are 0, and so are their products: only the pairs of features that are not
    /// 0 are read, a fifth or so of the 703 (this runs for every candidate of every title).</remarks>
    internal double Logit(ReadOnlySpan<float> features)
    {
        var sum = Bias;
        var count = Vector.Length;
        Span<int> present = stackalloc int[count];
        var n = 0;
        for (var i = 0; i < count; i++)
        {
            if (features[i] != 0)
            {
                sum += Vector[i] * features[i];
                present[n++] = i;
            }
        }
        if (Products.Length > 0)
        {
            for (var x = 0; x < n; x++)
            {
                var a = present[x];
                var row = a * count;
                var fa = features[a];
                for (var y = x; y < n; y++)
                {
                    var b = present[y];
                    sum += Products[row + b] * fa * features[b];
                }
            }
        }
        return sum;
    }

    /// <summary>
    /// How much some of the features add to the log-odds: the logit with them less the logit with them at 0, so their
    /// products with the other features count too.
    /// </summary>
    internal double Contribution(ReadOnlySpan<float> features, int[] group)
    {
        Span<float> without = stackalloc float[features.Length];
        features.CopyTo(without);
        foreach (var f in group)
        {
            without[f] = 0;
        }
        return Logit(features) - Logit(without);
    }

    internal float Probability(ReadOnlySpan<float> features) => (float)(1 / (1 + Math.Exp(-Logit(features))));

    internal static JsonSerializerOptions Json { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The model built into this assembly.</summary>
    public static RankingModel Load()
    {
        using var stream = typeof(RankingModel).Assembly.GetManifestResourceStream("matching/" + FileName)
            ?? throw new InvalidOperationException($"The ranking model {FileName} is not built into RoleMapper.Search: run tools/RoleMapper.Fitting (docs/matching.md).");
        return Read(stream, FileName);
    }

    /// <exception cref="InvalidDataException">The file is not a model for the features this matcher computes.</exception>
    public static RankingModel Read(Stream stream, string source)
    {
        RankingModel? model;
        try
        {
            model = JsonSerializer.Deserialize<RankingModel>(stream, Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The ranking model {source} cannot be read: {e.Message}", e);
        }
        return Prepare(model ?? throw new InvalidDataException($"The ranking model {source} is empty."), source);
    }

    private static RankingModel Prepare(RankingModel model, string source)
    {
        var missing = Features.Names.Where(n => !model.Weights.ContainsKey(n)).ToList();
        var unknown = model.Weights.Keys.Where(k => !Features.Names.Contains(k)).ToList();
        if (missing.Count > 0 || unknown.Count > 0)
        {
            throw new InvalidDataException($"The ranking model {source} does not fit this matcher's features"
                + (missing.Count > 0 ? $"; no weight for {string.Join(", ", missing)}" : "")
                + (unknown.Count > 0 ? $"; unknown features {string.Join(", ", unknown)}" : "")
                + ". Refit it with tools/RoleMapper.Fitting.");
        }
        var interactions = model.Interactions ?? [];
        var unknownPairs = interactions.Keys.Where(k => Features.PairOf(k) is null).ToList();
        if (unknownPairs.Count > 0)
        {
            throw new InvalidDataException($"The ranking model {source} weighs products of unknown features: {string.Join(", ", unknownPairs)}. Refit it with tools/RoleMapper.Fitting.");
        }
        if (model.Weights.Values.Concat(interactions.Values).Any(w => !double.IsFinite(w)) || !double.IsFinite(model.Bias))
        {
            throw new InvalidDataException($"The ranking model {source} has a weight that is not a number.");
        }
        return model with
        {
            Vector = Features.Names.Select(n => (float)model.Weights[n]).ToArray(),
            Products = ProductMatrix(interactions),
        };
    }

    private static float[] ProductMatrix(Dictionary<string, double> interactions)
    {
        if (interactions.Count == 0)
        {
            return [];
        }
        var matrix = new float[Features.Count * Features.Count];
        foreach (var (name, weight) in interactions)
        {
            var (a, b) = Features.PairOf(name)!.Value;
            // "b*a" is the same product as "a*b": the upper triangle holds both.
            matrix[Math.Min(a, b) * Features.Count + Math.Max(a, b)] += (float)weight;
        }
        return matrix;
    }

    public void Write(Stream stream) => JsonSerializer.Serialize(stream, this, Json);
}

/// <summary>
/// How sure the matcher is of a candidate: the probability that it is right given its own probability and that of
/// the best other candidate (as SOCcer found for occupation codes, two equally good answers are not a confident one),
/// <c>sigmoid(Intercept + Own x p + Lead x (p - p of the best other))</c>, fitted on cross-validated predictions; and the thresholds on it from which a top suggestion is High (right at least 95% of the time in
/// cross-validation) or Medium (at least 70%).
/// </summary>
public sealed record ConfidenceThresholds(double High, double Medium)
{
    public double Intercept { get; init; }
    public double Own { get; init; }
    public double Lead { get; init; }

    public double Of(double own, double other) => 1 / (1 + Math.Exp(-(Intercept + Own * own + Lead * (own - other))));
}
