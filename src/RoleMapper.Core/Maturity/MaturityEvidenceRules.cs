using System.Globalization;
using RoleMapper.Core.Export;

namespace RoleMapper.Core.Maturity;

/// <summary>
/// Turns a council's <see cref="MaturityEvidenceFigures"/> into words beside a statement and a suggested tick. The rules
/// go by the statement's evidence hints and stage, never by its id, so the model file decides which statements they
/// back (see docs/maturity-model.md for the table):
/// <list type="bullet">
/// <item><c>mapping</c>: Developing, at least one job role recorded; Maturing, at least one role with a confirmed
/// standard; Mature, at least half the roles or half the posts with a confirmed standard.</item>
/// <item><c>skills-gaps</c>: at every stage, at least one skills gap recorded (the other hints of the statement set the
/// bar for its stage).</item>
/// <item><c>succession</c>: Developing, at least one gap with a succession risk recorded; Maturing, at least one such gap
/// with a plan in place or closed; Mature, that, and every one with a plan in place or closed and linked to a standard.</item>
/// <item><c>pathways</c>: Developing and Maturing, at least one career pathway saved; Mature, pathways saved for at
/// least <see cref="MaturePathwayServiceAreas"/> service areas.</item>
/// </list>
/// Early statements are the baseline: they get the figures but no suggestion.
/// </summary>
public static class MaturityEvidenceRules
{
    /// <summary>The share of roles or of posts with a confirmed standard that suggests "mapped to key roles".</summary>
    public const double MatureCoverage = 0.5;

    /// <summary>Service areas with a saved career pathway that suggest pathways are built "to grow your own future workforce".</summary>
    public const int MaturePathwayServiceAreas = 3;

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The suggestion for a statement, or null when it carries no hints or is a baseline (Early) statement.</summary>
    public static EvidenceSuggestion? Suggest(LocatedStatement located, MaturityEvidenceFigures figures) =>
        located.Stage.IsBaseline || located.Statement.Evidence.Count == 0
            ? null
            : new EvidenceSuggestion(located.Statement.Evidence.Select(hint => Check(hint, located.Stage.Level, figures)).ToList());

    /// <summary>One sentence of figures for each hint of the statement, in the file's order.</summary>
    public static IReadOnlyList<string> Figures(MaturityStatement statement, MaturityEvidenceFigures figures) =>
        statement.Evidence.Select(hint => Describe(hint, figures)).ToList();

    /// <summary>The evidence text RoleMapper offers when the council accepts a suggestion: dated, so it reads true later.</summary>
    public static string EvidenceText(MaturityStatement statement, MaturityEvidenceFigures figures, DateOnly on) =>
        $"From RoleMapper on {on.ToString("d MMMM yyyy", EnGb)}: " + string.Join(" ", Figures(statement, figures));

