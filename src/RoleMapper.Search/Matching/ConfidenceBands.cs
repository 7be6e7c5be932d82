using RoleMapper.Search.Ranking;

namespace RoleMapper.Search.Matching;

/// <summary>
/// Turns the model's probabilities into High, Medium and Low with the calibration and thresholds fitted with it
/// (<see cref="ConfidenceThresholds"/>: a candidate's own probability against the best other one's), chosen on
/// cross-validated predictions so that a High top suggestion is right at least 95% of the time and a Medium one at
/// least 70%. Only the first suggestion can be High: "High" answers "is the top one right?". A title that reads exactly
/// as a title of the sector role map (or one councils agreed on) has that title's first standard High and its others
/// Medium: people decided that very title (cross-validation cannot measure this, as it holds the title out; the dev set
/// does, docs/matching.md). A title the sector role map says no standard fits is Low throughout.
/// </summary>
internal static class ConfidenceBands
{
    /// <summary>A one-word title whose word is this common in job titles ("Manager", "Officer") says too little; used
    /// as a feature and to leave common words out of the candidate search.</summary>
    public const float GenericWeight = 4.6f;

    /// <param name="ranked">Every candidate, best first: the lead of the first is over the second whether or not the
    /// second is shown, so asking for fewer suggestions never changes a band.</param>
    /// <param name="count">How many of them are shown.</param>
    public static Confidence[] Assign(IReadOnlyList<ScoredStandard> ranked, int count, ConfidenceThresholds thresholds, bool fitsNoStandard)
    {
        var bands = new Confidence[Math.Min(count, ranked.Count)];
        if (bands.Length == 0 || fitsNoStandard)
        {
            return bands;
        }
        var next = ranked.Count > 1 ? ranked[1].Probability : 0;
        // The first standard a known title reading exactly as this one lists is what people decided for it.
        bands[0] = ranked[0].KnownTier is (_, 0) ? Confidence.High : Of(thresholds.Of(ranked[0].Probability, next), thresholds);
        for (var i = 1; i < bands.Length; i++)
        {
            var band = ranked[i].KnownTier is not null ? Confidence.Medium : Of(thresholds.Of(ranked[i].Probability, ranked[0].Probability), thresholds);
            bands[i] = band == Confidence.High ? Confidence.Medium : band;
        }
        return bands;
    }

    public static Confidence Of(double sureness, ConfidenceThresholds thresholds) =>
        sureness >= thresholds.High ? Confidence.High : sureness >= thresholds.Medium ? Confidence.Medium : Confidence.Low;

    public static bool IsGeneric(TitleQuery query) =>
        query.Jobs.Count > 0 && query.Jobs.All(j => j.Slots.Count == 1 && j.TotalWeight < GenericWeight);
}
