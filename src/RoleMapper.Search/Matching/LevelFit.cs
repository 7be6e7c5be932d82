using RoleMapper.Search.Titles;

namespace RoleMapper.Search.Matching;

/// <summary>
/// Small score changes for level, enough to order standards of one family that fit the words equally
/// (Adult care worker 2, Lead adult care worker 3, Lead practitioner 4, Leader in adult care 5), never enough to lift
/// a standard whose words do not fit.
/// </summary>
internal static class LevelFit
{
    public const float AskedLevel = 0.06f;
    public const float PerLevelAway = 0.02f;
    public const float LowerLean = 0.025f;
    public const float HigherLean = 0.04f;
    /// <summary>Heads and directors: the leadership standards come first anyway, the subject's standard leans only a little high.</summary>
    public const float ExecutiveLean = 0.015f;

    public static float Adjustment(int level, ParsedTitle parsed)
    {
        var fit = 0f;
        if (parsed.Level is { } asked)
        {
            fit += level == asked ? AskedLevel : -PerLevelAway * Math.Abs(level - asked);
        }
        fit += parsed.Lean switch
        {
            SeniorityLean.Lower => -LowerLean * Math.Max(0, level - 3),
            SeniorityLean.Higher => HigherLean * (level - 3),
            SeniorityLean.Executive => ExecutiveLean * (level - 3),
            _ => 0,
        };
        return fit;
    }
}
