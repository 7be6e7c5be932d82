namespace RoleMapper.Search.Matching;

/// <summary>
/// Turns scores into High, Medium and Low. Calibrated on the dev set (docs/matching.md) so that a High top suggestion is
/// acceptable at least nine times in ten. As SOCcer found for occupation codes, the lead of the top score over the
/// next one matters as much as the score: two standards that fit equally well are not a confident answer.
/// </summary>
internal static class ConfidenceBands
{
    public const float HighScore = 0.85f;
    /// <summary>High also needs this lead over the next standard.</summary>
    public const float HighMargin = 0.04f;
    public const float MediumScore = 0.5f;
    /// <summary>A one-word title whose word is this common in job titles ("Manager", "Officer") says too little.</summary>
    public const float GenericWeight = 4.6f;

    public static Confidence[] Assign(IReadOnlyList<ScoredStandard> ranked, TitleQuery query)
    {
        var bands = new Confidence[ranked.Count];
        if (ranked.Count == 0)
        {
            return bands;
        }
        var top = Of(ranked[0].Score);
        var margin = ranked.Count > 1 ? ranked[0].Score - ranked[1].Score : 1f;
        if (top == Confidence.High && ((margin < HighMargin && !ranked[0].NamedAfterTheJob) || ranked[0].Guessed || ranked[0].Leadership || ranked[0].NothingTyped || ranked[0].KeyWordRead))
        {
            top = Confidence.Medium;
        }
        if (IsGeneric(query) || ranked[0].OnlyGuessed)
        {
            top = Confidence.Low;
        }
        bands[0] = top;
        // Only the first suggestion can be High: "High" answers "is the top one right?".
        var ceiling = top == Confidence.High ? Confidence.Medium : top;
        for (var i = 1; i < ranked.Count; i++)
        {
            var band = Of(ranked[i].Score);
            bands[i] = band > ceiling ? ceiling : band;
        }
        return bands;
    }

    public static Confidence Of(float score) =>
        score >= HighScore ? Confidence.High : score >= MediumScore ? Confidence.Medium : Confidence.Low;

    private static bool IsGeneric(TitleQuery query) =>
        query.Jobs.Count > 0 && query.Jobs.All(j => j.Slots.Count == 1 && j.TotalWeight < GenericWeight);
}