    private static EvidenceCheck Check(string hint, MaturityLevel level, MaturityEvidenceFigures f)
    {
        var map = f.Map;
        return (hint, level) switch
        {
            (EvidenceHints.Mapping, MaturityLevel.Developing) =>
                new(hint, "At least one job role is recorded", Counted.Of(map.Roles, "role", "roles") + " recorded", map.Roles > 0),
            (EvidenceHints.Mapping, MaturityLevel.Maturing) =>
                new(hint, "At least one role has a confirmed standard", Counted.Of(map.RolesConfirmed, "role has", "roles have") + " one", map.RolesConfirmed > 0),
            (EvidenceHints.Mapping, _) =>
                new(hint, $"At least {Percent(MatureCoverage)} of roles, or of posts, have a confirmed standard",
                    map.Roles == 0 ? "No job roles recorded" : $"{Percent(map.CoverageByRoles)} of roles; {PostsShare(map)}",
                    map.CoverageByRoles >= MatureCoverage || map.CoverageByHeadcount >= MatureCoverage),
            (EvidenceHints.SkillsGaps, _) =>
                new(hint, "At least one skills gap is recorded", Counted.Of(f.GapsRecorded, "gap", "gaps") + " recorded", f.GapsRecorded > 0),
            (EvidenceHints.Succession, MaturityLevel.Developing) =>
                new(hint, "At least one skills gap with a succession risk is recorded",
                    Counted.Of(f.SuccessionRiskRecorded, "gap", "gaps") + " recorded", f.SuccessionRiskRecorded > 0),
            (EvidenceHints.Succession, MaturityLevel.Maturing) =>
                new(hint, "At least one skills gap with a succession risk has a plan in place or is closed",
                    Counted.Of(f.SuccessionRiskAddressed, "gap has", "gaps have"), f.SuccessionRiskAddressed > 0),
            (EvidenceHints.Succession, _) =>
                new(hint, "Every skills gap with a succession risk has a plan in place or is closed, and is linked to a standard",
                    $"{Counted.Of(f.SuccessionRiskAddressed, "has", "have")} a plan or closed, {f.SuccessionRiskOpen} still open, "
                    + $"{f.SuccessionRiskWithoutStandard} with no standard",
                    f.SuccessionRiskAddressed > 0 && f.SuccessionRiskOpen == 0 && f.SuccessionRiskWithoutStandard == 0),
            (EvidenceHints.Pathways, MaturityLevel.Mature) =>
                new(hint, $"Career pathways are saved for at least {MaturePathwayServiceAreas} service areas",
                    "Built for " + Counted.Of(f.PathwayServiceAreas, "service area", "service areas"), f.PathwayServiceAreas >= MaturePathwayServiceAreas),
            (EvidenceHints.Pathways, _) =>
                new(hint, "At least one career pathway is saved",
                    Counted.Of(f.PathwayServiceAreas + f.PathwayStandards, "pathway", "pathways") + " saved", f.PathwayServiceAreas + f.PathwayStandards > 0),
            _ => throw new ArgumentOutOfRangeException(nameof(hint), hint, "Not an evidence hint."),
        };
    }

    private static string Describe(string hint, MaturityEvidenceFigures f) => hint switch
    {
        EvidenceHints.Mapping when f.Map.Roles == 0 => "No job roles recorded yet.",
        EvidenceHints.Mapping =>
            $"{f.Map.RolesConfirmed.ToString("N0", EnGb)} of {Counted.Of(f.Map.Roles, "job role", "job roles")} ({Percent(f.Map.CoverageByRoles)}) "
            + $"have a confirmed apprenticeship standard, {PostsShare(f.Map)}; {Counted.Of(f.Map.NeedsReview, "mapping needs", "mappings need")} review; "
            + (f.LastExportUtc is { } exported ? $"Excel map last exported {UkTime.FromUtc(exported).ToString("d MMMM yyyy", EnGb)}." : "Excel map not exported yet."),
        EvidenceHints.SkillsGaps when f.GapsRecorded == 0 => "No skills gaps recorded yet.",
        EvidenceHints.SkillsGaps =>
            $"{Counted.Of(f.GapsOpen + f.GapsPlanInPlace, "skills gap", "skills gaps")} not closed ({f.GapsOpen} open, {f.GapsPlanInPlace} with a plan in place): "
            + $"{f.HardToFill} hard to fill, {f.SuccessionRisk} with a succession risk; {f.GapsClosed} closed.",
        EvidenceHints.Succession =>
            $"{Counted.Of(f.SuccessionRisk, "skills gap", "skills gaps")} not closed with a succession risk ({f.SuccessionRiskOpen} without a plan); "
            + $"{f.SuccessionRiskWithoutStandard} linked to no apprenticeship standard.",
        EvidenceHints.Pathways when f.PathwayServiceAreas + f.PathwayStandards == 0 => "No career pathways saved yet.",
        EvidenceHints.Pathways =>
            $"Career pathways built for {Counted.Of(f.PathwayServiceAreas, "service area", "service areas")} and {Counted.Of(f.PathwayStandards, "standard", "standards")}.",
        _ => throw new ArgumentOutOfRangeException(nameof(hint), hint, "Not an evidence hint."),
    };

    private static string Percent(double? share) => Percentages.Of(share ?? 0);

    private static string PostsShare(MapFigures map) => map.CoverageByHeadcount is { } share
        ? $"{map.HeadcountConfirmed.ToString("N0", EnGb)} of {Counted.Of(map.Headcount, "post", "posts")} ({Percent(share)})"
        : "no headcounts given";
}
