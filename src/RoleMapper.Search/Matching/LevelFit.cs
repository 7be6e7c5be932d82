using RoleMapper.Search.Titles;

namespace RoleMapper.Search.Matching;

/// <summary>
/// How a standard's level fits what the title says of level: the level it names ("Level 3"), and the lean of its
/// seniority words (apprentices lower; senior and principal higher; heads and directors higher still). Each is a
/// feature; how much it counts is fitted, so it orders standards of one family that fit the words equally (Adult care
/// worker 2, Lead adult care worker 3, Lead practitioner 4, Leader in adult care 5).
/// </summary>
internal static class LevelFit
{
    /// <summary>1 when the standard is at the level the title names, minus the levels away otherwise; 0 when none is named.</summary>
    public static float Asked(int level, ParsedTitle parsed) =>
        parsed.Level is { } asked ? (level == asked ? 1 : -Math.Abs(level - asked)) : 0;

    /// <summary>Levels above 3, for a title that leans lower (an apprentice, a trainee, an assistant).</summary>
    public static float Lower(int level, ParsedTitle parsed) => parsed.Lean == SeniorityLean.Lower ? Math.Max(0, level - 3) : 0;

    /// <summary>Levels above (or below) 3, for a senior or principal title.</summary>
    public static float Higher(int level, ParsedTitle parsed) => parsed.Lean == SeniorityLean.Higher ? level - 3 : 0;

    /// <summary>Levels above (or below) 3, for a head of service, director or chief.</summary>
    public static float Executive(int level, ParsedTitle parsed) => parsed.Lean == SeniorityLean.Executive ? level - 3 : 0;
}
